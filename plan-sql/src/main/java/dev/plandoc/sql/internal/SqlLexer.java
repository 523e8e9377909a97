package dev.plandoc.sql.internal;

import dev.plandoc.sql.internal.SqlToken.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * SQL cut into tokens, for the dialects plans use: {@code '…'} strings (with {@code ''}), {@code
 * "…"}, {@code `…`} and {@code […]} names, {@code -- …} and {@code /* … *&#47;} comments (left
 * out), PostgreSQL {@code $tag$ … $tag$} bodies. Text that does not close (an unfinished string)
 * runs to the end. Never throws.
 *
 * <pre>{@code
 * SqlLexer.tokens("id UUID -- key\n").size();   // 2
 * }</pre>
 */
public final class SqlLexer {
  private SqlLexer() {}

  /** The tokens of {@code sql}, comments and white space left out. */
  public static List<SqlToken> tokens(String sql) {
    List<SqlToken> out = new ArrayList<>();
    int n = sql.length();
    int i = 0;
    while (i < n) {
      char c = sql.charAt(i);
      int start = i;
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        int nl = sql.indexOf('\n', i);
        i = nl < 0 ? n : nl + 1;
        continue;
      }
      if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        int close = sql.indexOf("*/", i + 2);
        i = close < 0 ? n : close + 2;
        continue;
      }
      Kind kind;
      if (c == '\'') {
        i = quoted(sql, i, '\'');
        kind = Kind.STRING;
      } else if (c == '"' || c == '`') {
        i = quoted(sql, i, c);
        kind = Kind.QUOTED;
      } else if (c == '[' && i + 1 < n && isWordStart(sql.charAt(i + 1))) {
        int close = sql.indexOf(']', i);
        i = close < 0 ? n : close + 1;
        kind = Kind.QUOTED;
      } else if (c == '$' && dollarTagEnd(sql, i) > 0) {
        int tagEnd = dollarTagEnd(sql, i);
        String tag = sql.substring(i, tagEnd);
        int close = sql.indexOf(tag, tagEnd);
        i = close < 0 ? n : close + tag.length();
        kind = Kind.STRING;
      } else if (isWordStart(c)) {
        while (i < n && isWordPart(sql.charAt(i))) {
          i++;
        }
        kind = Kind.WORD;
      } else if (Character.isDigit(c)) {
        while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '.')) {
          i++;
        }
        kind = Kind.NUMBER;
      } else {
        i++;
        kind = Kind.SYMBOL;
      }
      out.add(new SqlToken(kind, start, i, sql.substring(start, i)));
    }
    return out;
  }

  /** The end of a quoted run opened at {@code i}; a doubled quote stays inside. */
  private static int quoted(String sql, int i, char quote) {
    int j = i + 1;
    while (j < sql.length()) {
      if (sql.charAt(j) == quote) {
        if (j + 1 < sql.length() && sql.charAt(j + 1) == quote) {
          j += 2;
          continue;
        }
        return j + 1;
      }
      j++;
    }
    return sql.length();
  }

  /** The end of a {@code $tag$} at {@code i}, or 0 when there is none. */
  private static int dollarTagEnd(String sql, int i) {
    int j = i + 1;
    while (j < sql.length() && (Character.isLetter(sql.charAt(j)) || sql.charAt(j) == '_')) {
      j++;
    }
    return j < sql.length() && sql.charAt(j) == '$' ? j + 1 : 0;
  }

  private static boolean isWordStart(char c) {
    return Character.isLetter(c) || c == '_';
  }

  private static boolean isWordPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }
}
