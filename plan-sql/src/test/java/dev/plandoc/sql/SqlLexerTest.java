package dev.plandoc.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plandoc.sql.internal.SqlLexer;
import dev.plandoc.sql.internal.SqlStatement;
import dev.plandoc.sql.internal.SqlToken;
import org.junit.jupiter.api.Test;

/** The tokens and statements of SQL text, across the lexical forms of the dialects. */
class SqlLexerTest {
  @Test
  void commentsAreLeftOutAndStringsNamesAndBodiesAreOneTokenEach() {
    var tokens =
        SqlLexer.tokens("a -- x, y\n 'it''s; ok' \"Col\" `c` [d e] $f$ ; $f$ /* ; */ 1.5 ::");

    assertThat(tokens)
        .extracting(SqlToken::text)
        .containsExactly(
            "a", "'it''s; ok'", "\"Col\"", "`c`", "[d e]", "$f$ ; $f$", "1.5", ":", ":");
    assertThat(tokens.get(2).name()).isEqualTo("Col");
    assertThat(tokens.get(4).kind()).isEqualTo(SqlToken.Kind.QUOTED);
  }

  @Test
  void anUnclosedStringRunsToTheEnd() {
    assertThat(SqlLexer.tokens("x 'open")).extracting(SqlToken::text).containsExactly("x", "'open");
  }

  @Test
  void statementsSplitAtSemicolonsOutsideStringsAndComments() {
    var statements =
        SqlStatement.split(
            "CREATE TABLE a (x TEXT DEFAULT ';'); -- one; two\nCREATE INDEX i ON a (x);\n;");

    assertThat(statements).hasSize(2);
    assertThat(statements.get(0).text()).isEqualTo("CREATE TABLE a (x TEXT DEFAULT ';')");
    assertThat(statements.get(1).startsWith("CREATE", "INDEX")).isTrue();
    assertThat(statements.get(1).lineOf(statements.get(1).start())).isEqualTo(2);
  }
}
