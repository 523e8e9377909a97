package dev.plandoc.model.format;

import java.util.List;

/**
 * One file format plans can be read from and written to. Implementations are registered as services
 * ({@code provides dev.plandoc.model.format.PlanFormat with ...} in {@code module-info.java}, or a
 * {@code META-INF/services} file) and found by {@link PlanFormats}.
 *
 * <pre>{@code
 * public final class CsvMilestones implements PlanFormat {
 *   public String name() { return "milestones-csv"; }
 *   public List<String> fileExtensions() { return List.of("csv"); }
 *   public String mediaType() { return "text/csv"; }
 *   public PlanReader reader(ReadOptions o) { throw new UnsupportedOperationException(); }
 *   public PlanWriter writer(WriteOptions o) { return (plan, out) -> ...; }
 * }
 * }</pre>
 */
public interface PlanFormat {

  /** The format's name, lower case: {@code markdown}, {@code json}, {@code yaml}. */
  String name();

  /** File extensions without the dot, lower case, the preferred one first. */
  List<String> fileExtensions();

  /** The media type, e.g. {@code application/json}. */
  String mediaType();

  /**
   * A reader with the given options.
   *
   * @throws UnsupportedOperationException when the format can only be written
   */
  PlanReader reader(ReadOptions options);

  /**
   * A writer with the given options.
   *
   * @throws UnsupportedOperationException when the format can only be read
   */
  PlanWriter writer(WriteOptions options);

  /**
   * Whether the format can be read, so that {@link #reader(ReadOptions)} returns a reader. A
   * write-only format (such as {@code openapi}, which is derived from a plan and cannot give it
   * back) returns false; {@link PlanFormats#findByExtension(String)} never picks it, so a file's
   * extension keeps naming the format plans are read from.
   *
   * @return true unless the format can only be written
   */
  default boolean canRead() {
    return true;
  }

  /**
   * This format as it writes a file with the given extension: itself, unless the format writes
   * several syntaxes and the extension chooses one (the {@code openapi} format writes YAML for
   * {@code .yaml} and JSON for {@code .json}). Tools call it once they know the output file.
   *
   * <pre>{@code
   * PlanFormat openapi = formats.require("openapi").forFileExtension("json");
   * }</pre>
   *
   * @param extension the extension without the dot, any case
   * @return the format to write that file with
   */
  default PlanFormat forFileExtension(String extension) {
    return this;
  }

  /** A lenient reader. */
  default PlanReader reader() {
    return reader(ReadOptions.LENIENT);
  }

  /** A writer with default options. */
  default PlanWriter writer() {
    return writer(WriteOptions.defaults());
  }
}
