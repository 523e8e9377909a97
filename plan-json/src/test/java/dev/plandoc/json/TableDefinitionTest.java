package dev.plandoc.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plandoc.model.DatabaseSchemaBuilder;
import dev.plandoc.model.Plan;
import dev.plandoc.model.TableSpec;
import dev.plandoc.model.check.Diagnostic;
import dev.plandoc.model.format.PlanFormatException;
import dev.plandoc.model.format.PlanReader;
import dev.plandoc.model.format.ReadResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A table's derived {@code definition}: written beside its DDL when the parser reads it, recomputed
 * on reading (a contradicting one is PLAN-J002, the DDL kept), and refused by patches.
 */
class TableDefinitionTest {
  private static final String DDL =
      "CREATE TABLE users (id UUID PRIMARY KEY, email VARCHAR(320) NOT NULL UNIQUE,"
          + " team_id INT REFERENCES teams (id));\nCREATE INDEX idx_users_team ON users (team_id);";

  private static final PlanReader LENIENT = JsonPlanReader.builder().build();

  private static Plan plan(String ddl) {
    return Plan.builder()
        .title("t")
        .databaseSchema(
            new DatabaseSchemaBuilder()
                .addTables(new TableSpec("users", "sql", ddl, List.of()))
                .build())
        .build();
  }

  @Test
  void aTypedTableIsWrittenWithItsDefinitionAfterItsDdl() {
    String json = RoundTrips.JSON_COMPACT_WRITER.write(plan(DDL));

    assertThat(json)
        .contains(
            "\"definition\":{\"columns\":[{\"name\":\"id\",\"type\":\"UUID\",\"nullable\":false,"
                + "\"primaryKey\":true},{\"name\":\"email\",\"type\":\"VARCHAR(320)\",\"nullable\":false,"
                + "\"unique\":true},{\"name\":\"team_id\",\"type\":\"INT\",\"nullable\":true,"
                + "\"references\":{\"table\":\"teams\",\"columns\":[\"id\"]}}],\"primaryKey\":[\"id\"],"
                + "\"indexes\":[{\"name\":\"idx_users_team\",\"columns\":[\"team_id\"]}],"
                + "\"foreignKeys\":[{\"columns\":[\"team_id\"],\"references\":{\"table\":\"teams\","
                + "\"columns\":[\"id\"]}}]}");
  }

  @Test
  void aTableWhoseDdlIsNotReadHasNoDefinition() {
    assertThat(
            RoundTrips.JSON_COMPACT_WRITER.write(
                plan("CREATE TABLE e (n LowCardinality(String));")))
        .doesNotContain("\"definition\"");
    assertThat(RoundTrips.JSON_COMPACT_WRITER.write(plan(""))).doesNotContain("\"definition\"");
  }

  @Test
  void theWrittenDefinitionReadsBackWithoutADiagnosticInJsonAndYaml() {
    Plan plan = plan(DDL);

    ReadResult json = RoundTrips.JSON_READER.read(RoundTrips.JSON_WRITER.write(plan));
    ReadResult yaml = RoundTrips.YAML_READER.read(RoundTrips.YAML_WRITER.write(plan));

    assertThat(json.plan()).isEqualTo(plan);
    assertThat(yaml.plan()).isEqualTo(plan);
    assertThat(json.diagnostics()).extracting(Diagnostic::code).doesNotContain("PLAN-J002");
    assertThat(yaml.diagnostics()).extracting(Diagnostic::code).doesNotContain("PLAN-J002");
  }

  @Test
  void anEditedDefinitionIsReportedAtItsPlaceAndTheDdlIsKept() {
    String json = RoundTrips.JSON_WRITER.write(plan(DDL)).replace("\"VARCHAR(320)\"", "\"TEXT\"");

    ReadResult read = LENIENT.read(json);

    assertThat(read.plan()).isEqualTo(plan(DDL));
    assertThat(read.diagnostics())
        .filteredOn(d -> d.code().equals("PLAN-J002"))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.path()).isEqualTo("/databaseSchema/tables/0/definition");
              assertThat(d.message()).contains("change the ddl");
              assertThat(d.position()).isPresent();
            });
  }

  @Test
  void aStrictReaderRefusesAContradictingDefinition() {
    String json =
        RoundTrips.JSON_COMPACT_WRITER
            .write(plan(DDL))
            .replace("\"primaryKey\":[\"id\"]", "\"primaryKey\":[\"email\"]");
    assertThat(json).contains("\"primaryKey\":[\"email\"]");

    assertThatThrownBy(() -> RoundTrips.JSON_READER.read(json))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("derived from the ddl");
  }

  @Test
  void aDefinitionForATableWithoutSqlIsReported() {
    String json =
        RoundTrips.JSON_COMPACT_WRITER
            .write(plan(""))
            .replace("\"name\":\"users\"", "\"name\":\"users\",\"definition\":{\"columns\":[]}");
    assertThat(json).contains("\"definition\"");

    assertThat(LENIENT.read(json).diagnostics())
        .filteredOn(d -> d.code().equals("PLAN-J002"))
        .singleElement()
        .satisfies(d -> assertThat(d.message()).contains("NO_SQL"));
  }

  @Test
  void aPatchIntoADefinitionIsRefusedWithThePlaceToEditInstead() {
    PlanPatch patch =
        PlanPatch.builder()
            .replace("/databaseSchema/tables/0/definition/columns/1/type", "TEXT")
            .build();

    assertThatThrownBy(() -> patch.apply(plan(DDL)))
        .isInstanceOf(PlanPatchException.class)
        .hasMessageContaining("derived from the table's DDL")
        .hasMessageContaining("/databaseSchema/tables/0/ddl");
  }

  @Test
  void settingAValueInADefinitionIsRefusedToo() {
    assertThatThrownBy(
            () ->
                PlanPointer.parse("/databaseSchema/tables/0/definition/primaryKey")
                    .set(plan(DDL), "email"))
        .isInstanceOf(PlanPatchException.class)
        .hasMessageContaining("/databaseSchema/tables/0/ddl");
  }

  @Test
  void aPatchOfTheDdlChangesTheDefinitionWithIt() {
    Plan patched =
        PlanPatch.builder()
            .replace("/databaseSchema/tables/0/ddl", "CREATE TABLE users (id BIGINT PRIMARY KEY);")
            .build()
            .apply(plan(DDL));

    assertThat(RoundTrips.JSON_COMPACT_WRITER.write(patched))
        .contains("\"definition\":{\"columns\":[{\"name\":\"id\",\"type\":\"BIGINT\"");
  }
}
