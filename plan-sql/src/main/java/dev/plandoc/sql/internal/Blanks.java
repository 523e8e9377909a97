package dev.plandoc.sql.internal;

import dev.plandoc.sql.internal.Tokens.Run;
import java.util.List;

/**
 * A statement's text with parts the parser does not need turned into spaces. Offsets and line
 * breaks stay where they are, so what the parser reports still points into the author's text.
 */
final class Blanks {
  private final StringBuilder text;
  private final int base;
  private final String script;
  private final List<SqlToken> tokens;

  Blanks(SqlStatement statement) {
    this.text = new StringBuilder(statement.text());
    this.base = statement.start();
    this.script = statement.script();
    this.tokens = statement.tokens();
  }

  /** Blanks the tokens of {@code run}, and what lies between them. */
  Blanks blank(Run run) {
    if (run.isEmpty()) {
      return this;
    }
    int from = tokens.get(run.from()).start();
    int to = tokens.get(run.to() - 1).end();
    for (int i = from; i < to; i++) {
      if (script.charAt(i) != '\n') {
        text.setCharAt(i - base, ' ');
      }
    }
    return this;
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
