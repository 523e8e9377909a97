package dev.plandoc.sql.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One statement of a script: its tokens (without the closing {@code ;}) and the text they span.
 *
 * <pre>{@code
 * SqlStatement.split("CREATE TABLE a (x int); CREATE INDEX i ON a (x);").size();   // 2
 * }</pre>
 *
 * @param script the whole script
 * @param tokens the statement's tokens, never empty
 */
public record SqlStatement(String script, List<SqlToken> tokens) {
  /** Checks the values. */
  public SqlStatement {
    tokens = List.copyOf(tokens);
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("a statement has tokens");
    }
  }

  /** The statements of a script, split at every {@code ;} outside strings and comments. */
  public static List<SqlStatement> split(String script) {
    List<SqlStatement> out = new ArrayList<>();
    List<SqlToken> current = new ArrayList<>();
    for (SqlToken t : SqlLexer.tokens(script)) {
      if (t.is(';')) {
        if (!current.isEmpty()) {
          out.add(new SqlStatement(script, current));
        }
        current = new ArrayList<>();
      } else {
        current.add(t);
      }
    }
    if (!current.isEmpty()) {
      out.add(new SqlStatement(script, current));
    }
    return out;
  }

  /** The statement's text, from its first token to its last, comments inside kept. */
  public String text() {
    return script.substring(start(), end());
  }

  /** The offset of the first token in the script. */
  public int start() {
    return tokens.get(0).start();
  }

  /** The offset after the last token in the script. */
  public int end() {
    return tokens.get(tokens.size() - 1).end();
  }

  /** The token at {@code i}, or empty past the end. */
  public java.util.Optional<SqlToken> token(int i) {
    return i < tokens.size() ? java.util.Optional.of(tokens.get(i)) : java.util.Optional.empty();
  }

  /** Whether the statement starts with these words, in any case ({@code "CREATE", "TABLE"}). */
  public boolean startsWith(String... words) {
    if (tokens.size() < words.length) {
      return false;
    }
    for (int i = 0; i < words.length; i++) {
      if (!tokens.get(i).is(words[i])) {
        return false;
      }
    }
    return true;
  }

  /** The line (from 1) of the script that an offset is on. */
  public int lineOf(int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < script.length(); i++) {
      if (script.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
