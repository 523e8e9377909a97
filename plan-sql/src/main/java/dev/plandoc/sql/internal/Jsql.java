package dev.plandoc.sql.internal;

import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.parser.Token;
import net.sf.jsqlparser.statement.Statement;

/**
 * JSqlParser on one statement, in its simple mode only and in the calling thread, with a memo of
 * recent statements.
 *
 * <p>Why not {@code CCJSqlParserUtil.parse}: it runs each parse on a new thread (for its time-out)
 * and retries in the "complex" mode, whose time grows exponentially with nesting (12 nested
 * parentheses take seconds). The simple mode reads every DDL form we type and is linear.
 *
 * <p>Why a memo: a parse costs about 60 µs per statement once the JIT has compiled JSqlParser
 * (about 1 ms for a plan of seven statements), and the same DDL is parsed again and again: the
 * validator on reading, the JSON writer for each table's definition, the JSON reader to check it,
 * every write of a batch. The memo holds the last {@code capacity} statements' outcomes by their
 * exact text; a parse is a pure function of the text, so results are the same with it and without.
 * Instances are safe to share between threads (the memo is locked only to look up and to store;
 * parsing happens outside the lock, and JSqlParser's trees are only read after they are stored).
 */
public final class Jsql {
  /** Statements longer than this are not parsed: no plan's DDL statement is near it. */
  static final int MAX_STATEMENT = 64 * 1024;

  private final Memo<String, Outcome> memo;

  /**
   * A parser with a memo of {@code capacity} statements; 0 for none.
   *
   * @param capacity how many statements' outcomes to keep
   */
  public Jsql(int capacity) {
    this.memo = new Memo<>(capacity);
  }

  /** A parse: the statement, or why there is none. */
  record Parse(Statement statement, String problem) {
    boolean ok() {
      return statement != null;
    }
  }

  /** What the parser made of a text: the statement, or where it stopped (line from 1). */
  private record Outcome(Statement statement, int line, String image) {}

  /** Parses {@code text}, the text of statement {@code at} (for the line numbers of a problem). */
  Parse parse(String text, SqlStatement at) {
    if (text.length() > MAX_STATEMENT) {
      return new Parse(null, "the statement is longer than " + MAX_STATEMENT + " characters");
    }
    Outcome o = memo.get(text, Jsql::outcome);
    if (o.statement() != null) {
      return new Parse(o.statement(), null);
    }
    if (o.line() < 1) {
      return new Parse(null, "the SQL parser cannot read it");
    }
    int line = at.lineOf(at.start()) + o.line() - 1;
    return new Parse(null, "the SQL parser stops at line " + line + " of the DDL, at " + o.image());
  }

  private static Outcome outcome(String text) {
    try {
      Statement s = CCJSqlParserUtil.newParser(text).withAllowComplexParsing(false).Statement();
      return new Outcome(s, 0, "");
    } catch (ParseException e) {
      Token t = e.currentToken == null ? null : e.currentToken.next;
      if (t == null || t.image == null) {
        return new Outcome(null, 0, "");
      }
      return new Outcome(
          null, Math.max(1, t.beginLine), t.image.isEmpty() ? "the end of the statement" : t.image);
    } catch (Exception | StackOverflowError e) {
      // The generated parser also fails with its own errors (TokenMgrException) and, on
      // pathological nesting, with a deep stack: all mean "cannot read this".
      return new Outcome(null, 0, "");
    }
  }
}
