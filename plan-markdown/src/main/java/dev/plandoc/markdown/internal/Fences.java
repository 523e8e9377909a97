package dev.plandoc.markdown.internal;

import java.util.regex.Pattern;
import org.commonmark.node.FencedCodeBlock;

/**
 * Fenced code blocks, read and written: diagrams, endpoint specifications and DDL. The reader takes
 * a fence as a part only when the writer can give it back, so both sides live here.
 */
public final class Fences {
  private Fences() {}

  /**
   * Whether the writer can reproduce a fenced block: it writes backtick fences long enough for the
   * content, so only an info string with a backtick (which a backtick fence cannot carry) rules a
   * block out. An unclosed fence is fine: the writer closes it.
   */
  public static boolean isReproducible(FencedCodeBlock code) {
    return !info(code).contains("`");
  }

  /** The info string of a block, stripped; empty when it has none. */
  public static String info(FencedCodeBlock code) {
    return code.getInfo() == null ? "" : code.getInfo().strip();
  }

  /**
   * The content of a block, byte for byte, without its final line break. A fence that only the end
   * of the document closes runs into the blank lines after it, which are not the author's content:
   * they are left out, as they are from kept Markdown, and the writer closes the fence after the
   * last line.
   */
  public static String literal(FencedCodeBlock code) {
    String l = code.getLiteral() == null ? "" : code.getLiteral();
    if (code.getClosingFenceLength() == null) {
      return TRAILING_BLANK_LINES.matcher(l).replaceFirst("");
    }
    return l.endsWith("\n") ? l.substring(0, l.length() - 1) : l;
  }

  private static final Pattern TRAILING_BLANK_LINES = Pattern.compile("(?:\n[ \t]*)+$");

  /** A backtick fence around the content, longer than any backtick run the content starts with. */
  public static String write(String info, String content) {
    int longest = 2;
    for (String line : content.split("\n", -1)) {
      String s = line.stripLeading();
      int run = 0;
      while (run < s.length() && s.charAt(run) == '`') {
        run++;
      }
      longest = Math.max(longest, run);
    }
    String f = "`".repeat(longest + 1);
    return f + info + "\n" + (content.isEmpty() ? "" : content + "\n") + f;
  }
}
