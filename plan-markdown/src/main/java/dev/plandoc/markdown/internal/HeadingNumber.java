package dev.plandoc.markdown.internal;

import java.util.regex.Pattern;

/**
 * The number before a heading or label ({@code 3.}, {@code 2.1}, {@code 4)}) and the parenthesis
 * after it ({@code (선택)}, {@code (optional)}), found without a regular expression where that is
 * cheap: every heading and label of a read is asked for both, most of them several times.
 */
public final class HeadingNumber {
  private static final Pattern TRAILING_PARENS = Pattern.compile("\\s*[(（][^()（）]*[)）]\\s*$");

  private HeadingNumber() {}

  /**
   * Where the text after a leading number starts: the end of {@code ^\s*\d+(?:\.\d+)*[.)]?\s+}, or
   * 0 when the text does not start with one. Greedy matching gives the regular expression's answer:
   * no shorter choice of any part can be followed by the whitespace the number needs.
   */
  static int end(String s) {
    int n = s.length();
    int i = skipSpace(s, 0);
    int digits = i;
    i = skipDigits(s, i);
    if (i == digits) {
      return 0;
    }
    while (i + 1 < n && s.charAt(i) == '.' && isDigit(s.charAt(i + 1))) {
      i = skipDigits(s, i + 1);
    }
    if (i < n && (s.charAt(i) == '.' || s.charAt(i) == ')')) {
      i++;
    }
    int space = skipSpace(s, i);
    return space == i ? 0 : space;
  }

  /** The text without its leading number. */
  public static String strip(String s) {
    int end = end(s);
    return end == 0 ? s : s.substring(end);
  }

  /** The text without a parenthesis at its end, and the whitespace around it. */
  public static String stripTrailingParens(String s) {
    if (s.indexOf(')') < 0 && s.indexOf('）') < 0) {
      return s; // no closing parenthesis: nothing to remove, and most headings have none
    }
    return TRAILING_PARENS.matcher(s).replaceFirst("");
  }

  private static int skipSpace(String s, int from) {
    int i = from;
    while (i < s.length() && isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int skipDigits(String s, int from) {
    int i = from;
    while (i < s.length() && isDigit(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Whitespace as {@code \s} means it without Unicode classes. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\013';
  }
}
