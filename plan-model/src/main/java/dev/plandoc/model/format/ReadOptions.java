package dev.plandoc.model.format;

/**
 * Options every reader understands.
 *
 * <pre>{@code
 * format.reader(ReadOptions.STRICT);
 * format.reader(ReadOptions.LENIENT.withValidation(false));   // the plan, without the rules' findings
 * }</pre>
 *
 * @param strict whether content with ERROR diagnostics (and, for JSON and YAML, unknown properties)
 *     fails with {@link PlanFormatException} instead of being reported
 * @param validate whether a reader that checks the plan against {@link
 *     dev.plandoc.model.check.PlanValidator}'s rules as it reads (the Markdown reader) does so;
 *     off, a read reports only what the reader itself found, which is all a conversion needs and
 *     saves the walk over the whole plan. Readers that never validate ignore it.
 */
public record ReadOptions(boolean strict, boolean validate) {
  /** The default: read anything, report problems as diagnostics. */
  public static final ReadOptions LENIENT = new ReadOptions(false);

  /** Fail with {@link PlanFormatException} when the content has an ERROR. */
  public static final ReadOptions STRICT = new ReadOptions(true);

  /** Options that validate as they read. */
  public ReadOptions(boolean strict) {
    this(strict, true);
  }

  /** These options with validation on or off. */
  public ReadOptions withValidation(boolean on) {
    return new ReadOptions(strict, on);
  }
}
