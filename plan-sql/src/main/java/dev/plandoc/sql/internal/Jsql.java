package dev.plandoc.sql.internal;

import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.parser.Token;
import net.sf.jsqlparser.statement.Statement;

/**
 * JSqlParser on one statement, in its simple mode only and in the calling thread.
 *
 * <p>Why not {@code CCJSqlParserUtil.parse}: it runs each parse on a new thread (for its time-out)
 * and retries in the "complex" mode, whose time grows exponentially with nesting (12 nested
 * parentheses take seconds). The simple mode reads every DDL form we type and is linear.
 */
final class Jsql {
  /** Statements longer than this are not parsed: no plan's DDL statement is near it. */
  static final int MAX_STATEMENT = 64 * 1024;

  private Jsql() {}

  /** A parse: the statement, or why there is none. */
  record Parse(Statement statement, String problem) {
    boolean ok() {
      return statement != null;
    }
  }

  /**
   * Parses {@code text}, the statement's text from the script offset {@code base} (for the line
   * numbers of a problem).
   */
  static Parse parse(String text, SqlStatement at) {
    if (text.length() > MAX_STATEMENT) {
      return new Parse(null, "the statement is longer than " + MAX_STATEMENT + " characters");
    }
    try {
      Statement s = CCJSqlParserUtil.newParser(text).withAllowComplexParsing(false).Statement();
      return new Parse(s, null);
    } catch (ParseException e) {
      return new Parse(null, where(e, at));
    } catch (Exception | StackOverflowError e) {
      // The generated parser also fails with its own errors (TokenMgrException) and, on
      // pathological nesting, with a deep stack: all mean "cannot read this".
      return new Parse(null, "the SQL parser cannot read it");
    }
  }

  /** "line 7 of the DDL, at ORDER": where the parser stopped, in the DDL's own lines. */
  private static String where(ParseException e, SqlStatement at) {
    Token t = e.currentToken == null ? null : e.currentToken.next;
    if (t == null || t.image == null) {
      return "the SQL parser cannot read it";
    }
    int line = at.lineOf(at.start()) + Math.max(0, t.beginLine - 1);
    String image = t.image.isEmpty() ? "the end of the statement" : t.image;
    return "the SQL parser stops at line " + line + " of the DDL, at " + image;
  }
}
