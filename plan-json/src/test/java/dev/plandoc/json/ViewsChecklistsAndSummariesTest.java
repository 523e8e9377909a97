package dev.plandoc.json;

import static dev.plandoc.json.MalformedInputTest.HEAD;
import static dev.plandoc.json.MalformedInputTest.fails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plandoc.model.ApiDesignBuilder;
import dev.plandoc.model.ArchitectureBuilder;
import dev.plandoc.model.DatabaseSchemaBuilder;
import dev.plandoc.model.EndpointSpecBuilder;
import dev.plandoc.model.ExternalServicesBuilder;
import dev.plandoc.model.Language;
import dev.plandoc.model.Milestone;
import dev.plandoc.model.MilestonesBuilder;
import dev.plandoc.model.NextStepsBuilder;
import dev.plandoc.model.Plan;
import dev.plandoc.model.RawMarkdown;
import dev.plandoc.model.ResponseSpecBuilder;
import dev.plandoc.model.RiskBuilder;
import dev.plandoc.model.RisksBuilder;
import dev.plandoc.model.ServiceSpecBuilder;
import dev.plandoc.model.Step;
import dev.plandoc.model.TableSpecBuilder;
import dev.plandoc.model.format.PlanFormatException;
import dev.plandoc.model.format.PlanReader;
import dev.plandoc.model.value.DurationText;
import dev.plandoc.model.value.HttpMethod;
import dev.plandoc.model.value.HttpMethodText;
import dev.plandoc.model.value.StatusCodeText;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Items that are views over kept Markdown ({@code viewOf}), checklist steps ({@code checked}) and
 * one-line responses ({@code summary}): written, read back equal in JSON and YAML, valid against
 * the schema, and rejected with a pointer when they are wrong.
 */
class ViewsChecklistsAndSummariesTest {
  static final PlanReader LENIENT_JSON = JsonPlanReader.builder().build();
  static final PlanReader LENIENT_YAML = YamlPlanReader.builder().build();

  static final String ENDPOINT_TABLE = "| Method | Path |\n|---|---|\n| GET | /a |";

  /** A plan with a view in every section whose items can be views, a checklist and a summary. */
  static Plan plan() {
    var view =
        new EndpointSpecBuilder()
            .name("GET /a")
            .method(HttpMethodText.of(HttpMethod.GET))
            .path("/a")
            .viewOf("")
            .build();
    var noContent =
        new ResponseSpecBuilder()
            .label("Response")
            .status(StatusCodeText.of(204))
            .body("")
            .summary("No Content")
            .build();
    var own =
        new EndpointSpecBuilder()
            .name("삭제")
            .method(HttpMethodText.of(HttpMethod.DELETE))
            .path("/a/{id}")
            .addResponses(noContent)
            .build();
    return Plan.builder()
        .title("t")
        .language(Language.ENGLISH)
        .architecture(
            new ArchitectureBuilder()
                .addDataFlow(new Step("x", Optional.of(false), Optional.empty()))
                .build())
        .apiDesign(
            new ApiDesignBuilder()
                .addEndpoints(view, own)
                .addExtras(new RawMarkdown("", ENDPOINT_TABLE))
                .build())
        .databaseSchema(
            new DatabaseSchemaBuilder()
                .addTables(
                    new TableSpecBuilder()
                        .name("a")
                        .ddlLanguage("sql")
                        .ddl("CREATE TABLE a (id INT);")
                        .viewOf("")
                        .build())
                .addExtras(
                    new RawMarkdown(
                        "", "```sql\nCREATE TABLE a (id INT);\nCREATE TABLE b ();\n```"))
                .build())
        .externalServices(
            new ExternalServicesBuilder()
                .addServices(
                    new ServiceSpecBuilder().name("S3").purpose("files").viewOf("").build())
                .addExtras(new RawMarkdown("", "| Service | Purpose |\n|---|---|\n| S3 | files |"))
                .build())
        .milestones(
            new MilestonesBuilder()
                .addMilestones(
                    new Milestone(
                        "1", "API", new DurationText("2일"), Map.of(), Optional.of("milestones")),
                    new Milestone("2", "UI", new DurationText("1일"), Map.of()))
                .addExtras(new RawMarkdown("milestones", "- 1: API (2일)"))
                .build())
        .risks(
            new RisksBuilder()
                .addRisks(new RiskBuilder().title("r").viewOf("").build())
                .addExtras(new RawMarkdown("", "| Risk |\n|---|\n| r |"))
                .build())
        .nextSteps(
            new NextStepsBuilder()
                .addSteps(
                    new Step("a", Optional.of(true), Optional.of("")),
                    new Step("b", Optional.of(false), Optional.empty()))
                .addExtras(new RawMarkdown("", "- [x] a"))
                .build())
        .build();
  }

