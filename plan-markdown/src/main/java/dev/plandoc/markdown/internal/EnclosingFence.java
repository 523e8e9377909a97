package dev.plandoc.markdown.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A whole document wrapped in one code fence, an artefact of chat output: {@code ```markdown} on
 * the first line, a bare closing fence on the last, a plan in between. The inner fences of such a
 * document open with an info string and close with a bare fence, so a CommonMark parser would end
 * the wrapper at the first of them; the reader reads inside the wrapper instead.
 *
 * <pre>{@code
 * EnclosingFence.opening("```markdown\n# Albums\n```\n");   // Optional[```markdown]
 * }</pre>
 */
public final class EnclosingFence {
  private static final Pattern OPENING =
      Pattern.compile("^(`{3,}|~{3,})[ \\t]*(?:markdown|md)$", Pattern.CASE_INSENSITIVE);

  private static final Pattern FENCE_LINE = Pattern.compile("^ {0,3}(`{3,}|~{3,})(.*)$");

  private EnclosingFence() {}

  /** The opening line of the fence that wraps the document, when one does. */
  public static Optional<String> opening(String text) {
    int firstEnd = text.indexOf('\n');
    if (firstEnd < 0) {
      return Optional.empty();
    }
    String first = text.substring(0, firstEnd);
    Matcher m = OPENING.matcher(first);
    if (!m.matches()) {
      return Optional.empty();
    }
    String last = lastLine(text);
    String run = m.group(1);
    boolean closes =
        last.length() >= run.length() && last.chars().allMatch(c -> c == run.charAt(0));
    String inner = text.substring(firstEnd + 1, Math.max(firstEnd + 1, text.lastIndexOf(last)));
    boolean plan = inner.lines().anyMatch(l -> l.startsWith("# ") || l.startsWith("## "));
    return closes && plan && balanced(inner) && text.lastIndexOf(last) > firstEnd
        ? Optional.of(first)
        : Optional.empty();
  }

  /**
   * Whether every fence opened inside is closed inside: then the last line closes the wrapper, not
   * a block of the document (a plan whose last section ends in a code block is not wrapped).
   */
  private static boolean balanced(String inner) {
    String open = null;
    for (String line : inner.split("\n", -1)) {
      Matcher f = FENCE_LINE.matcher(line);
      if (!f.matches()) {
        continue;
      }
      if (open == null) {
        open = f.group(1);
      } else if (f.group(1).charAt(0) == open.charAt(0)
          && f.group(1).length() >= open.length()
          && f.group(2).isBlank()) {
        open = null;
      }
    }
    return open == null;
  }

  /** The text with the fence's two lines made blank, every other line where it was. */
  public static String blanked(String text) {
    int firstEnd = text.indexOf('\n');
    String last = lastLine(text);
    int lastStart = text.lastIndexOf(last);
    return "\n"
        + text.substring(firstEnd + 1, lastStart)
        + text.substring(lastStart + last.length());
  }

  private static String lastLine(String text) {
    String trimmed = text.stripTrailing();
    int nl = trimmed.lastIndexOf('\n');
    return trimmed.substring(nl + 1).strip();
  }
}
