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

  /** A lenient reader. */
  default PlanReader reader() {
    return reader(ReadOptions.LENIENT);
  }

  /** A writer with default options. */
  default PlanWriter writer() {
    return writer(WriteOptions.defaults());
  }
}
