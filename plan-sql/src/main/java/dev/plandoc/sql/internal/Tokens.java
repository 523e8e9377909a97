package dev.plandoc.sql.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Operations on runs of tokens: matching parentheses, top-level commas, names, text. */
final class Tokens {
  private Tokens() {}

  /** A run of tokens, {@code from} inclusive, {@code to} exclusive. */
  record Run(int from, int to) {
    boolean isEmpty() {
      return from >= to;
    }
  }

  /** The index of the {@code )} that closes the {@code (} at {@code open}, or -1. */
  static int closing(List<SqlToken> tokens, int open) {
    int depth = 0;
    for (int i = open; i < tokens.size(); i++) {
      if (tokens.get(i).is('(')) {
        depth++;
      } else if (tokens.get(i).is(')') && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** The parts of {@code run} between commas that are not inside parentheses. */
  static List<Run> commaSeparated(List<SqlToken> tokens, Run run) {
    List<Run> out = new ArrayList<>();
    int depth = 0;
    int start = run.from();
    for (int i = run.from(); i < run.to(); i++) {
      SqlToken t = tokens.get(i);
      if (t.is('(') || t.is('[')) {
        depth++;
      } else if (t.is(')') || t.is(']')) {
        depth--;
      } else if (t.is(',') && depth == 0) {
        out.add(new Run(start, i));
        start = i + 1;
      }
    }
    out.add(new Run(start, run.to()));
    return out;
  }

  /**
   * The first token of {@code run} at parenthesis depth 0 that is one of {@code words}, or {@code
   * run.to()}.
   */
  static int firstAtTop(List<SqlToken> tokens, Run run, java.util.Set<String> words) {
    int depth = 0;
    for (int i = run.from(); i < run.to(); i++) {
      SqlToken t = tokens.get(i);
      if (t.is('(') || t.is('[')) {
        depth++;
      } else if (t.is(')') || t.is(']')) {
        depth--;
      } else if (depth == 0 && words.contains(t.keyword())) {
        return i;
      }
    }
    return run.to();
  }

  /** Whether {@code run} has the word {@code word} at depth 0. */
  static int indexAtTop(List<SqlToken> tokens, Run run, String word) {
    int i = firstAtTop(tokens, run, java.util.Set.of(word));
    return i < run.to() ? i : -1;
  }

  /** The text a run spans in the script, as written. */
  static String text(String script, List<SqlToken> tokens, Run run) {
    return run.isEmpty()
        ? ""
        : script.substring(tokens.get(run.from()).start(), tokens.get(run.to() - 1).end());
  }

  /**
   * A dotted name starting at {@code i} ({@code app."users"}), unquoted and joined with dots, with
   * the index after it; null when no name starts there.
   */
  static Named name(List<SqlToken> tokens, int i) {
    if (i >= tokens.size() || !isName(tokens.get(i))) {
      return null;
    }
    StringBuilder name = new StringBuilder(tokens.get(i).name());
    int j = i + 1;
    while (j + 1 < tokens.size() && tokens.get(j).is('.') && isName(tokens.get(j + 1))) {
      name.append('.').append(tokens.get(j + 1).name());
      j += 2;
    }
    return new Named(name.toString(), j);
  }

  /** A name and the index after it. */
  record Named(String name, int next) {}

  static boolean isName(SqlToken t) {
    return t.kind() == SqlToken.Kind.WORD || t.kind() == SqlToken.Kind.QUOTED;
  }

  /** The names in the parentheses opened at {@code open}: {@code (a, "b")} is [a, b]. */
  static List<String> nameList(List<SqlToken> tokens, int open) {
    int close = closing(tokens, open);
    List<String> out = new ArrayList<>();
    if (close < 0) {
      return out;
    }
    for (Run part : commaSeparated(tokens, new Run(open + 1, close))) {
      if (!part.isEmpty()) {
        out.add(tokens.get(part.from()).name());
      }
    }
    return out;
  }

  /** A name as JSqlParser gives it, without its quotes: {@code `id`} and {@code "id"} are id. */
  static String unquoted(String name) {
    StringBuilder out = new StringBuilder();
    for (String part : name.split("\\.", -1)) {
      String p = part.strip();
      if (p.length() >= 2
          && ((p.startsWith("\"") && p.endsWith("\""))
              || (p.startsWith("`") && p.endsWith("`"))
              || (p.startsWith("[") && p.endsWith("]")))) {
        p = p.substring(1, p.length() - 1);
      }
      out.append(out.length() == 0 ? "" : ".").append(p);
    }
    return out.toString();
  }

  /** Text with its white space removed and in upper case, to compare two spellings of a type. */
  static String squeezed(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        out.append(text.charAt(i));
      }
    }
    return out.toString().toUpperCase(Locale.ROOT);
  }
}
