package dev.plandoc.markdown.internal.edit;

/**
 * A value replaced in a table row without undoing the author's padding: when the cell is padded to
 * a column width, the padding after the value shrinks or grows by what the value gained or lost, so
 * the row stays aligned with the others as far as the new value fits.
 */
final class TableCells {
  private TableCells() {}

  /**
   * The row with {@code row[start, end)} replaced by {@code value}.
   *
   * @param row a table row
   * @param start where the old value starts in the row
   * @param end where it ends
   * @param value the new value, escaped for a cell
   */
  static String replaced(String row, int start, int end, String value) {
    int pipe = end;
    while (pipe < row.length() && row.charAt(pipe) != '|') {
      if (row.charAt(pipe) != ' ') {
        // More of the cell follows the value: its padding is not the value's to adjust.
        return row.substring(0, start) + value + row.substring(end);
      }
      pipe++;
    }
    int padding = pipe - end;
    int grown = value.codePointCount(0, value.length()) - row.codePointCount(start, end);
    if (padding < 2 || pipe >= row.length()) {
      return row.substring(0, start) + value + row.substring(end);
    }
    // A padded cell keeps at least one space before its closing pipe.
    int kept = Math.max(1, padding - grown);
    return row.substring(0, start) + value + " ".repeat(kept) + row.substring(pipe);
  }
}
