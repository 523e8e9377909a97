package dev.plandoc.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plandoc.markdown.MarkdownPlanReader;
import dev.plandoc.model.Plan;
import dev.plandoc.model.check.Diagnostic;
import dev.plandoc.model.check.PlanValidator;
import dev.plandoc.model.check.Rule;
import dev.plandoc.model.ddl.DdlParser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The validator's DDL rules, with this module's parser installed. */
class DdlRulesTest {
  static final List<String> PLANS = Samples.WITH_TABLES;

  private static List<Diagnostic> ddlDiagnostics(String... ddl) {
    Plan plan = Plan.builder().databaseSchema(Samples.schema(ddl)).build();
    return PlanValidator.create().validate(plan).stream()
        .filter(d -> d.code().matches("PLAN-[EWI]007"))
        .toList();
  }

  @Test
  void thisModulesParserIsTheInstalledOne() {
    assertThat(DdlParser.installed()).containsInstanceOf(SqlDdlParser.class);
  }

  @Test
  void anIndexOnAColumnTheTableDoesNotHaveIsAnError() {
    List<Diagnostic> found =
        ddlDiagnostics(
            "CREATE TABLE users (id INT, email TEXT);\nCREATE INDEX idx_mail ON users (e_mail);\nCREATE INDEX idx_low ON users (lower(email));");

    assertThat(found)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo(Rule.INDEX_ON_UNKNOWN_COLUMN.code());
              assertThat(d.path()).isEqualTo("databaseSchema.tables[0].ddl");
              assertThat(d.message()).contains("idx_mail", "e_mail", "users");
            });
  }

  @Test
  void aForeignKeyToATableThePlanDoesNotKnowIsAWarning() {
    List<Diagnostic> found =
        ddlDiagnostics(
            "CREATE TABLE posts (id INT, author INT REFERENCES authors (id), team INT REFERENCES app.teams);",
            "CREATE TABLE teams (id INT PRIMARY KEY);\nALTER TABLE members ADD COLUMN x INT;",
            "CREATE TABLE likes (member INT REFERENCES members (id), post INT REFERENCES posts (id));");

    assertThat(found)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo(Rule.FOREIGN_KEY_TO_UNKNOWN_TABLE.code());
              assertThat(d.path()).isEqualTo("databaseSchema.tables[0].ddl");
              assertThat(d.message()).contains("authors");
            });
  }

  @Test
  void ddlTheParserCannotReadIsAHintWithTheReason() {
    List<Diagnostic> found =
        ddlDiagnostics(
            "CREATE TABLE e (name LowCardinality(String)) ENGINE = MergeTree ORDER BY name;");

    assertThat(found)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo(Rule.UNREADABLE_DDL.code());
              assertThat(d.message()).contains("kept as text only", "LowCardinality(String)");
            });
  }

  @Test
  void theDdlRulesCanBeTurnedOff() {
    Plan plan =
        Plan.builder()
            .databaseSchema(Samples.schema("CREATE TABLE t (a INT REFERENCES nowhere);"))
            .build();

    assertThat(
            PlanValidator.create()
                .without(Rule.FOREIGN_KEY_TO_UNKNOWN_TABLE)
                .validate(plan)
                .stream()
                .map(Diagnostic::code))
        .doesNotContain(Rule.FOREIGN_KEY_TO_UNKNOWN_TABLE.code());
  }

  @ParameterizedTest
  @FieldSource("PLANS")
  void noSamplePlanHasAnIndexOnAMissingColumnOrUnreadableDdl(String resource) {
    var read = MarkdownPlanReader.builder().build().read(Samples.text(resource));

    assertThat(read.diagnostics())
        .extracting(Diagnostic::code)
        .doesNotContain(Rule.INDEX_ON_UNKNOWN_COLUMN.code(), Rule.UNREADABLE_DDL.code());
  }

  @Test
  void aTableThePlanAltersIsKnownToTheForeignKeysThatReferenceIt() {
    // albums, photos … reference users, which the plan only alters (ALTER TABLE users ADD COLUMN)
    var read =
        MarkdownPlanReader.builder().build().read(Samples.text("wild/shared-photo-albums.en.md"));

    assertThat(read.diagnostics())
        .extracting(Diagnostic::code)
        .doesNotContain(Rule.FOREIGN_KEY_TO_UNKNOWN_TABLE.code());
  }

  @Test
  void aDdlDiagnosticOfAMarkdownPlanIsPlacedAtItsTable() {
    String markdown =
        """
        # PLAN: t

        ## 4. 데이터베이스 스키마

        ### 테이블: posts

        ```sql
        CREATE TABLE posts (id INT PRIMARY KEY, author INT REFERENCES authors (id));
        ```
        """;

    var read = MarkdownPlanReader.builder().build().read(markdown);

    assertThat(read.diagnostics())
        .filteredOn(d -> d.code().equals(Rule.FOREIGN_KEY_TO_UNKNOWN_TABLE.code()))
        .singleElement()
        .satisfies(d -> assertThat(d.position().orElseThrow().line()).isBetween(5, 9));
  }
}
