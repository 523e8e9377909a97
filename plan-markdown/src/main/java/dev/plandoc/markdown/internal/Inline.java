package dev.plandoc.markdown.internal;

/** Inline-text helpers: decoration, escaping, display width. */
public final class Inline {
  private static final String[] MARKS = {"**", "__", "*", "_", "`"};

  private Inline() {}

  /** Removes emphasis or code markers wrapping the whole text ({@code **x**}, {@code `x`}). */
  public static String stripDecoration(String text) {
    String s = text.strip();
    boolean changed = true;
    while (changed && s.length() >= 2) {
      changed = false;
      for (String mark : MARKS) {
        if (s.length() > 2 * mark.length() && s.startsWith(mark) && s.endsWith(mark)) {
          String inner = s.substring(mark.length(), s.length() - mark.length());
          if (inner.contains(mark)) {
            continue;
          }
          s = inner.strip();
          changed = true;
          break;
        }
      }
    }
    return s;
  }

  /** Whether the text is exactly wrapped in one pair of {@code **}. */
  public static boolean isBold(String text) {
    return text.length() > 4
        && text.startsWith("**")
        && text.endsWith("**")
        && !text.substring(2, text.length() - 2).contains("**");
  }

  /** Escapes a value for a table cell: a pipe would end the cell. */
  public static String escapeCell(String value) {
    StringBuilder sb = new StringBuilder(value.length() + 4);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '|') {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /** Undoes {@link #escapeCell}. */
  public static String unescapeCell(String cell) {
    return cell.indexOf('\\') < 0 ? cell : cell.replace("\\|", "|");
  }

  /**
   * Escapes heading text: a run of {@code #} after a space at the end would be read as the
   * heading's closing sequence.
   */
  public static String escapeHeading(String text) {
    if (text.endsWith("#")) {
      int i = text.length();
      while (i > 0 && text.charAt(i - 1) == '#') {
        i--;
      }
      if (i == 0 || text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t') {
        return text.substring(0, text.length() - 1) + "\\#";
      }
    }
    return text;
  }

  /** Undoes {@link #escapeHeading}. */
  public static String unescapeHeading(String text) {
    if (text.endsWith("\\#")) {
      String head = text.substring(0, text.length() - 2);
      int i = head.length();
      while (i > 0 && head.charAt(i - 1) == '#') {
        i--;
      }
      if (i == 0 || head.charAt(i - 1) == ' ' || head.charAt(i - 1) == '\t') {
        return head + "#";
      }
    }
    return text;
  }

  /** Columns a string takes in a monospace terminal: East Asian wide characters count two. */
  public static int displayWidth(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      w += isWide(c) ? 2 : 1;
    }
    return w;
  }

  private static boolean isWide(int c) {
    return (c >= 0x1100 && c <= 0x115F)
        || (c >= 0x2E80 && c <= 0x303E)
        || (c >= 0x3041 && c <= 0x33FF)
        || (c >= 0x3400 && c <= 0x4DBF)
        || (c >= 0x4E00 && c <= 0x9FFF)
        || (c >= 0xA000 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6)
        || (c >= 0x1F300 && c <= 0x1F64F)
        || (c >= 0x1F900 && c <= 0x1F9FF)
        || (c >= 0x20000 && c <= 0x3FFFD);
  }
}
