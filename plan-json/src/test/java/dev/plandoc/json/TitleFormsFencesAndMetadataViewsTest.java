package dev.plandoc.json;

import static dev.plandoc.json.MalformedInputTest.HEAD;
import static dev.plandoc.json.MalformedInputTest.fails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plandoc.model.Language;
import dev.plandoc.model.MetadataBuilder;
import dev.plandoc.model.Plan;
import dev.plandoc.model.TitleForm;
import dev.plandoc.model.check.SourcePosition;
import dev.plandoc.model.format.PlanFormatException;
import dev.plandoc.model.format.PlanReader;
import dev.plandoc.model.format.ReadResult;
import dev.plandoc.model.value.DateText;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A title heading's own form ({@code titleForm}), the code fence a document was wrapped in ({@code
 * enclosingFence}) and metadata that is a view over the content around the title ({@code
 * metadata.viewOf}): written, read back equal in JSON and YAML, valid against the schema, and
 * rejected with a pointer at the property to fix when they are wrong.
 */
class TitleFormsFencesAndMetadataViewsTest {
  static final PlanReader LENIENT_JSON = JsonPlanReader.builder().build();
  static final PlanReader LENIENT_YAML = YamlPlanReader.builder().build();

  /** A chat-style Korean plan: a heading of its own, a blockquote as metadata, a fence around. */
  static Plan afterTitleView() {
    return Plan.builder()
        .title("헬스장 GX 수업 예약")
        .afterTitle("> 작성자: 이서준")
        .metadata(new MetadataBuilder().author("이서준").viewOf("afterTitle").build())
        .titleForm(new TitleForm("", " 설계 문서"))
        .enclosingFence("```markdown")
        .build();
  }

  /** An English plan with front matter as metadata, text on both sides of the title, tildes. */
  static Plan beforeTitleView() {
    return Plan.builder()
        .title("Feature Flags")
        .language(Language.ENGLISH)
        .beforeTitle("---\ndate: 2026-03-09\n---")
        .metadata(
            new MetadataBuilder().date(new DateText("2026-03-09")).viewOf("beforeTitle").build())
        .titleForm(new TitleForm("Plan: ", " (v2)"))
        .enclosingFence("~~~ md")
        .build();
  }

  @Test
  void titleFormsFencesAndMetadataViewsRoundTripThroughJsonAndYaml() {
    for (Plan plan : List.of(afterTitleView(), beforeTitleView())) {
      RoundTrips.assertJsonRoundTrip(plan);
      RoundTrips.assertCompactJsonRoundTrip(plan);
      RoundTrips.assertYamlRoundTrip(plan);
    }
  }

  @Test
  void thePlanLevelPropertiesComeLastInModelOrderAndViewOfLastInTheMetadata() {
    String json = RoundTrips.JSON_COMPACT_WRITER.write(afterTitleView());
    assertThat(json)
        .startsWith("{\"schemaVersion\":2,\"title\":\"헬스장 GX 수업 예약\",\"language\":\"ko\",")
        .contains("\"metadata\":{\"author\":\"이서준\",\"viewOf\":\"afterTitle\"}")
        // An empty text of the form is written: it is part of the form, not a default.
        .endsWith(
            ",\"titleForm\":{\"before\":\"\",\"after\":\" 설계 문서\"},"
                + "\"enclosingFence\":\"```markdown\"}\n");
    String yaml = RoundTrips.YAML_WRITER.write(afterTitleView());
    assertThat(yaml)
        .contains("  viewOf: afterTitle\n")
        .endsWith("titleForm:\n  before: \"\"\n  after: ' 설계 문서'\nenclosingFence: '```markdown'\n");
    assertThat(RoundTrips.JSON_COMPACT_WRITER.write(Plan.builder().title("t").build()))
        .doesNotContain("titleForm")
        .doesNotContain("enclosingFence")
        .doesNotContain("viewOf");
  }

