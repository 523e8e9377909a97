package dev.plandoc.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plandoc.model.ddl.ColumnDefinition;
import dev.plandoc.model.ddl.IndexDefinition;
import dev.plandoc.model.ddl.SchemaDefinition;
import dev.plandoc.model.ddl.TableDefinition;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** CREATE INDEX and ALTER TABLE statements attach to the table they name, wherever they are. */
class IndexesAndAltersTest {
  private static SchemaDefinition parse(String... ddl) {
    return SqlDdlParser.create().parse(Samples.schema(ddl));
  }

  @Test
  void anIndexWrittenUnderAnotherTableAttachesToTheTableItIsOn() {
    SchemaDefinition s =
        parse(
            "CREATE TABLE users (id INT PRIMARY KEY, email TEXT);",
            "CREATE TABLE posts (id INT, author INT);\nCREATE UNIQUE INDEX idx_users_email ON users (email);");

    assertThat(s.tables().get(0).indexes())
        .containsExactly(
            new IndexDefinition(
                Optional.of("idx_users_email"),
                List.of("email"),
                true,
                Optional.empty(),
                Optional.empty()));
    assertThat(s.tables().get(1).indexes()).isEmpty();
  }

  @Test
  void keysAreColumnsWithoutTheirOrderingOrExpressionsAsWritten() {
    TableDefinition t =
        Samples.table(
            """
            CREATE TABLE docs (id INT, title TEXT, body JSONB, at TIMESTAMPTZ);
            CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_a ON docs USING gin (body jsonb_path_ops);
            CREATE INDEX idx_b ON docs (lower(title), at DESC NULLS LAST);
            CREATE INDEX idx_c ON docs (at) INCLUDE (title) WHERE body IS NOT NULL AND title <> '';
            """);

    assertThat(t.indexes()).hasSize(3);
    assertThat(t.indexes().get(0).columns()).containsExactly("body");
    assertThat(t.indexes().get(0).method()).contains("gin");
    assertThat(t.indexes().get(1).columns()).containsExactly("lower(title)", "at");
    assertThat(IndexDefinition.isColumnName("lower(title)")).isFalse();
    assertThat(t.indexes().get(2).where()).contains("body IS NOT NULL AND title <> ''");
  }

  @Test
  void anIndexOnATableThePlanDoesNotDefineIsNotInTheView() {
    SchemaDefinition s = parse("CREATE TABLE a (x INT);\nCREATE INDEX i ON elsewhere (x);");

    assertThat(s.tables().get(0).indexes()).isEmpty();
  }

  @Test
  void alterTableAddColumnAndConstraintsExtendTheTable() {
    SchemaDefinition s =
        parse(
            "CREATE TABLE users (id INT, email TEXT);",
            """
            CREATE TABLE teams (id INT PRIMARY KEY);
            ALTER TABLE users ADD COLUMN team_id INT NOT NULL DEFAULT 0,
              ADD CONSTRAINT fk_team FOREIGN KEY (team_id) REFERENCES teams (id) ON DELETE SET NULL;
            ALTER TABLE users ADD PRIMARY KEY (id);
            ALTER TABLE users ADD UNIQUE (email);
            """);

    TableDefinition users = s.tables().get(0);
    assertThat(users.columns())
        .extracting(ColumnDefinition::name)
        .containsExactly("id", "email", "team_id");
    assertThat(users.column("team_id").orElseThrow().defaultValue()).contains("0");
    assertThat(users.column("team_id").orElseThrow().references()).isPresent();
    assertThat(users.primaryKey()).containsExactly("id");
    assertThat(users.column("email").orElseThrow().unique()).isTrue();
    assertThat(users.foreignKeys())
        .singleElement()
        .satisfies(fk -> assertThat(fk.name()).contains("fk_team"));
    assertThat(s.otherTables()).isEmpty();
  }

  @Test
  void anAlterOfATableThePlanDoesNotCreateNamesAnExistingTable() {
    SchemaDefinition s =
        parse(
            "CREATE TABLE a (x INT);\nALTER TABLE users ADD COLUMN quota BIGINT NOT NULL DEFAULT 0;");

    assertThat(s.otherTables()).containsExactly("users");
    assertThat(s.tables().get(0).columns()).hasSize(1);
  }
}
