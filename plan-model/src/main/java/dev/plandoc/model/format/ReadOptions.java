package dev.plandoc.model.format;

/**
 * Options every reader understands.
 *
 * <pre>{@code
 * format.reader(ReadOptions.STRICT);
 * }</pre>
 *
 * @param strict whether content with ERROR diagnostics (and, for JSON and YAML, unknown properties)
 *     fails with {@link PlanFormatException} instead of being reported
 */
public record ReadOptions(boolean strict) {
  /** The default: read anything, report problems as diagnostics. */
  public static final ReadOptions LENIENT = new ReadOptions(false);

  /** Fail with {@link PlanFormatException} when the content has an ERROR. */
  public static final ReadOptions STRICT = new ReadOptions(true);
}
