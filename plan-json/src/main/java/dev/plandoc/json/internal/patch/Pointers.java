package dev.plandoc.json.internal.patch;

import java.util.ArrayList;
import java.util.List;

/**
 * The syntax of a JSON Pointer (RFC 6901): {@code /a~1b/0} is the tokens {@code a/b} and {@code 0}.
 */
public final class Pointers {
  private Pointers() {}

  /**
   * The reference tokens of a pointer, unescaped.
   *
   * @throws IllegalArgumentException when the text is not a JSON Pointer: it neither is empty nor
   *     starts with {@code /}, or has a {@code ~} that is not {@code ~0} or {@code ~1}
   */
  public static List<String> parse(String pointer) {
    if (pointer.isEmpty()) {
      return List.of();
    }
    if (pointer.charAt(0) != '/') {
      throw new IllegalArgumentException(
          "not a JSON Pointer: '"
              + abbreviate(pointer)
              + "' (a pointer is empty for the whole plan or starts with /, as in /"
              + abbreviate(pointer)
              + ")");
    }
    List<String> tokens = new ArrayList<>();
    StringBuilder token = new StringBuilder();
    for (int i = 1; i < pointer.length(); i++) {
      char c = pointer.charAt(i);
      if (c == '/') {
        tokens.add(token.toString());
        token.setLength(0);
      } else if (c == '~') {
        char next = i + 1 < pointer.length() ? pointer.charAt(i + 1) : ' ';
        if (next != '0' && next != '1') {
          throw new IllegalArgumentException(
              "not a JSON Pointer: '"
                  + abbreviate(pointer)
                  + "': ~ must be written ~0, and / inside a name ~1");
        }
        token.append(next == '0' ? '~' : '/');
        i++;
      } else {
        token.append(c);
      }
    }
    tokens.add(token.toString());
    return List.copyOf(tokens);
  }

  /**
   * The text of a pointer of tokens: each escaped ({@code ~} as {@code ~0}, {@code /} as {@code
   * ~1}).
   */
  public static String format(List<String> tokens) {
    StringBuilder sb = new StringBuilder();
    for (String t : tokens) {
      sb.append('/').append(t.replace("~", "~0").replace("/", "~1"));
    }
    return sb.toString();
  }

  /** A pointer for messages: its text, or {@code ""} for the whole document. */
  public static String show(List<String> tokens) {
    return tokens.isEmpty() ? "\"\"" : format(tokens);
  }

  /** Whether {@code prefix} names {@code tokens} or a part inside it. */
  static boolean startsWith(List<String> tokens, List<String> prefix) {
    return tokens.size() >= prefix.size() && tokens.subList(0, prefix.size()).equals(prefix);
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
