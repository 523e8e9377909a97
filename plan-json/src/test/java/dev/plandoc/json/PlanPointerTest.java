package dev.plandoc.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.plandoc.json.PlanPatchException.Reason;
import dev.plandoc.model.Plan;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class PlanPointerTest {
  static Plan plan() {
    return PlanPatchTest.plan();
  }

  @Test
  void aPointerIsItsTokensEscaped() {
    PlanPointer p = PlanPointer.parse("/labels/a~1b~0c/~01");
    assertThat(p.tokens()).containsExactly("labels", "a/b~c", "~1");
    assertThat(p).hasToString("/labels/a~1b~0c/~01");
    assertThat(PlanPointer.of("labels", "a/b~c", "~1")).isEqualTo(p).hasSameHashCodeAs(p);
    assertThat(PlanPointer.root().child("risks").child("risks").child(0))
        .isEqualTo(PlanPointer.parse("/risks/risks/0"));
    assertThat(PlanPointer.parse("")).isSameAs(PlanPointer.root()).isEqualTo(PlanPointer.of());
    assertThat(PlanPointer.root().isRoot()).isTrue();
    assertThat(PlanPointer.root()).hasToString("");
    assertThat(PlanPointer.parse("/").tokens()).containsExactly("");
    assertThat(PlanPointer.parse("/a//b").tokens()).containsExactly("a", "", "b");
    assertThat(PlanPointer.parse("/title")).isNotEqualTo("/title");
  }

  @Test
  void textThatIsNoPointerIsRejected() {
    for (String bad : List.of("title", "/a~", "/a~2", "~0")) {
      assertThatThrownBy(() -> PlanPointer.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("not a JSON Pointer: '" + bad + "'");
    }
    assertThatThrownBy(() -> PlanPointer.root().child(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void getReadsAnyValueOfTheJsonForm() {
    Plan plan = plan();
    assertThat(PlanPointer.parse("/metadata/author").get(plan).stringValue()).isEqualTo("Kim");
    assertThat(PlanPointer.parse("/testing/integration/coverageTarget").get(plan).intValue())
        .isEqualTo(80);
    assertThat(PlanPointer.parse("/risks/risks/0").get(plan))
        .hasToString("{\"title\":\"A\",\"probability\":\"HIGH\"}");
    JsonNode whole = PlanPointer.root().get(plan);
    assertThat(whole.get("schemaVersion").intValue()).isEqualTo(2);
    assertThat(whole.get("language").stringValue()).isEqualTo("en");
  }

  @Test
  void aValueHandedOutIsTheCallersToChange() {
    Plan plan = plan();
    ObjectNode risk = (ObjectNode) PlanPointer.parse("/risks/risks/0").get(plan);
    risk.put("title", "changed");
    assertThat(PlanPointer.parse("/risks/risks/0/title").get(plan).stringValue()).isEqualTo("A");
  }

  @Test
  void aPointerThatNamesNothingSaysWhatIsMissing() {
    Plan plan = plan();
    assertThat(PlanPointer.parse("/risks/risks/9").find(plan)).isEmpty();
    assertThat(PlanPointer.parse("/risks/risks/1").find(plan)).isPresent();
    PlanPatchException e =
        catchThrowableOfType(
            PlanPatchException.class, () -> PlanPointer.parse("/risks/risks/9/title").get(plan));
    assertThat(e.reason()).isEqualTo(Reason.NO_SUCH_PATH);
    assertThat(e.operation()).isEmpty();
    assertThat(e.describe())
        .isEqualTo(
            "no such value: /risks/risks has 2 items, so there is no item 9 (at"
                + " /risks/risks/9/title)");
    assertThat(
            catchThrowableOfType(
                    PlanPatchException.class, () -> PlanPointer.parse("/security").get(plan))
                .getMessage())
        .isEqualTo("no such value: the plan has no property \"security\"");
  }

  @Test
  void setReplacesAddsOrAppends() {
    Plan plan = plan();
    Plan author = PlanPointer.parse("/metadata/author").set(plan, "Lee");
    assertThat(author.metadata().orElseThrow().author()).contains("Lee");
    Plan agents = PlanPointer.parse("/metadata/agents").set(plan, "Backend");
    assertThat(agents.metadata().orElseThrow().agents()).contains("Backend");
    ObjectNode step = JsonNodeFactory.instance.objectNode().put("text", "uno");
    Plan replaced = PlanPointer.parse("/nextSteps/steps/0").set(plan, step);
    assertThat(PlanPatchTest.steps(replaced)).containsExactly("uno", "two", "three");
    Plan appended = PlanPointer.parse("/nextSteps/steps/-").set(plan, step);
    assertThat(PlanPatchTest.steps(appended)).containsExactly("one", "two", "three", "uno");
    Plan coverage =
        PlanPointer.parse("/testing/integration/coverageTarget").set(plan, IntNode.valueOf(90));
    assertThat(coverage.testing().orElseThrow().integration().orElseThrow().coverageTarget())
        .hasValueSatisfying(t -> assertThat(t.text()).isEqualTo("90%"));
    Plan whole =
        PlanPointer.root()
            .set(plan, PlanPointer.root().get(PlanPointer.parse("/title").set(plan, "Other")));
    assertThat(whole.title()).isEqualTo("Other");
  }

  @Test
  void settingTheValueThatIsThereGivesAnEqualPlan() {
    Plan plan = plan();
    assertThat(PlanPointer.parse("/metadata/author").set(plan, "Kim")).isEqualTo(plan);
    assertThat(
            PlanPointer.parse("/testing/integration/coverageTarget")
                .set(plan, JsonNodeFactory.instance.numberNode(new java.math.BigDecimal("80.0"))))
        .isEqualTo(plan);
  }

  @Test
  void setNeedsWhatHoldsTheValueAndAValueTheModelAccepts() {
    Plan plan = plan();
    PlanPatchException parent =
        catchThrowableOfType(
            PlanPatchException.class,
            () -> PlanPointer.parse("/security/authentication/method").set(plan, "JWT"));
    assertThat(parent.reason()).isEqualTo(Reason.NO_SUCH_PATH);
    PlanPatchException past =
        catchThrowableOfType(
            PlanPatchException.class, () -> PlanPointer.parse("/nextSteps/steps/3").set(plan, "x"));
    assertThat(past.getMessage())
        .isEqualTo("no such value: /nextSteps/steps has 3 items, so there is no item 3");
    PlanPatchException type =
        catchThrowableOfType(
            PlanPatchException.class,
            () -> PlanPointer.parse("/metadata/author").set(plan, IntNode.valueOf(7)));
    assertThat(type.reason()).isEqualTo(Reason.REJECTED);
    assertThat(type.describe())
        .isEqualTo("expected a string, found number 7 (at /metadata/author)");
    PlanPatchException date =
        catchThrowableOfType(
            PlanPatchException.class, () -> PlanPointer.parse("/title").set(plan, "two\nlines"));
    assertThat(date.reason()).isEqualTo(Reason.REJECTED);
    assertThat(date.getMessage()).contains("title");
  }

  @Test
  void theJsonReaderAndWriterReadAndWriteValuesForThePointerAndPatch() {
    JsonNode step = JsonPlanReader.builder().build().readValue("{\"text\": \"four\", \"n\": 1.10}");
    assertThat(step.get("n").decimalValue()).isEqualByComparingTo("1.10");
    assertThat(step.get("n").decimalValue().scale()).isEqualTo(2);
    assertThat(JsonPlanWriter.builder().build().writeValue(step))
        .isEqualTo("{\n  \"text\": \"four\",\n  \"n\": 1.10\n}\n");
    assertThat(JsonPlanWriter.builder().compact(true).build().writeValue(step))
        .isEqualTo("{\"text\":\"four\",\"n\":1.10}\n");
    assertThat(JsonPlanReader.builder().build().readValue("\"x\"").stringValue()).isEqualTo("x");
    assertThat(JsonPlanReader.builder().build().readValue("12345678901234567890").bigIntegerValue())
        .hasToString("12345678901234567890");
    var e =
        catchThrowableOfType(
            dev.plandoc.model.format.PlanFormatException.class,
            () -> JsonPlanReader.builder().build().readValue("[1,\n 2"));
    assertThat(e.position()).isPresent();
    assertThat(e.getMessage()).startsWith("malformed JSON: ");
    assertThatThrownBy(
            () ->
                JsonPlanReader.builder()
                    .limits(ReadLimits.defaults().withMaxNestingDepth(2))
                    .build()
                    .readValue("[[[1]]]"))
        .hasMessageContaining("ReadLimits.maxNestingDepth");
  }
}