  @Test
  void jsonWithTitleFormsFencesAndMetadataViewsValidatesAgainstTheSchema() {
    for (Plan plan : List.of(afterTitleView(), beforeTitleView())) {
      String json = RoundTrips.JSON_WRITER.write(plan);
      assertThat(SchemaTest.validate(json)).as(json).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "\"enclosingFence\": \"markdown\"",
        "\"enclosingFence\": \"```markdown \"",
        "\"enclosingFence\": \"~~~ `x`\"",
        "\"enclosingFence\": \"``\"",
        "\"titleForm\": {\"after\": \" 문서\"}",
        "\"titleForm\": {\"before\": \" x\", \"after\": \"\"}",
        "\"titleForm\": {\"before\": \"\", \"after\": \"x \"}",
        "\"metadata\": {\"viewOf\": \"fields\"}",
      })
  void schemaRejectsWhatTheModelRejects(String property) {
    assertThat(SchemaTest.validate(HEAD + ", " + property + "}")).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "titleForm as string | \"titleForm\": \"설계 문서\" | /titleForm"
            + " | expected a title form (an object), found the string",
        "before as number | \"titleForm\": {\"before\": 1, \"after\": \"\"} | /titleForm/before"
            + " | expected a string",
        "missing after | \"titleForm\": {\"before\": \"\"} | /titleForm/after"
            + " | missing required property 'after'",
        "fence as array | \"enclosingFence\": [\"```\"] | /enclosingFence | expected a string",
        "viewOf as boolean | \"metadata\": {\"viewOf\": true} | /metadata/viewOf"
            + " | expected a string",
      })
  void wrongTypesFailWithTheirPointer(String what, String property, String pointer, String msg) {
    for (boolean strict : new boolean[] {false, true}) {
      PlanFormatException e =
          fails(JsonPlanReader.builder().strict(strict).build(), HEAD + ",\n " + property + "}");
      assertThat(e.path()).as(e.describe()).isEqualTo(pointer);
      assertThat(e.getMessage()).as(e.describe()).startsWith(msg);
      assertThat(e.position().orElseThrow().line()).isEqualTo(2);
    }
  }

  @ParameterizedTest(name = "strict {0}")
  @ValueSource(booleans = {false, true})
  void metadataViewOfContentThePlanDoesNotHaveFailsAtViewOf(boolean strict) {
    PlanFormatException json =
        fails(
            JsonPlanReader.builder().strict(strict).build(),
            HEAD + ",\n \"metadata\": {\"author\": \"이서준\",\n  \"viewOf\": \"afterTitle\"}}");
    assertThat(json.path()).as(json.describe()).isEqualTo("/metadata/viewOf");
    assertThat(json.position().orElseThrow().line()).isEqualTo(3);
    assertThat(json.getMessage())
        .startsWith(
            "invalid value: metadata is a view over the plan's 'afterTitle', which the plan")
        .endsWith("; the plan has neither beforeTitle nor afterTitle");
    // With the other content there, the message says so: the view is probably of that one.
    PlanFormatException yaml =
        fails(
            YamlPlanReader.builder().strict(strict).build(),
            "schemaVersion: 1\ntitle: t\nlanguage: ko\nbeforeTitle: '<!-- x -->'\n"
                + "metadata:\n  viewOf: afterTitle\n");
    assertThat(yaml.path()).isEqualTo("/metadata/viewOf");
    assertThat(yaml.position()).contains(new SourcePosition(6, 11));
    assertThat(yaml.getMessage()).endsWith("; the plan has beforeTitle");
  }

  /** Each is rejected by the model; the rejection is reported at the property to fix. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "fence without its backticks | \"title\": \"t\", \"enclosingFence\": \"markdown\""
            + " | /enclosingFence | enclosingFence must be a code fence's opening line",
        "fence with a trailing space | \"title\": \"t\", \"enclosingFence\": \"~~~ md \""
            + " | /enclosingFence | enclosingFence must not start or end with whitespace",
        "form of an untitled plan | \"title\": \"\","
            + " \"titleForm\": {\"before\": \"\", \"after\": \" 설계 문서\"}"
            + " | /titleForm | a title form needs a title",
        "form ending with a space | \"title\": \"t\","
            + " \"titleForm\": {\"before\": \"\", \"after\": \" 문서 \"}"
            + " | /titleForm | a title heading does not start or end with white space",
        "metadata view of its own fields | \"title\": \"t\","
            + " \"metadata\": {\"viewOf\": \"fields\"} | /metadata/viewOf"
            + " | metadata can be a view over beforeTitle or afterTitle, not 'fields'",
      })
  void valuesTheModelRejectsFailAtTheirProperty(
      String what, String property, String pointer, String message) {
    PlanFormatException e =
        fails(LENIENT_JSON, "{\"schemaVersion\": 1, \"language\": \"ko\",\n " + property + "}");
    assertThat(e.path()).as(e.describe()).isEqualTo(pointer);
    assertThat(e.position().orElseThrow().line()).isEqualTo(2);
    assertThat(e.getMessage()).as(e.describe()).startsWith("invalid value: " + message);
  }

  @Test
  void yamlNumberAsAFenceIsTextThatTheModelRejectsAtTheFence() {
    PlanFormatException e =
        fails(LENIENT_YAML, "schemaVersion: 1\ntitle: t\nlanguage: ko\nenclosingFence: 3\n");
    assertThat(e.path()).isEqualTo("/enclosingFence");
    assertThat(e.getMessage()).endsWith("such as ```markdown: '3'");
  }

  @Test
  void anotherRejectionOfThePlanStaysAtTheRoot() {
    // The view reads afterTitle, which is there; the plan is rejected for its missing title, so
    // neither the view nor the form is blamed.
    PlanFormatException e =
        fails(
            LENIENT_JSON,
            "{\"schemaVersion\": 1, \"title\": \"\", \"language\": \"ko\", \"afterTitle\": \"> x\","
                + " \"metadata\": {\"viewOf\": \"afterTitle\"}, \"enclosingFence\": \"```\"}");
    assertThat(e.path()).isEmpty();
    assertThat(e.getMessage()).contains("afterTitle needs a title");
  }

  @Test
  void unknownPropertyOfATitleFormIsReportedAtItsPointer() {
    String doc =
        HEAD + ", \"titleForm\": {\"before\": \"\", \"after\": \" 문서\", \"middle\": \"x\"}}";
    ReadResult lenient = LENIENT_JSON.read(doc);
    assertThat(lenient.diagnostics())
        .singleElement()
        .satisfies(d -> assertThat(d.path()).isEqualTo("/titleForm/middle"));
    assertThat(lenient.plan().titleHeading()).isEqualTo("t 문서");
    assertThat(fails(RoundTrips.JSON_READER, doc).path()).isEqualTo("/titleForm/middle");
  }

  @Test
  void yamlReadsTheFieldsWithTheirPositions() {
    ReadResult read =
        LENIENT_YAML.read(
            "schemaVersion: 1\ntitle: GX 예약\nlanguage: ko\nafterTitle: '> 작성자: 이서준'\n"
                + "metadata:\n  author: 이서준\n  viewOf: afterTitle\n"
                + "titleForm:\n  before: ''\n  after: ' 설계 문서'\nenclosingFence: '```markdown'\n");
    assertThat(read.diagnostics()).isEmpty();
    assertThat(read.plan().titleHeading()).isEqualTo("GX 예약 설계 문서");
    assertThat(read.plan().enclosingFence()).contains("```markdown");
    assertThat(read.plan().metadata().orElseThrow().viewOf()).contains("afterTitle");
    assertThat(read.sourceMap().find("metadata.viewOf")).contains(new SourcePosition(7, 11));
    assertThat(read.sourceMap().find("titleForm.after")).contains(new SourcePosition(10, 10));
    assertThat(read.sourceMap().find("enclosingFence")).contains(new SourcePosition(11, 17));
  }
}
