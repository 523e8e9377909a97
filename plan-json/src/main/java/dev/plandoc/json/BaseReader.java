package dev.plandoc.json;

import dev.plandoc.json.internal.Jackson;
import dev.plandoc.json.internal.Limits;
import dev.plandoc.model.format.PlanReader;
import dev.plandoc.model.format.ReadResult;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import tools.jackson.core.TokenStreamFactory;

/** What the JSON and YAML readers share: options, the parser factory and the bounded reads. */
abstract class BaseReader implements PlanReader {
  private final boolean strict;
  private final ReadLimits limits;
  private final Limits internalLimits;
  private final boolean yaml;
  private final TokenStreamFactory factory;

  BaseReader(boolean strict, ReadLimits limits, boolean yaml) {
    this.strict = strict;
    this.limits = limits;
    this.yaml = yaml;
    this.internalLimits = internal(limits);
    this.factory = yaml ? Jackson.yamlFactory(internalLimits) : Jackson.jsonFactory(internalLimits);
  }

  /** The limits as the implementation takes them. */
  static Limits internal(ReadLimits limits) {
    return new Limits(
        limits.maxDocumentChars(),
        limits.maxNestingDepth(),
        limits.maxStringLength(),
        limits.maxNumberLength(),
        limits.maxNameLength(),
        limits.maxValues(),
        limits.maxYamlAliases());
  }

  /** The limits as the implementation takes them. */
  Limits internalLimits() {
    return internalLimits;
  }

  /** Whether unknown properties and contradicting values fail the read. */
  public boolean strict() {
    return strict;
  }

  /** The limits this reader enforces. */
  public ReadLimits limits() {
    return limits;
  }

  @Override
  public ReadResult read(String text) {
    return Jackson.read(text, factory, internalLimits, yaml, strict);
  }

  @Override
  public ReadResult read(Reader in) {
    return read(Jackson.readBounded(in, internalLimits));
  }

  @Override
  public ReadResult read(InputStream in) {
    return read(Jackson.readBounded(in, internalLimits));
  }

  @Override
  public ReadResult read(Path file) {
    return read(Jackson.readBounded(file, internalLimits));
  }

  /**
   * The options both readers' builders share: strict or lenient, and the limits. Immutable: each
   * setter returns a new builder.
   *
   * @param <B> the builder type
   * @param <R> the reader it builds
   */
  abstract static class Options<B extends Options<B, R>, R> {
    final boolean strict;
    final ReadLimits limits;

    Options(boolean strict, ReadLimits limits) {
      this.strict = strict;
      this.limits = limits;
    }

    abstract B with(boolean strict, ReadLimits limits);

    /** Whether unknown properties and contradicting values fail the read (default false). */
    public B strict(boolean on) {
      return with(on, limits);
    }

    /** The limits to enforce (default {@link ReadLimits#defaults()}). */
    public B limits(ReadLimits value) {
      return with(strict, java.util.Objects.requireNonNull(value, "limits"));
    }

    /** The reader. */
    public abstract R build();
  }
}