  @Test
  void viewsChecklistsAndSummariesRoundTripThroughJsonAndYaml() {
    Plan plan = plan();
    RoundTrips.assertJsonRoundTrip(plan);
    RoundTrips.assertCompactJsonRoundTrip(plan);
    RoundTrips.assertYamlRoundTrip(plan);
  }

  @Test
  void viewOfComesLastAndEmptyValuesAreLeftOut() {
    String json = RoundTrips.JSON_COMPACT_WRITER.write(plan());
    assertThat(json)
        .contains("{\"name\":\"GET /a\",\"method\":\"GET\",\"path\":\"/a\",\"viewOf\":\"\"}")
        .contains("{\"label\":\"Response\",\"status\":204,\"summary\":\"No Content\"}")
        .contains("\"steps\":[{\"text\":\"a\",\"checked\":true,\"viewOf\":\"\"},")
        .contains("{\"text\":\"b\",\"checked\":false}]")
        .contains("\"dataFlow\":[{\"text\":\"x\",\"checked\":false}]")
        .contains(
            "\"ddl\":\"CREATE TABLE a (id INT);\",\"definition\":{\"columns\":"
                + "[{\"name\":\"id\",\"type\":\"INT\",\"nullable\":true}]},\"viewOf\":\"\"}")
        .contains("\"text\":\"2일\"},\"viewOf\":\"milestones\"}")
        .contains("{\"title\":\"r\",\"viewOf\":\"\"}");
    // An item of its own has no viewOf, a plain step no checked, a response no summary.
    assertThat(json).contains("{\"name\":\"삭제\",\"method\":\"DELETE\",\"path\":\"/a/{id}\",\"resp");
    assertThat(json).contains("\"text\":\"1일\"}}],");
    String yaml = RoundTrips.YAML_WRITER.write(plan());
    assertThat(yaml).contains("    checked: true\n    viewOf: \"\"\n");
  }

  @Test
  void jsonWithViewsChecklistsAndSummariesValidatesAgainstTheSchema() {
    String json = RoundTrips.JSON_WRITER.write(plan());
    assertThat(SchemaTest.validate(json)).as(json).isEmpty();
  }

  @Test
  void schemaRejectsACheckedThatIsNotABoolean() {
    assertThat(
            SchemaTest.validate(
                HEAD + ", \"nextSteps\": {\"steps\": [{\"text\": \"a\", \"checked\": \"yes\"}]}}"))
        .isNotEmpty();
  }

  @ParameterizedTest(name = "strict {0}")
  @ValueSource(booleans = {false, true})
  void viewOfAnAnchorTheSectionDoesNotKeepFailsAtTheView(boolean strict) {
    PlanReader reader = JsonPlanReader.builder().strict(strict).build();
    String doc =
        HEAD
            + ",\n \"apiDesign\": {\"endpoints\": [{\"name\": \"own\"},\n"
            + "  {\"name\": \"GET /a\", \"viewOf\": \"endpoints/7\"}],\n"
            + "  \"extras\": [{\"markdown\": \"| GET | /a |\"}]}}";
    PlanFormatException e = fails(reader, doc);
    assertThat(e.path()).as(e.describe()).isEqualTo("/apiDesign/endpoints/1/viewOf");
    assertThat(e.position().orElseThrow().line()).isEqualTo(3);
    assertThat(e.getMessage())
        .startsWith("invalid value: apiDesign.endpoints: ")
        .contains("at anchor 'endpoints/7'")
        .endsWith("; the extras are at the anchors \"\"");
  }

