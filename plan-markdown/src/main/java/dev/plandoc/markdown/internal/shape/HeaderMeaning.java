package dev.plandoc.markdown.internal.shape;

import dev.plandoc.markdown.internal.HeadingNumber;
import dev.plandoc.markdown.internal.Inline;
import dev.plandoc.markdown.internal.TableText;
import java.util.List;
import java.util.Locale;

/**
 * Tables read by what their headers mean: the column whose header is one of a role's words, in
 * either language, whatever its position, with emphasis, case and a trailing parenthesis ({@code
 * Monthly (USD)}) ignored.
 *
 * <pre>{@code
 * HeaderMeaning.column(List.of("Method", "Path", "설명"), "path", "경로");   // 1
 * }</pre>
 */
public final class HeaderMeaning {

  private HeaderMeaning() {}

  /** The cells of a table line, trimmed and unescaped. */
  public static List<String> cells(String line) {
    return TableText.cells(line);
  }

  /** The cell at an index, or empty text past the row's end. */
  public static String cell(List<String> cells, int index) {
    return index >= 0 && index < cells.size() ? cells.get(index) : "";
  }

  /** The normal form a header is compared in. */
  public static String normalise(String header) {
    String h = Inline.stripDecoration(header).replace("`", "").strip().toLowerCase(Locale.ROOT);
    return HeadingNumber.stripTrailingParens(h).strip();
  }

  /**
   * The index of the first column whose header, or the header without a trailing parenthesis, is
   * one of the words; -1 when there is none. Words are tried in order, so the first word wins over
   * a later one that another column also matches.
   */
  public static int column(List<String> headers, String... words) {
    for (String w : words) {
      for (int i = 0; i < headers.size(); i++) {
        String raw = Inline.stripDecoration(headers.get(i)).strip().toLowerCase(Locale.ROOT);
        if (raw.equals(w) || normalise(headers.get(i)).equals(w)) {
          return i;
        }
      }
    }
    return -1;
  }
}
