package dev.plandoc.json;

import dev.plandoc.json.internal.Jackson;
import dev.plandoc.json.internal.JsonTrees;
import dev.plandoc.model.format.PlanFormatException;
import tools.jackson.databind.JsonNode;

/**
 * Reads a plan from JSON. Immutable and safe to share between threads.
 *
 * <p>Lenient by default: an unknown property is reported as a WARNING diagnostic ({@code
 * PLAN-J001}, path = its JSON Pointer) and ignored. Strict: an unknown property, or a typed value
 * that contradicts its text, throws {@link dev.plandoc.model.format.PlanFormatException}. Malformed
 * JSON, wrong types, missing required properties, values the model rejects and documents over a
 * {@link ReadLimits limit} always throw {@code PlanFormatException} with a line:column and a JSON
 * Pointer. Streams and files are read only up to what the document size limit allows.
 *
 * <pre>{@code
 * PlanReader reader = JsonPlanReader.builder().strict(true).limits(ReadLimits.defaults()).build();
 * Plan plan = reader.read(text).plan();
 * }</pre>
 */
public final class JsonPlanReader extends BaseReader {
  private JsonPlanReader(Builder builder) {
    super(builder.strict, builder.limits, false);
  }

  /**
   * Reads a JSON value that is not a plan: a part of a plan's JSON form, to {@link
   * PlanPointer#set(dev.plandoc.model.Plan, JsonNode) set} or {@link PlanPatch.Builder patch} with.
   * Numbers keep their exact value ({@code 1.10} is not a {@code double}); the document limits of
   * this reader apply.
   *
   * <pre>{@code
   * JsonNode step = JsonPlanReader.builder().build().readValue("{\"text\": \"Load test\"}");
   * plan = PlanPointer.parse("/nextSteps/steps/-").set(plan, step);
   * }</pre>
   *
   * @param json one JSON value
   * @return a new tree of the value
   * @throws PlanFormatException when the text is not one JSON value, or is over a limit; with the
   *     line and column
   */
  public JsonNode readValue(String json) {
    return JsonTrees.toJackson(Jackson.readJsonTree(json, internalLimits()));
  }

  /** A builder for a lenient reader with the default limits. */
  public static Builder builder() {
    return new Builder(false, ReadLimits.defaults());
  }

  /**
   * An immutable builder: each setter returns a new builder.
   *
   * <pre>{@code
   * JsonPlanReader.Builder base = JsonPlanReader.builder();
   * PlanReader strict = base.strict(true).build();   // base is unchanged
   * }</pre>
   */
  public static final class Builder extends BaseReader.Options<Builder, JsonPlanReader> {
    private Builder(boolean strict, ReadLimits limits) {
      super(strict, limits);
    }

    @Override
    Builder with(boolean strict, ReadLimits limits) {
      return new Builder(strict, limits);
    }

    /** The reader. */
    @Override
    public JsonPlanReader build() {
      return new JsonPlanReader(this);
    }
  }
}
