package dev.plandoc.model;

import dev.plandoc.model.internal.Texts;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks a table's column order against its rows' extra cells. */
final class Columns {
  private Columns() {}

  /**
   * Copies the column list. Empty means the template's columns in template order. Otherwise it
   * names each column once: a known column by its key, an extra column by its header, and every
   * row's extra cell must belong to a listed extra column.
   */
  static List<String> checked(
      List<String> columns, Set<String> known, List<Map<String, String>> extraCells) {
    List<String> copy = Texts.list(columns, "columns");
    Set<String> seen = new HashSet<>();
    for (String c : copy) {
      Texts.singleLine(c, "column");
      if (c.isEmpty() || !seen.add(c)) {
        throw new IllegalArgumentException("columns must be non-empty and unique: " + copy);
      }
    }
    for (Map<String, String> cells : extraCells) {
      for (String header : cells.keySet()) {
        if (!seen.contains(header) || known.contains(header)) {
          throw new IllegalArgumentException(
              "extra cell '" + header + "' has no extra column in " + copy);
        }
      }
    }
    return copy;
  }
}
