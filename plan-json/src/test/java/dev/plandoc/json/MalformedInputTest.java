package dev.plandoc.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.plandoc.model.check.Diagnostic;
import dev.plandoc.model.check.Severity;
import dev.plandoc.model.check.SourcePosition;
import dev.plandoc.model.format.PlanFormatException;
import dev.plandoc.model.format.PlanReader;
import dev.plandoc.model.format.ReadResult;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Malformed, mistyped and invalid documents fail with a positioned PlanFormatException. */
class MalformedInputTest {
  static final PlanReader JSON = JsonPlanReader.builder().build();
  static final PlanReader YAML = YamlPlanReader.builder().build();
  static final String HEAD = "{\"schemaVersion\": 1, \"title\": \"t\", \"language\": \"ko\"";

  static PlanFormatException fails(PlanReader reader, String text) {
    PlanFormatException e =
        catchThrowableOfType(PlanFormatException.class, () -> reader.read(text));
    assertThat(e).as("no PlanFormatException for:%n%s", text).isNotNull();
    assertThat(e.position()).as(e.describe()).isPresent();
    return e;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "unclosed object | {\"schemaVersion\": 1, | 1:21",
        "trailing comma | {\"schemaVersion\": 1,} | 1:21",
        "bare word | {\"schemaVersion\": tru} | 1:19",
        "empty document | `` | 1:1",
        "two documents | {} {} | 1:4",
        "not an object | [1, 2] | 1:1",
        "single quotes | {'a': 1} | 1:2",
        "comment | {/* c */} | 1:2",
      })
  void malformedJsonFailsWithPosition(String what, String json, String at) {
    PlanFormatException e = fails(JSON, json);
    assertThat(e.position().orElseThrow().toString()).as(e.describe()).isEqualTo(at);
  }

  @Test
  void malformedYamlFailsWithPositionAndCleanMessage() {
    PlanFormatException e = fails(YAML, "schemaVersion: 1\ntitle: [unclosed\nlanguage: ko\n");
    assertThat(e.getMessage()).startsWith("malformed YAML").doesNotContain("\n");
    assertThat(e.position().orElseThrow().line()).isGreaterThanOrEqualTo(2);
    fails(YAML, "a: b\n  c: d\n");
    fails(YAML, "- just\n- a list\n");
    fails(YAML, "schemaVersion: 1\n---\nschemaVersion: 1\n");
    fails(YAML, "\"unterminated");
  }

  @Test
  void missingRequiredPropertiesAreNamedWithTheirPointer() {
    PlanFormatException title = fails(JSON, "{\"schemaVersion\": 1, \"language\": \"ko\"}");
    assertThat(title.getMessage()).isEqualTo("missing required property 'title'");
    assertThat(title.path()).isEqualTo("/title");
    assertThat(title.position()).contains(new SourcePosition(1, 1));

    PlanFormatException name =
        fails(JSON, HEAD + ",\n \"apiDesign\": {\"endpoints\": [\n  {\"method\": \"GET\"}]}}");
    assertThat(name.getMessage()).isEqualTo("missing required property 'name'");
    assertThat(name.path()).isEqualTo("/apiDesign/endpoints/0/name");
    assertThat(name.position()).contains(new SourcePosition(3, 3));

    PlanFormatException version = fails(JSON, "{\"title\": \"t\", \"language\": \"ko\"}");
    assertThat(version.path()).isEqualTo("/schemaVersion");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "before title as number | \"beforeTitle\": 1 | /beforeTitle | expected a string",
        "status as boolean | \"apiDesign\": {\"endpoints\": [{\"name\": \"n\", \"responses\":"
            + " [{\"label\": \"Response\", \"status\": true}]}]} | /apiDesign/endpoints/0/responses/0/status"
            + " | expected an HTTP status code",
        "status out of range | \"errorHandling\": {\"errorClasses\": [{\"code\": 999}]}"
            + " | /errorHandling/errorClasses/0/code | not from 100 to 599",
        "list as object | \"nextSteps\": {\"steps\": {\"text\": \"x\"}} | /nextSteps/steps"
            + " | expected an array",
        "section as string | \"risks\": \"none\" | /risks | expected the risks (an object)",
        "bad risk enum | \"risks\": {\"risks\": [{\"title\": \"r\", \"probability\":"
            + " {\"value\": \"HUGE\"}}]} | /risks/risks/0/probability/value | is not a risk level",
        "bad ISO date | \"metadata\": {\"date\": {\"value\": \"2026-13-01\"}}"
            + " | /metadata/date/value | is not an ISO date",
        "negative money | \"costEstimate\": {\"items\": [{\"item\": \"x\", \"monthlyCost\":"
            + " {\"amount\": -1, \"currency\": \"USD\"}}]} | /costEstimate/items/0/monthlyCost"
            + " | must not be negative",
        "bad currency | \"costEstimate\": {\"items\": [{\"item\": \"x\", \"monthlyCost\":"
            + " {\"amount\": \"1\", \"currency\": \"usd\"}}]} | /costEstimate/items/0/monthlyCost"
            + " | ISO-4217",
        "huge count | \"performance\": {\"databaseOptimization\": {\"connectionPool\":"
            + " 1e30}} | /performance/databaseOptimization/connectionPool | not from 0 to 18 digits",
        "duplicate property | \"title\": \"again\" | /title | duplicate property",
        "wrong schemaVersion type | \"extraSections\": [{\"heading\": 7}]"
            + " | /extraSections/0/heading | expected a string",
        "typed value with neither | \"metadata\": {\"date\": {}} | /metadata/date"
            + " | needs \"value\" or \"text\"",
      })
  void mistypedValuesFailWithPointerAndPosition(
      String what, String property, String pointer, String message) {
    PlanFormatException e = fails(JSON, HEAD + ",\n " + property + "}");
    assertThat(e.path()).as(e.describe()).isEqualTo(pointer);
    assertThat(e.getMessage()).as(e.describe()).contains(message);
    assertThat(e.position().orElseThrow().line()).isEqualTo(2);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "line break in title | \"title\": \"a\\nb\" | / | must be a single line",
        "header with colon | \"apiDesign\": {\"endpoints\": [{\"name\": \"n\", \"headers\":"
            + " [{\"name\": \"a:b\"}]}]} | /apiDesign/endpoints/0/headers/0 | contain no colon",
        "anchor naming no part | \"apiDesign\": {\"extras\": [{\"anchor\": \"endpoints/3\","
            + " \"markdown\": \"x\"}]} | /apiDesign | names no part",
        "blank raw markdown | \"nextSteps\": {\"extras\": [{\"markdown\": \"  \"}]}"
            + " | /nextSteps/extras/0 | must not be blank",
        "extra cell without column | \"milestones\": {\"milestones\": [{\"phase\": \"1\","
            + " \"work\": \"w\", \"estimate\": \"1d\", \"extraCells\": {\"x\": \"y\"}}]}"
            + " | /milestones | has no extra column",
        "extra section after absent section | \"extraSections\": [{\"anchor\": \"risks\","
            + " \"heading\": \"16\"}] | / | which the plan does not have",
        "unknown language | \"language\": \"fr\" | /language | duplicate property",
      })
  void valuesTheModelRejectsFailWithItsMessage(
      String what, String property, String pointer, String message) {
    String doc =
        what.equals("line break in title")
            ? "{\"schemaVersion\": 1, \"language\": \"ko\",\n " + property + "}"
            : what.equals("unknown language")
                ? HEAD.replace("\"language\": \"ko\"", "\"language\":\n \"fr\"") + "}"
                : HEAD + ",\n " + property + "}";
    PlanFormatException e = fails(JSON, doc);
    if (what.equals("unknown language")) {
      assertThat(e.getMessage()).contains("language must be \"ko\" or \"en\"");
      assertThat(e.path()).isEqualTo(pointer);
      return;
    }
    assertThat(e.path()).as(e.describe()).isEqualTo(pointer.equals("/") ? "" : pointer);
    assertThat(e.getMessage()).as(e.describe()).startsWith("invalid value").contains(message);
  }

  @Test
  void unknownPropertyIsAWarningWhenLenientAndAnErrorWhenStrict() {
    String doc = HEAD + ",\n \"risks\": {\"risks\": [], \"colour\": \"red\"}}";
    ReadResult lenient = JSON.read(doc);
    assertThat(lenient.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.severity()).isEqualTo(Severity.WARNING);
              assertThat(d.code()).isEqualTo("PLAN-J001");
              assertThat(d.path()).isEqualTo("/risks/colour");
              assertThat(d.position()).contains(new SourcePosition(2, 35));
            });
    PlanFormatException strict = fails(JsonPlanReader.builder().strict(true).build(), doc);
    assertThat(strict.path()).isEqualTo("/risks/colour");
    assertThat(strict.getMessage()).contains("unknown property 'colour'");
  }

  @Test
  void valueContradictingTextIsAnErrorDiagnosticAndFailsStrictReads() {
    String doc =
        HEAD
            + ",\n \"security\": {\"authentication\": {\"tokenLifetime\":"
            + " {\"value\": \"PT2H\", \"text\": \"1시간\"}}}}";
    ReadResult lenient = JSON.read(doc);
    List<Diagnostic> ds = lenient.diagnostics();
    assertThat(ds).singleElement().satisfies(d -> assertThat(d.code()).isEqualTo("PLAN-J002"));
    assertThat(ds.get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(
            lenient
                .plan()
                .security()
                .orElseThrow()
                .authentication()
                .orElseThrow()
                .tokenLifetime()
                .orElseThrow()
                .text())
        .isEqualTo("1시간");
    PlanFormatException strict = fails(JsonPlanReader.builder().strict(true).build(), doc);
    assertThat(strict.diagnostics()).hasSize(1);
  }

  @Test
  void nullStandsForAnAbsentOptionalButNotForARequiredValue() {
    ReadResult r = JSON.read(HEAD + ", \"metadata\": null, \"risks\": {\"risks\": null}}");
    assertThat(r.plan().metadata()).isEmpty();
    assertThat(r.plan().risks().orElseThrow().risks()).isEmpty();
    PlanFormatException e =
        fails(JSON, "{\"schemaVersion\": 1, \"title\": null, \"language\": \"ko\"}");
    assertThat(e.getMessage()).isEqualTo("property 'title' must not be null");
  }

  @Test
  void yamlPlainScalarsAreTextWhereTextIsExpected() {
    ReadResult r =
        YAML.read(
            "schemaVersion: 1\ntitle: 2026\nlanguage: en\nmilestones:\n  milestones:\n"
                + "  - phase: 1\n    work: yes\n    estimate: 3\n");
    var m = r.plan().milestones().orElseThrow().milestones().get(0);
    assertThat(r.plan().title()).isEqualTo("2026");
    assertThat(m.phase()).isEqualTo("1");
    assertThat(m.work()).isEqualTo("yes");
    assertThat(m.estimate().text()).isEqualTo("3");
  }

  @Test
  void sourceMapPointsAtEachPart() {
    ReadResult r =
        JSON.read(
            HEAD + ",\n \"risks\": {\"risks\": [\n  {\"title\": \"r\", \"impact\": \"LOW\"}]}}");
    assertThat(r.sourceMap().find("risks.risks[0].impact")).contains(new SourcePosition(3, 28));
    assertThat(r.sourceMap().find("risks.risks[0]")).contains(new SourcePosition(3, 3));
  }
}
