package dev.plandoc.markdown.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A GFM table read from its source lines by header name, and the canonical rendering of one.
 *
 * @param columns for each column, the known key it maps to or the extra header text
 * @param known for each column, whether it is a known column
 * @param rows the body rows' cells, unescaped, as many as columns
 * @param headers the header cells as written, unescaped
 */
public record TableText(
    List<String> columns, List<Boolean> known, List<List<String>> rows, List<String> headers) {

  /**
   * Reads a table from its lines (header, delimiter row, body rows). Empty when it cannot be kept
   * losslessly: a row with more cells than the header, an empty or repeated extra header, or an
   * extra header that spells a known key.
   */
  public static Optional<TableText> read(List<String> lines, List<String> knownKeys) {
    if (lines.size() < 2) {
      return Optional.empty();
    }
    List<String> headers = cells(lines.get(0));
    List<String> columns = new ArrayList<>();
    List<Boolean> known = new ArrayList<>();
    for (String h : headers) {
      // A header names the first known column it can that no earlier header took: "| # |
      // Milestone |" gives the phase to "#" and the work to "Milestone".
      List<String> free = knownKeys.stream().filter(k -> !columns.contains(k)).toList();
      Optional<String> key = ColumnVocabulary.column(h, free);
      if (key.isPresent() && !columns.contains(key.get())) {
        columns.add(key.get());
        known.add(true);
      } else {
        if (h.isEmpty() || columns.contains(h) || knownKeys.contains(h)) {
          return Optional.empty();
        }
        columns.add(h);
        known.add(false);
      }
    }
    List<List<String>> rows = new ArrayList<>();
    for (int i = 2; i < lines.size(); i++) {
      List<String> cells = cells(lines.get(i));
      if (cells.size() > headers.size()) {
        return Optional.empty();
      }
      while (cells.size() < headers.size()) {
        cells.add("");
      }
      rows.add(cells);
    }
    return Optional.of(new TableText(columns, known, rows, headers));
  }

  /** The model's column list: empty when the columns are exactly the known ones in order. */
  public List<String> modelColumns(List<String> knownKeys) {
    return columns.equals(knownKeys) ? List.of() : List.copyOf(columns);
  }

  /** The cell of a known column in a row, or empty text when the table lacks the column. */
  public String cell(List<String> row, String key) {
    int i = columns.indexOf(key);
    return i >= 0 && known.get(i) ? row.get(i) : "";
  }

  /** The cells of extra columns in a row, by header, in order. */
  public Map<String, String> extraCells(List<String> row) {
    Map<String, String> extra = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      if (!known.get(i)) {
        extra.put(columns.get(i), row.get(i));
      }
    }
    return extra;
  }

  /** Splits a table line into trimmed, unescaped cells. */
  public static List<String> cells(String line) {
    String s = line.strip();
    if (s.startsWith("|")) {
      s = s.substring(1);
    }
    if (s.endsWith("|") && !s.endsWith("\\|")) {
      s = s.substring(0, s.length() - 1);
    }
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        cell.append(c).append(s.charAt(i + 1));
        i++;
      } else if (c == '|') {
        cells.add(Inline.unescapeCell(cell.toString().strip()));
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(Inline.unescapeCell(cell.toString().strip()));
    return cells;
  }

  /**
   * Renders a table in the template's style: cells padded by one space, the delimiter row as wide
   * as each header plus two.
   *
   * @param headers the header texts
   * @param rows the rows' cell values (escaped here)
   */
  public static String render(List<String> headers, List<List<String>> rows) {
    StringBuilder sb = new StringBuilder();
    row(sb, headers);
    sb.append('\n').append('|');
    for (String h : headers) {
      sb.append("-".repeat(Math.max(3, Inline.displayWidth(h) + 2))).append('|');
    }
    for (List<String> r : rows) {
      sb.append('\n');
      row(sb, r);
    }
    return sb.toString();
  }

  private static void row(StringBuilder sb, List<String> cells) {
    sb.append('|');
    for (String c : cells) {
      sb.append(c.isEmpty() ? " |" : " " + Inline.escapeCell(c) + " |");
    }
  }

  /** Header texts for a column list: known keys as {@code header} gives, the others as they are. */
  public static List<String> headers(
      List<String> columns, List<String> knownKeys, Function<String, String> header) {
    List<String> out = new ArrayList<>();
    for (String c : columns.isEmpty() ? knownKeys : columns) {
      out.add(knownKeys.contains(c) ? header.apply(c) : c);
    }
    return out;
  }
}
