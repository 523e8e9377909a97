package dev.plandoc.json;

/**
 * Reads a plan from YAML. Immutable and safe to share between threads.
 *
 * <p>Lenient by default: an unknown property is reported as a WARNING diagnostic ({@code
 * PLAN-J001}, path = its JSON Pointer) and ignored. Strict: an unknown property, or a typed value
 * that contradicts its text, throws {@link dev.plandoc.model.format.PlanFormatException}. Malformed
 * YAML, wrong types, missing required properties, values the model rejects and documents over a
 * {@link ReadLimits limit} always throw {@code PlanFormatException} with a line:column and a JSON
 * Pointer. Streams and files are read only up to what the document size limit allows.
 *
 * <pre>{@code
 * PlanReader reader = YamlPlanReader.builder().strict(true).limits(ReadLimits.defaults()).build();
 * Plan plan = reader.read(text).plan();
 * }</pre>
 */
public final class YamlPlanReader extends BaseReader {
  private YamlPlanReader(Builder builder) {
    super(builder.strict, builder.limits, true);
  }

  /** A builder for a lenient reader with the default limits. */
  public static Builder builder() {
    return new Builder(false, ReadLimits.defaults());
  }

  /**
   * An immutable builder: each setter returns a new builder.
   *
   * <pre>{@code
   * YamlPlanReader.Builder base = YamlPlanReader.builder();
   * PlanReader strict = base.strict(true).build();   // base is unchanged
   * }</pre>
   */
  public static final class Builder extends BaseReader.Options<Builder, YamlPlanReader> {
    private Builder(boolean strict, ReadLimits limits) {
      super(strict, limits);
    }

    @Override
    Builder with(boolean strict, ReadLimits limits) {
      return new Builder(strict, limits);
    }

    /** The reader. */
    @Override
    public YamlPlanReader build() {
      return new YamlPlanReader(this);
    }
  }
}
