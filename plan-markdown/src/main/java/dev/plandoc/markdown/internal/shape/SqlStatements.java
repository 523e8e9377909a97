package dev.plandoc.markdown.internal.shape;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQL split into statements, and the tables that {@code CREATE TABLE} statements define. The split
 * knows the lexical parts of the dialects plans use (PostgreSQL, MySQL, SQLite): {@code ;} inside
 * {@code '…'} strings, {@code "…"}, {@code `…`} and {@code […]} identifiers, {@code -- …} and
 * {@code /* … *&#47;} comments and PostgreSQL {@code $$ … $$} bodies does not end a statement.
 *
 * <pre>{@code
 * SqlStatements.split("CREATE TABLE a (x int); CREATE INDEX i ON a (x);").size();   // 2
 * SqlStatements.createdTable("CREATE TABLE IF NOT EXISTS app.\"users\" (id int)");  // app.users
 * }</pre>
 */
public final class SqlStatements {
  private static final String IDENT =
      "(?:`[^`]+`|\"[^\"]+\"|\\[[^\\]]+\\]|[\\p{L}_][\\p{L}\\d_$]*)";
  private static final Pattern CREATE_TABLE =
      Pattern.compile(
          "^CREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:(?:GLOBAL|LOCAL)\\s+)?(?:TEMP(?:ORARY)?\\s+|UNLOGGED\\s+|VIRTUAL\\s+)?TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?("
              + IDENT
              + "(?:\\s*\\.\\s*"
              + IDENT
              + ")*)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PARTITION_OF =
      Pattern.compile("^\\s*PARTITION\\s+OF\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern DOLLAR_TAG = Pattern.compile("\\$[A-Za-z_]*\\$");
  private static final Pattern LEADING_COMMENTS =
      Pattern.compile("^(?:\\s+|--[^\\n]*(?:\\n|$)|/\\*.*?\\*/)*", Pattern.DOTALL);

  private SqlStatements() {}

  /** One statement: its text from {@code start} (inclusive) to {@code end} (exclusive). */
  public record Statement(int start, int end, String text) {}

  /** The statements of a script, each with its terminating {@code ;} and the text before it. */
  public static List<Statement> split(String sql) {
    List<Statement> out = new ArrayList<>();
    int start = 0;
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        int nl = sql.indexOf('\n', i);
        i = nl < 0 ? n : nl + 1;
      } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        int close = sql.indexOf("*/", i + 2);
        i = close < 0 ? n : close + 2;
      } else if (c == '\'' || c == '"' || c == '`') {
        int close = sql.indexOf(c, i + 1);
        i = close < 0 ? n : close + 1;
      } else if (c == '$') {
        Matcher tag = DOLLAR_TAG.matcher(sql).region(i, n);
        if (tag.lookingAt()) {
          int close = sql.indexOf(tag.group(), tag.end());
          i = close < 0 ? n : close + tag.group().length();
        } else {
          i++;
        }
      } else if (c == ';') {
        out.add(new Statement(start, i + 1, sql.substring(start, i + 1)));
        start = i + 1;
        i++;
      } else {
        i++;
      }
    }
    if (!sql.substring(start).isBlank()) {
      out.add(new Statement(start, n, sql.substring(start)));
    }
    return out;
  }

  /**
   * The table a statement creates, its name as written without quotes ({@code analytics.events});
   * empty for any other statement and for a partition ({@code CREATE TABLE x PARTITION OF y}),
   * which adds no table of its own.
   */
  public static Optional<String> createdTable(String statement) {
    String s = LEADING_COMMENTS.matcher(statement).replaceFirst("");
    Matcher m = CREATE_TABLE.matcher(s);
    if (!m.find() || PARTITION_OF.matcher(s.substring(m.end())).find()) {
      return Optional.empty();
    }
    StringBuilder name = new StringBuilder();
    for (String part : m.group(1).split("\\s*\\.\\s*")) {
      String p = part.strip();
      if (p.length() >= 2 && "`\"[".indexOf(p.charAt(0)) >= 0) {
        p = p.substring(1, p.length() - 1);
      }
      name.append(name.length() == 0 ? "" : ".").append(p);
    }
    return Optional.of(name.toString());
  }

  /** Where in a statement its own text starts, past leading blank lines and comments. */
  public static int codeStart(String statement) {
    Matcher m = LEADING_COMMENTS.matcher(statement);
    return m.lookingAt() ? m.end() : 0;
  }
}
