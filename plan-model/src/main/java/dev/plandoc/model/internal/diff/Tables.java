package dev.plandoc.model.internal.diff;

/**
 * The layout of a GFM table row: the padding of its cells, the length of its delimiter row's dashes
 * and whether it ends with a pipe. A writer that re-pads a kept table changes none of them in what
 * the table says.
 *
 * <pre>{@code
 * Tables.normalRow("|  a | b  ");     // "| a | b |"
 * Tables.normalRow("|:-----|---:|");  // "| :--- | ---: |"
 * }</pre>
 */
public final class Tables {
  private Tables() {}

  /**
   * A line in normal form when it is a table row (it starts with a pipe); any other line as it is.
   *
   * @param line the line, without trailing white space
   * @return the line in normal form
   */
  public static String normalRow(String line) {
    String lead = line.stripLeading();
    if (!lead.startsWith("|")) {
      return line;
    }
    StringBuilder out = new StringBuilder(lead.length());
    StringBuilder cell = new StringBuilder();
    int cells = 0;
    // Split at pipes not escaped with a backslash (GFM splits inside code spans too).
    for (int i = 1; i <= lead.length(); i++) {
      char c = i < lead.length() ? lead.charAt(i) : '|';
      if (c == '\\' && i + 1 < lead.length()) {
        cell.append(c).append(lead.charAt(++i));
      } else if (c == '|') {
        boolean end = i >= lead.length();
        if (!(end && cell.toString().isBlank() && cells > 0)) {
          out.append(cells == 0 ? "| " : " | ").append(delimiter(cell.toString().strip()));
          cells++;
        }
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    return out.append(" |").toString();
  }

  /** A delimiter cell ({@code :---:}) with three dashes; any other cell as it is. */
  private static String delimiter(String cell) {
    String core = cell;
    boolean left = core.startsWith(":");
    boolean right = core.endsWith(":") && core.length() > 1;
    core = core.substring(left ? 1 : 0, core.length() - (right ? 1 : 0));
    if (core.isEmpty() || !core.chars().allMatch(ch -> ch == '-')) {
      return cell;
    }
    return (left ? ":" : "") + "---" + (right ? ":" : "");
  }
}