  @Test
  void viewOfInASectionWithoutExtrasSaysThereAreNone() {
    PlanFormatException e =
        fails(
            LENIENT_YAML,
            "schemaVersion: 1\ntitle: t\nlanguage: ko\nnextSteps:\n  steps:\n"
                + "  - text: a\n    viewOf: \"\"\n");
    assertThat(e.path()).isEqualTo("/nextSteps/steps/0/viewOf");
    assertThat(e.getMessage()).contains("at anchor ''").endsWith("; there are no extras");
  }

  @Test
  void anotherRejectionOfASectionWithAViewStaysAtTheSection() {
    // The extras anchor names no part (the only risk is a view, so there is no risks/0): the view
    // itself is fine once it is, so the rejection is not blamed on it.
    PlanFormatException e =
        fails(
            LENIENT_JSON,
            HEAD
                + ",\n \"risks\": {\"risks\": [{\"title\": \"r\", \"viewOf\": \"risks/0\"}],"
                + " \"extras\": [{\"anchor\": \"risks/0\", \"markdown\": \"m\"}]}}");
    assertThat(e.path()).isEqualTo("/risks");
    assertThat(e.getMessage()).contains("names no part");
  }

  @ParameterizedTest(name = "strict {0}")
  @ValueSource(booleans = {false, true})
  void checkedThatIsNotABooleanFailsWithItsPointer(boolean strict) {
    PlanFormatException json =
        fails(
            JsonPlanReader.builder().strict(strict).build(),
            HEAD + ",\n \"nextSteps\": {\"steps\": [{\"text\": \"a\", \"checked\": \"yes\"}]}}");
    assertThat(json.path()).isEqualTo("/nextSteps/steps/0/checked");
    assertThat(json.getMessage())
        .isEqualTo("expected a boolean (true or false), found the string \"yes\"");
    // In YAML a plain scalar is text where text is expected, but a flag is not text.
    PlanFormatException yaml =
        fails(
            YamlPlanReader.builder().strict(strict).build(),
            "schemaVersion: 1\ntitle: t\nlanguage: ko\narchitecture:\n  dataFlow:\n"
                + "  - text: a\n    checked: 1\n");
    assertThat(yaml.path()).isEqualTo("/architecture/dataFlow/0/checked");
    assertThat(yaml.getMessage()).startsWith("expected a boolean");
  }

  @Test
  void viewOfAndSummaryThatAreNotStringsFailWithTheirPointer() {
    PlanFormatException viewOf =
        fails(
            LENIENT_JSON,
            HEAD + ",\n \"risks\": {\"risks\": [{\"title\": \"r\", \"viewOf\": 0}]}}");
    assertThat(viewOf.path()).isEqualTo("/risks/risks/0/viewOf");
    assertThat(viewOf.getMessage()).startsWith("expected a string");
    PlanFormatException summary =
        fails(
            LENIENT_JSON,
            HEAD
                + ",\n \"apiDesign\": {\"endpoints\": [{\"name\": \"n\", \"responses\":"
                + " [{\"label\": \"Response\", \"status\": 204, \"summary\": \"\"}]}]}}");
    assertThat(summary.path()).isEqualTo("/apiDesign/endpoints/0/responses/0");
    assertThat(summary.getMessage())
        .isEqualTo("invalid value: a response summary must not be empty");
  }

  @Test
  void yamlReadsTheFieldsWithTheirPositions() {
    var read =
        LENIENT_YAML.read(
            "schemaVersion: 1\ntitle: t\nlanguage: ko\nnextSteps:\n  steps:\n"
                + "  - text: a\n    checked: true\n    viewOf: ''\n  extras:\n  - markdown: '- [x] a'\n");
    assertThat(read.diagnostics()).isEmpty();
    Step step = read.plan().nextSteps().orElseThrow().steps().get(0);
    assertThat(step.checked()).contains(true);
    assertThat(step.viewOf()).contains("");
    assertThat(read.sourceMap().find("nextSteps.steps[0].checked")).isPresent();
  }
}
