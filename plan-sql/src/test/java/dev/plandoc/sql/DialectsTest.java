package dev.plandoc.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plandoc.model.ddl.ColumnDefinition;
import dev.plandoc.model.ddl.DdlStatus;
import dev.plandoc.model.ddl.ForeignKeyTarget;
import dev.plandoc.model.ddl.TableDefinition;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CREATE TABLE in the dialects plans are written in, and the ones the parser cannot read. */
class DialectsTest {
  private static ColumnDefinition column(TableDefinition t, String name) {
    return t.column(name).orElseThrow(() -> new AssertionError("no column " + name));
  }

  @Test
  void postgresqlTypesDefaultsAndKeysAreReadAsWritten() {
    TableDefinition t =
        Samples.table(
            """
            CREATE TABLE IF NOT EXISTS app."Receipts" (
              id          BIGSERIAL PRIMARY KEY,
              user_id     UUID NOT NULL REFERENCES app.users (id) ON DELETE SET NULL,
              amount      NUMERIC(10, 2) NOT NULL DEFAULT 0,
              tags        TEXT[] DEFAULT ARRAY[]::text[],
              props       JSONB NOT NULL DEFAULT '{}'::jsonb,
              created_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
              code        VARCHAR(20) UNIQUE,  -- a comment, with a comma
              EXCLUDE USING gist (user_id WITH =)
            ) PARTITION BY RANGE (created_at);
            """);

    assertThat(t.status()).isEqualTo(DdlStatus.TYPED);
    assertThat(t.name()).isEqualTo("app.Receipts");
    assertThat(t.columns())
        .extracting(ColumnDefinition::name)
        .containsExactly("id", "user_id", "amount", "tags", "props", "created_at", "code");
    assertThat(t.columns())
        .extracting(ColumnDefinition::type)
        .containsExactly(
            "BIGSERIAL",
            "UUID",
            "NUMERIC(10, 2)",
            "TEXT[]",
            "JSONB",
            "TIMESTAMP WITH TIME ZONE",
            "VARCHAR(20)");
    assertThat(t.primaryKey()).containsExactly("id");
    assertThat(column(t, "id").nullable()).isFalse();
    assertThat(column(t, "user_id").references())
        .contains(new ForeignKeyTarget("app.users", List.of("id")));
    assertThat(column(t, "amount").defaultValue()).contains("0");
    assertThat(column(t, "tags").defaultValue()).contains("ARRAY[]::text[]");
    assertThat(column(t, "tags").nullable()).isTrue();
    assertThat(column(t, "props").defaultValue()).contains("'{}'::jsonb");
    assertThat(column(t, "created_at").defaultValue()).contains("now()");
    assertThat(column(t, "code").unique()).isTrue();
  }

  @Test
  void mysqlInlineKeysAutoIncrementAndTableOptionsAreRead() {
    TableDefinition t =
        Samples.table(
            """
            CREATE TABLE `orders` (
              `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
              `user_id` BIGINT NOT NULL,
              `status` ENUM('NEW', 'PAID') NOT NULL DEFAULT 'NEW',
              `updated_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
              PRIMARY KEY (`id`),
              UNIQUE KEY `uk_user_status` (`user_id`, `status`),
              KEY `idx_updated` (`updated_at`),
              CONSTRAINT `fk_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`)
            ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
            """);

    assertThat(t.status()).isEqualTo(DdlStatus.TYPED);
    assertThat(t.name()).isEqualTo("orders");
    assertThat(t.columns())
        .extracting(ColumnDefinition::type)
        .containsExactly("BIGINT UNSIGNED", "BIGINT", "ENUM('NEW', 'PAID')", "DATETIME(3)");
    assertThat(t.primaryKey()).containsExactly("id");
    assertThat(column(t, "updated_at").defaultValue()).contains("CURRENT_TIMESTAMP(3)");
    assertThat(t.indexes())
        .extracting(i -> i.name().orElseThrow() + i.columns() + i.unique())
        .containsExactly("uk_user_status[user_id, status]true", "idx_updated[updated_at]false");
    assertThat(t.foreignKeys())
        .singleElement()
        .satisfies(
            fk -> {
              assertThat(fk.name()).contains("fk_user");
              assertThat(fk.target()).isEqualTo(new ForeignKeyTarget("users", List.of("id")));
            });
    assertThat(column(t, "user_id").references()).isPresent();
    assertThat(column(t, "user_id").unique()).isFalse(); // unique only together with status
  }

