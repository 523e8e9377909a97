package dev.plandoc.markdown.internal;

/**
 * The codes of the diagnostics the Markdown reader reports itself, beside the validator's. Kept
 * apart from the classes that report them so that every section reader and the public reader name
 * one place.
 */
public final class ReadCodes {
  /** A sub-section the template does not have was kept verbatim. */
  public static final String UNKNOWN_SUBSECTION = "PLAN-M002";

  /** An endpoint code block did not follow the template's layout and was kept verbatim. */
  public static final String ENDPOINT_LAYOUT = "PLAN-M003";

  /** A section appeared twice; the second was kept verbatim as an extra section. */
  public static final String DUPLICATE_SECTION = "PLAN-M004";

  /** A table could not be mapped by its headers and was kept verbatim. */
  public static final String TABLE_KEPT = "PLAN-M005";

  /** The document has no {@code # PLAN:} title. */
  public static final String NO_TITLE = "PLAN-M006";

  /** A section the reader could not map onto the model; kept whole. */
  public static final String SECTION_KEPT = "PLAN-M007";

  private ReadCodes() {}

  /**
   * A section was recognised but none of its items is in a shape the reader knows (an API section
   * with no endpoint it could type): its content is kept verbatim, and this says what stayed raw.
   */
  public static final String NOTHING_TYPED = "PLAN-M008";
}
