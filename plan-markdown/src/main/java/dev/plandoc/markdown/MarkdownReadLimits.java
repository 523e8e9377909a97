package dev.plandoc.markdown;

/**
 * The limits a Markdown reader enforces, so that a hostile or runaway document is rejected quickly
 * with a {@link dev.plandoc.model.format.PlanFormatException} (its message names the limit, its
 * position the place) instead of exhausting memory, time or the stack. Immutable; {@link
 * #defaults()} suits any real plan with a wide margin — a 5 MB plan with a 200,000-row table reads
 * within them.
 *
 * <table>
 *   <caption>Limits and their defaults</caption>
 *   <tr><th>limit</th><th>default</th><th>what it bounds</th></tr>
 *   <tr><td>{@code maxDocumentChars}</td><td>16,777,216</td><td>the document's length in
 *       characters (UTF-16 units), checked before parsing</td></tr>
 *   <tr><td>{@code maxNestingDepth}</td><td>64</td><td>blocks inside blocks, counting each block
 *       quote, list and list item (a list nested five deep is about 11)</td></tr>
 *   <tr><td>{@code maxTableRows}</td><td>1,000,000</td><td>body rows of one table</td></tr>
 * </table>
 *
 * <pre>{@code
 * MarkdownReadLimits tight = MarkdownReadLimits.defaults().withMaxDocumentChars(1 << 20);
 * MarkdownPlanReader reader = MarkdownPlanReader.builder().limits(tight).build();
 * }</pre>
 *
 * @param maxDocumentChars the longest document, in characters
 * @param maxNestingDepth the deepest nesting of blocks
 * @param maxTableRows the most body rows in one table
 */
public record MarkdownReadLimits(int maxDocumentChars, int maxNestingDepth, int maxTableRows) {
  /** Default for {@link #maxDocumentChars()}: 16 MiB of characters. */
  public static final int DEFAULT_MAX_DOCUMENT_CHARS = 16 * 1024 * 1024;

  /** Default for {@link #maxNestingDepth()}. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;

  /** Default for {@link #maxTableRows()}. */
  public static final int DEFAULT_MAX_TABLE_ROWS = 1_000_000;

  /** The largest {@link #maxNestingDepth()} accepted, so that reading never overflows the stack. */
  public static final int MAX_NESTING_DEPTH_CEILING = 1000;

  private static final MarkdownReadLimits DEFAULTS =
      new MarkdownReadLimits(
          DEFAULT_MAX_DOCUMENT_CHARS, DEFAULT_MAX_NESTING_DEPTH, DEFAULT_MAX_TABLE_ROWS);

  /** Checks the values: every limit at least 1, the nesting at most the ceiling. */
  public MarkdownReadLimits {
    if (maxDocumentChars < 1 || maxNestingDepth < 1 || maxTableRows < 1) {
      throw new IllegalArgumentException("every Markdown read limit must be at least 1");
    }
    if (maxNestingDepth > MAX_NESTING_DEPTH_CEILING) {
      throw new IllegalArgumentException(
          "maxNestingDepth must be at most " + MAX_NESTING_DEPTH_CEILING + ": " + maxNestingDepth);
    }
  }

  /** The defaults. */
  public static MarkdownReadLimits defaults() {
    return DEFAULTS;
  }

  /** These limits with another {@link #maxDocumentChars()}. */
  public MarkdownReadLimits withMaxDocumentChars(int chars) {
    return new MarkdownReadLimits(chars, maxNestingDepth, maxTableRows);
  }

  /** These limits with another {@link #maxNestingDepth()}. */
  public MarkdownReadLimits withMaxNestingDepth(int depth) {
    return new MarkdownReadLimits(maxDocumentChars, depth, maxTableRows);
  }

  /** These limits with another {@link #maxTableRows()}. */
  public MarkdownReadLimits withMaxTableRows(int rows) {
    return new MarkdownReadLimits(maxDocumentChars, maxNestingDepth, rows);
  }
}
