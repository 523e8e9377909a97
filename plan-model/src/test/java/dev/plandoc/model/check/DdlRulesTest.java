package dev.plandoc.model.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plandoc.model.DatabaseSchemaBuilder;
import dev.plandoc.model.Plan;
import dev.plandoc.model.TableSpec;
import dev.plandoc.model.ddl.ColumnDefinitionBuilder;
import dev.plandoc.model.ddl.DdlParser;
import dev.plandoc.model.ddl.DdlStatus;
import dev.plandoc.model.ddl.ForeignKeyDefinition;
import dev.plandoc.model.ddl.ForeignKeyTarget;
import dev.plandoc.model.ddl.IndexDefinition;
import dev.plandoc.model.ddl.SchemaDefinition;
import dev.plandoc.model.ddl.TableDefinition;
import dev.plandoc.model.ddl.TableDefinitionBuilder;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The DDL rules over a view a parser gives: the rules' logic, without a SQL parser. */
class DdlRulesTest {
  private static final Plan PLAN =
      Plan.builder()
          .title("t")
          .databaseSchema(
              new DatabaseSchemaBuilder()
                  .addTables(new TableSpec("posts", "sql", "…", List.of()))
                  .addTables(new TableSpec("Tags", "", "", List.of()))
                  .addTables(new TableSpec("events", "sql", "…", List.of()))
                  .build())
          .build();

  /** posts: an index on a missing column, and foreign keys to known and unknown tables. */
  private static final DdlParser PARSER =
      schema ->
          new SchemaDefinition(
              List.of(
                  new TableDefinitionBuilder()
                      .name("app.posts")
                      .status(DdlStatus.TYPED)
                      .addColumns(
                          new ColumnDefinitionBuilder()
                              .name("id")
                              .type("INT")
                              .nullable(false)
                              .primaryKey(true)
                              .unique(false)
                              .build())
                      .addIndexes(
                          new IndexDefinition(
                              Optional.of("idx_a"),
                              List.of("missing", "lower(id)", "ID"),
                              false,
                              Optional.empty(),
                              Optional.empty()))
                      .addForeignKeys(fk("authors"), fk("tags"), fk("app.users"), fk("posts"))
                      .build(),
                  TableDefinition.untyped("Tags", DdlStatus.NO_SQL, Optional.empty()),
                  TableDefinition.untyped(
                      "events", DdlStatus.UNREADABLE, Optional.of("the parser stops at line 2"))),
              List.of("users"));

  private static ForeignKeyDefinition fk(String table) {
    return new ForeignKeyDefinition(
        Optional.empty(), List.of("id"), new ForeignKeyTarget(table, List.of()));
  }

  private static List<Diagnostic> ddl(PlanValidator validator) {
    return validator.validate(PLAN).stream()
        .filter(d -> d.code().matches("PLAN-[EWI]007"))
        .toList();
  }

  @Test
  void eachDdlRuleReportsWhatTheViewShows() {
    assertThat(ddl(PlanValidator.create().withDdlParser(PARSER)))
        .extracting(d -> d.code() + " " + d.path() + " " + d.message())
        .containsExactly(
            "PLAN-E007 databaseSchema.tables[0].ddl index idx_a names column missing, which table"
                + " app.posts does not have",
            "PLAN-W007 databaseSchema.tables[0].ddl table app.posts references authors, which the"
                + " plan neither defines nor alters",
            "PLAN-I007 databaseSchema.tables[2].ddl the CREATE TABLE of events is kept as text"
                + " only: the parser stops at line 2");
  }

  @Test
  void withoutAParserTheDdlRulesReportNothing() {
    assertThat(ddl(PlanValidator.create())).isEmpty();
  }

  @Test
  void turnedOffDdlRulesDoNotEvenParse() {
    DdlParser failing =
        schema -> {
          throw new AssertionError("parsed although no DDL rule is on");
        };
    PlanValidator off =
        PlanValidator.create()
            .without(
                Rule.INDEX_ON_UNKNOWN_COLUMN,
                Rule.FOREIGN_KEY_TO_UNKNOWN_TABLE,
                Rule.UNREADABLE_DDL)
            .withDdlParser(failing);

    assertThat(ddl(off)).isEmpty();
  }
}
