package dev.plandoc.markdown.internal.edit;

/**
 * A value replaced without undoing the author's alignment. When the value is padded to a column
 * width — in a table cell, or before the next column of a listing such as {@code GET /x → 200} in a
 * code block — the padding after it shrinks or grows by what the value gained or lost, so the line
 * stays aligned with its neighbours as far as the new value fits.
 */
final class ColumnPadding {
  private ColumnPadding() {}

  /**
   * A table row with {@code row[start, end)} replaced by {@code value}, the cell's padding kept.
   *
   * @param row a table row
   * @param start where the old value starts in the row
   * @param end where it ends
   * @param value the new value, escaped for a cell
   */
  static String inCell(String row, int start, int end, String value) {
    int pipe = end;
    while (pipe < row.length() && row.charAt(pipe) == ' ') {
      pipe++;
    }
    if (pipe >= row.length() || row.charAt(pipe) != '|') {
      // More of the cell follows the value: its padding is not the value's to adjust.
      return plain(row, start, end, value);
    }
    // A padded cell keeps at least one space before its closing pipe.
    return padded(row, start, end, value, pipe, 1);
  }

  /**
   * A line with {@code line[start, end)} replaced by {@code value}; when two or more spaces
   * separate the value from more text, that gap keeps the next column where it was, and stays a gap
   * of at least two spaces.
   */
  static String inText(String line, int start, int end, String value) {
    int next = end;
    while (next < line.length() && line.charAt(next) == ' ') {
      next++;
    }
    if (next >= line.length()) {
      return plain(line, start, end, value);
    }
    return padded(line, start, end, value, next, 2);
  }

  private static String padded(String line, int start, int end, String value, int next, int min) {
    int padding = next - end;
    if (padding < 2) {
      return plain(line, start, end, value);
    }
    int grown = value.codePointCount(0, value.length()) - line.codePointCount(start, end);
    return line.substring(0, start)
        + value
        + " ".repeat(Math.max(min, padding - grown))
        + line.substring(next);
  }

  private static String plain(String line, int start, int end, String value) {
    return line.substring(0, start) + value + line.substring(end);
  }
}
