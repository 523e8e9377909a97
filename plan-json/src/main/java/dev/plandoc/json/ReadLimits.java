package dev.plandoc.json;

/**
 * The limits a JSON or YAML reader enforces before and while it parses, so that a hostile document
 * is rejected quickly with a {@link dev.plandoc.model.format.PlanFormatException} instead of
 * exhausting memory or time. Immutable; {@link #defaults()} suits any real plan with a wide margin.
 *
 * <table>
 *   <caption>Limits and their defaults</caption>
 *   <tr><th>limit</th><th>default</th><th>what it bounds</th></tr>
 *   <tr><td>{@code maxDocumentChars}</td><td>4,194,304</td><td>the document's length in
 *       characters (UTF-16 units), checked before parsing</td></tr>
 *   <tr><td>{@code maxNestingDepth}</td><td>32</td><td>nested objects and arrays (a plan needs
 *       8)</td></tr>
 *   <tr><td>{@code maxStringLength}</td><td>1,048,576</td><td>one string value, in
 *       characters</td></tr>
 *   <tr><td>{@code maxNumberLength}</td><td>100</td><td>one number as written, and its plain
 *       decimal form (so {@code 1e999999} is rejected)</td></tr>
 *   <tr><td>{@code maxNameLength}</td><td>1,000</td><td>one property name</td></tr>
 *   <tr><td>{@code maxValues}</td><td>500,000</td><td>values (scalars, objects, arrays) in the
 *       document, counting every value a YAML alias repeats</td></tr>
 *   <tr><td>{@code maxYamlAliases}</td><td>100</td><td>YAML alias uses ({@code *name}); with
 *       {@code maxValues} this stops "billion laughs"</td></tr>
 * </table>
 *
 * <p>YAML tags other than the core schema's ({@code !!str}, {@code !!int}, {@code !!float}, {@code
 * !!bool}, {@code !!null}, {@code !!map}, {@code !!seq}) are always rejected: no tag ever
 * constructs a Java object.
 *
 * <pre>{@code
 * ReadLimits tight = ReadLimits.defaults().withMaxDocumentChars(64 * 1024).withMaxYamlAliases(0);
 * PlanReader reader = YamlPlanReader.builder().limits(tight).build();
 * }</pre>
 *
 * @param maxDocumentChars the longest document, in characters
 * @param maxNestingDepth the deepest nesting of objects and arrays, from 1 to 1,000
 * @param maxStringLength the longest string value, in characters
 * @param maxNumberLength the longest number, in characters
 * @param maxNameLength the longest property name, in characters
 * @param maxValues the most values in a document, aliases expanded
 * @param maxYamlAliases the most YAML alias uses in a document; 0 forbids aliases
 */
public record ReadLimits(
    int maxDocumentChars,
    int maxNestingDepth,
    int maxStringLength,
    int maxNumberLength,
    int maxNameLength,
    int maxValues,
    int maxYamlAliases) {

  /** Default for {@link #maxDocumentChars()}: 4 MiB of characters. */
  public static final int DEFAULT_MAX_DOCUMENT_CHARS = 4 * 1024 * 1024;

  /** Default for {@link #maxNestingDepth()}. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 32;

  /** Default for {@link #maxStringLength()}: 1 MiB of characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1024 * 1024;

  /** Default for {@link #maxNumberLength()}. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;

  /** Default for {@link #maxNameLength()}. */
  public static final int DEFAULT_MAX_NAME_LENGTH = 1000;

  /** Default for {@link #maxValues()}. */
  public static final int DEFAULT_MAX_VALUES = 500_000;

  /** Default for {@link #maxYamlAliases()}. */
  public static final int DEFAULT_MAX_YAML_ALIASES = 100;

  /** The largest {@link #maxNestingDepth()} accepted, so that reading never overflows the stack. */
  public static final int MAX_NESTING_DEPTH_CEILING = 1000;

  private static final ReadLimits DEFAULTS =
      new ReadLimits(
          DEFAULT_MAX_DOCUMENT_CHARS,
          DEFAULT_MAX_NESTING_DEPTH,
          DEFAULT_MAX_STRING_LENGTH,
          DEFAULT_MAX_NUMBER_LENGTH,
          DEFAULT_MAX_NAME_LENGTH,
          DEFAULT_MAX_VALUES,
          DEFAULT_MAX_YAML_ALIASES);

  /** Checks the values: every limit is positive ({@code maxYamlAliases} may be 0). */
  public ReadLimits {
    positive(maxDocumentChars, "maxDocumentChars");
    positive(maxNestingDepth, "maxNestingDepth");
    positive(maxStringLength, "maxStringLength");
    positive(maxNumberLength, "maxNumberLength");
    positive(maxNameLength, "maxNameLength");
    positive(maxValues, "maxValues");
    if (maxYamlAliases < 0) {
      throw new IllegalArgumentException("maxYamlAliases must not be negative: " + maxYamlAliases);
    }
    if (maxNestingDepth > MAX_NESTING_DEPTH_CEILING) {
      throw new IllegalArgumentException(
          "maxNestingDepth must be at most " + MAX_NESTING_DEPTH_CEILING + ": " + maxNestingDepth);
    }
  }

  /** The default limits. */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /** These limits with another {@link #maxDocumentChars()}. */
  public ReadLimits withMaxDocumentChars(int value) {
    return new ReadLimits(
        value,
        maxNestingDepth,
        maxStringLength,
        maxNumberLength,
        maxNameLength,
        maxValues,
        maxYamlAliases);
  }

  /** These limits with another {@link #maxNestingDepth()}. */
  public ReadLimits withMaxNestingDepth(int value) {
    return new ReadLimits(
        maxDocumentChars,
        value,
        maxStringLength,
        maxNumberLength,
        maxNameLength,
        maxValues,
        maxYamlAliases);
  }

  /** These limits with another {@link #maxStringLength()}. */
  public ReadLimits withMaxStringLength(int value) {
    return new ReadLimits(
        maxDocumentChars,
        maxNestingDepth,
        value,
        maxNumberLength,
        maxNameLength,
        maxValues,
        maxYamlAliases);
  }

  /** These limits with another {@link #maxNumberLength()}. */
  public ReadLimits withMaxNumberLength(int value) {
    return new ReadLimits(
        maxDocumentChars,
        maxNestingDepth,
        maxStringLength,
        value,
        maxNameLength,
        maxValues,
        maxYamlAliases);
  }

  /** These limits with another {@link #maxNameLength()}. */
  public ReadLimits withMaxNameLength(int value) {
    return new ReadLimits(
        maxDocumentChars,
        maxNestingDepth,
        maxStringLength,
        maxNumberLength,
        value,
        maxValues,
        maxYamlAliases);
  }

  /** These limits with another {@link #maxValues()}. */
  public ReadLimits withMaxValues(int value) {
    return new ReadLimits(
        maxDocumentChars,
        maxNestingDepth,
        maxStringLength,
        maxNumberLength,
        maxNameLength,
        value,
        maxYamlAliases);
  }

  /** These limits with another {@link #maxYamlAliases()}. */
  public ReadLimits withMaxYamlAliases(int value) {
    return new ReadLimits(
        maxDocumentChars,
        maxNestingDepth,
        maxStringLength,
        maxNumberLength,
        maxNameLength,
        maxValues,
        value);
  }

  private static void positive(int value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1: " + value);
    }
  }
}