  @Test
  void sqliteAutoincrementCollationAndWithoutRowidAreRead() {
    TableDefinition t =
        Samples.table(
            """
            CREATE TABLE notes (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              title TEXT NOT NULL COLLATE NOCASE,
              body TEXT,
              UNIQUE (title)
            ) WITHOUT ROWID;
            """);

    assertThat(t.status()).isEqualTo(DdlStatus.TYPED);
    assertThat(t.columns())
        .extracting(ColumnDefinition::type)
        .containsExactly("INTEGER", "TEXT", "TEXT");
    assertThat(t.primaryKey()).containsExactly("id");
    assertThat(column(t, "title").unique()).isTrue();
    assertThat(column(t, "title").nullable()).isFalse();
    assertThat(column(t, "body").nullable()).isTrue();
  }

  @Test
  void aClickHouseTableWhoseTypesTheParserMisreadsIsTextOnlyWithTheReason() {
    TableDefinition t =
        Samples.table(
            """
            CREATE TABLE events (
              ts DateTime64(3),
              name LowCardinality(String),
              props Map(String, String)
            ) ENGINE = MergeTree() ORDER BY ts;
            """);

    assertThat(t.status()).isEqualTo(DdlStatus.UNREADABLE);
    assertThat(t.name()).isEqualTo("events");
    assertThat(t.problem())
        .hasValueSatisfying(p -> assertThat(p).contains("name", "LowCardinality(String)"));
    assertThat(t.columns()).isEmpty();
  }

  @Test
  void aClickHouseTableInPlainTypesIsTypedOnceItsEngineClauseIsSetAside() {
    TableDefinition t =
        Samples.table(
            "CREATE TABLE hits (ts DateTime64(3), user_id UInt64) ENGINE = MergeTree() ORDER BY ts;");

    assertThat(t.status()).isEqualTo(DdlStatus.TYPED);
    assertThat(t.columns())
        .extracting(ColumnDefinition::type)
        .containsExactly("DateTime64(3)", "UInt64");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // Cassandra CQL: a partition key in double parentheses
        "CREATE TABLE ks.events (tenant uuid, at timeuuid, PRIMARY KEY ((tenant), at)) WITH CLUSTERING ORDER BY (at DESC);",
        // SQL Server: bracketed names and (max)
        "CREATE TABLE [dbo].[Users] ([Id] INT PRIMARY KEY, [Name] NVARCHAR(max));",
        // a mistake: a trailing comma
        "CREATE TABLE t (a INT,);",
        // no column list at all
        "CREATE TABLE copy AS SELECT * FROM original;"
      })
  void ddlTheParserCannotReadIsTextOnlyAndSaysWhy(String ddl) {
    TableDefinition t = Samples.table(ddl);

    assertThat(t.status()).isEqualTo(DdlStatus.UNREADABLE);
    assertThat(t.problem()).hasValueSatisfying(p -> assertThat(p).isNotBlank());
    assertThat(t.columns()).isEmpty();
    assertThat(t.primaryKey()).isEmpty();
  }

  @Test
  void aParserStopIsPlacedOnTheLineOfTheDdlWhereItHappens() {
    TableDefinition t = Samples.table("-- first\nCREATE TABLE t (\n  a INT,\n  b INT,\n);\n");

    assertThat(t.problem()).hasValueSatisfying(p -> assertThat(p).contains("line 5"));
  }

  @Test
  void prismaModelsAndColumnTablesAreNotSqlAndNothingIsWrong() {
    TableDefinition t = Samples.table("model User {\n  id Int @id\n}\n");

    assertThat(t.status()).isEqualTo(DdlStatus.NO_SQL);
    assertThat(t.problem()).isEmpty();
    assertThat(t.name()).isEqualTo("t0");
  }

  @Test
  void aPartitionOfAnotherTableIsNotTheTableOfItsBlock() {
    TableDefinition t =
        Samples.table(
            """
            CREATE TABLE issues (event_id TEXT NOT NULL, user_id BIGINT NOT NULL,
              PRIMARY KEY (event_id, user_id)) PARTITION BY LIST (event_id);
            CREATE TABLE issues_2605 PARTITION OF issues FOR VALUES IN ('2605');
            """);

    assertThat(t.name()).isEqualTo("issues");
    assertThat(t.primaryKey()).containsExactly("event_id", "user_id");
  }

  @Test
  void theTableNamedByTheHeadingIsChosenFromABlockOfSeveral() {
    var schema =
        new dev.plandoc.model.DatabaseSchemaBuilder()
            .addTables(
                new dev.plandoc.model.TableSpec(
                    "items",
                    "sql",
                    "CREATE TABLE orders (id INT);\nCREATE TABLE items (sku TEXT);",
                    List.of()))
            .build();

    var view = SqlDdlParser.create().parse(schema);

    assertThat(view.tables().get(0).name()).isEqualTo("items");
    assertThat(view.otherTables()).containsExactly("orders");
  }

  @Test
  void aColumnWithoutDefaultHasNone() {
    assertThat(column(Samples.table("CREATE TABLE t (a INT NOT NULL);"), "a").defaultValue())
        .isEqualTo(Optional.empty());
  }
}
