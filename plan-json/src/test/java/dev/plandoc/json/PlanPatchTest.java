package dev.plandoc.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.plandoc.json.PlanPatchException.Reason;
import dev.plandoc.model.Plan;
import dev.plandoc.model.check.SourcePosition;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.JsonNodeFactory;

class PlanPatchTest {
  /** A small plan with an object, arrays, typed values and a map to patch. */
  static final String PLAN =
      """
      {"schemaVersion": 1, "title": "Login", "language": "en",
       "metadata": {"author": "Kim", "date": "2026-03-09"},
       "testing": {"integration": {"coverageTarget": 80}},
       "risks": {"risks": [{"title": "A", "probability": "HIGH"}, {"title": "B"}]},
       "nextSteps": {"steps": [{"text": "one"}, {"text": "two"}, {"text": "three"}]}}
      """;

  static Plan plan() {
    return JsonPlanReader.builder().strict(true).build().read(PLAN).plan();
  }

  /** The part of a plan's JSON form at a pointer, as compact JSON. */
  static String at(Plan plan, String pointer) {
    return PlanPointer.parse(pointer).get(plan).toString();
  }

  static Plan apply(String patch) {
    return PlanPatch.parse(patch).apply(plan());
  }

  static PlanPatchException failure(String patch) {
    return catchThrowableOfType(PlanPatchException.class, () -> apply(patch));
  }

  /** The steps of the plan after a patch. */
  static List<String> stepsAfter(String patch) {
    return steps(apply(patch));
  }

  static List<String> steps(Plan plan) {
    return plan.nextSteps().orElseThrow().steps().stream().map(s -> s.text()).toList();
  }

  // ---- add

  @Test
  void addWithDashAppendsToAnArray() {
    assertThat(
            stepsAfter(
                "[{\"op\": \"add\", \"path\": \"/nextSteps/steps/-\", \"value\": {\"text\": \"four\"}}]"))
        .containsExactly("one", "two", "three", "four");
  }

  @Test
  void addAtAnIndexInsertsBeforeTheItemThere() {
    assertThat(
            stepsAfter(
                "[{\"op\": \"add\", \"path\": \"/nextSteps/steps/1\", \"value\": {\"text\": \"1.5\"}}]"))
        .containsExactly("one", "1.5", "two", "three");
  }

  @Test
  void addAtTheIndexAfterTheLastItemAppendsAndOneFurtherNamesNothing() {
    assertThat(
            stepsAfter(
                "[{\"op\": \"add\", \"path\": \"/nextSteps/steps/3\", \"value\": {\"text\": \"four\"}}]"))
        .containsExactly("one", "two", "three", "four");
    PlanPatchException e =
        failure(
            "[{\"op\": \"add\", \"path\": \"/nextSteps/steps/4\", \"value\": {\"text\": \"x\"}}]");
    assertThat(e.reason()).isEqualTo(Reason.NO_SUCH_PATH);
    assertThat(e.path()).isEqualTo("/nextSteps/steps/4");
    assertThat(e.getMessage())
        .isEqualTo(
            "operation 0 (add /nextSteps/steps/4): no such value: /nextSteps/steps has 3 items,"
                + " so an item can be inserted at 0 to 3 or at - for the end");
  }

  @Test
  void addToAPropertyThatIsThereReplacesItAndToOneThatIsNotAddsIt() {
    Plan p =
        apply(
            """
            [{"op": "add", "path": "/metadata/author", "value": "Lee"},
             {"op": "add", "path": "/metadata/agents", "value": "Backend"}]""");
    assertThat(p.metadata().orElseThrow().author()).contains("Lee");
    assertThat(p.metadata().orElseThrow().agents()).contains("Backend");
  }

  @Test
  void addAtTheEmptyPathReplacesTheWholePlan() {
    Plan p =
        apply(
            "[{\"op\": \"add\", \"path\": \"\", \"value\":"
                + " {\"schemaVersion\": 1, \"title\": \"Other\", \"language\": \"ko\"}}]");
    assertThat(p.title()).isEqualTo("Other");
    assertThat(p.nextSteps()).isEmpty();
  }

  @Test
  void addUnderAPartThatIsNotThereNamesNothing() {
    PlanPatchException e =
        failure(
            "[{\"op\": \"add\", \"path\": \"/security/authentication/method\", \"value\": \"JWT\"}]");
    assertThat(e.reason()).isEqualTo(Reason.NO_SUCH_PATH);
    assertThat(e.getMessage()).endsWith("no such value: the plan has no property \"security\"");
    PlanPatchException scalar =
        failure("[{\"op\": \"add\", \"path\": \"/title/x\", \"value\": \"JWT\"}]");
    assertThat(scalar.getMessage())
        .endsWith("/title is a string, which has no properties or items");
  }

  // ---- remove and replace

  @Test
  void removeTakesAnItemOrAProperty() {
    Plan p =
        apply(
            """
            [{"op": "remove", "path": "/nextSteps/steps/0"},
             {"op": "remove", "path": "/metadata/date"}]""");
    assertThat(steps(p)).containsExactly("two", "three");
    assertThat(p.metadata().orElseThrow().date()).isEmpty();
  }

  @Test
  void removeOfWhatIsNotThereOrOfTheWholePlanFails() {
    PlanPatchException missing = failure("[{\"op\": \"remove\", \"path\": \"/metadata/agents\"}]");
    assertThat(missing.reason()).isEqualTo(Reason.NO_SUCH_PATH);
    assertThat(missing.getMessage()).endsWith("/metadata has no property \"agents\"");
    PlanPatchException past = failure("[{\"op\": \"remove\", \"path\": \"/nextSteps/steps/3\"}]");
    assertThat(past.getMessage()).endsWith("/nextSteps/steps has 3 items, so there is no item 3");
    PlanPatchException root = failure("[{\"op\": \"remove\", \"path\": \"\"}]");
    assertThat(root.reason()).isEqualTo(Reason.ILLEGAL_OPERATION);
    assertThat(root.getMessage()).contains("the whole plan cannot be removed");
  }

  @Test
  void replaceChangesAValueThatIsThereOnly() {
    Plan p =
        apply("[{\"op\": \"replace\", \"path\": \"/nextSteps/steps/2/text\", \"value\": \"3\"}]");
    assertThat(steps(p)).containsExactly("one", "two", "3");
    PlanPatchException e =
        failure("[{\"op\": \"replace\", \"path\": \"/metadata/agents\", \"value\": \"x\"}]");
    assertThat(e.reason()).isEqualTo(Reason.NO_SUCH_PATH);
    PlanPatchException dash =
        failure(
            "[{\"op\": \"replace\", \"path\": \"/nextSteps/steps/-\", \"value\": {\"text\": \"x\"}}]");
    assertThat(dash.getMessage())
        .endsWith("- names the end of /nextSteps/steps, after its 3 items");
  }

  @Test
  void anIndexIsDigitsWithoutLeadingZeros() {
    for (String index : List.of("01", "1.0", "-1", "one", " 1", "99999999999")) {
      PlanPatchException e =
          failure("[{\"op\": \"remove\", \"path\": \"/nextSteps/steps/" + index + "\"}]");
      assertThat(e.reason()).as(index).isEqualTo(Reason.NO_SUCH_PATH);
    }
    assertThat(failure("[{\"op\": \"remove\", \"path\": \"/nextSteps/steps/01\"}]").getMessage())
        .endsWith(
            "/nextSteps/steps is an array, and \"01\" is not an index (0, 1, 2, ... or - for the end)");
  }

  // ---- move and copy

  @Test
  void moveReordersTheItemsOfAnArray() {
    assertThat(
            stepsAfter(
                "[{\"op\": \"move\", \"from\": \"/nextSteps/steps/0\", \"path\": \"/nextSteps/steps/-\"}]"))
        .containsExactly("two", "three", "one");
    assertThat(
            stepsAfter(
                "[{\"op\": \"move\", \"from\": \"/nextSteps/steps/2\", \"path\": \"/nextSteps/steps/0\"}]"))
        .containsExactly("three", "one", "two");
  }

  @Test
  void moveTakesTheValueAwayFromWhereItWas() {
    Plan p =
        apply(
            "[{\"op\": \"move\", \"from\": \"/metadata/author\", \"path\": \"/metadata/agents\"}]");
    assertThat(p.metadata().orElseThrow().author()).isEmpty();
    assertThat(p.metadata().orElseThrow().agents()).contains("Kim");
  }

  @Test
  void moveOntoItselfChangesNothingButTheValueMustBeThere() {
    Plan p = apply("[{\"op\": \"move\", \"from\": \"/metadata\", \"path\": \"/metadata\"}]");
    assertThat(p).isEqualTo(plan());
    assertThat(
            failure("[{\"op\": \"move\", \"from\": \"/security\", \"path\": \"/security\"}]")
                .reason())
        .isEqualTo(Reason.NO_SUCH_PATH);
  }

  @Test
  void moveIntoItsOwnInsideIsAnError() {
    PlanPatchException e =
        failure(
            "[{\"op\": \"move\", \"from\": \"/nextSteps\", \"path\": \"/nextSteps/steps/0/more\"}]");
    assertThat(e.reason()).isEqualTo(Reason.ILLEGAL_OPERATION);
    assertThat(e.getMessage())
        .isEqualTo(
            "operation 0 (move /nextSteps to /nextSteps/steps/0/more): cannot move /nextSteps into"
                + " itself");
    assertThat(failure("[{\"op\": \"move\", \"from\": \"\", \"path\": \"/x\"}]").reason())
        .isEqualTo(Reason.ILLEGAL_OPERATION);
  }

  @Test
  void copyAddsAnIndependentCopy() {
    Plan p =
        apply(
            """
            [{"op": "copy", "from": "/nextSteps/steps/0", "path": "/nextSteps/steps/-"},
             {"op": "replace", "path": "/nextSteps/steps/3/text", "value": "changed"},
             {"op": "copy", "from": "/metadata/author", "path": "/metadata/agents"}]""");
    assertThat(steps(p)).containsExactly("one", "two", "three", "changed");
    assertThat(p.metadata().orElseThrow().agents()).contains("Kim");
    assertThat(failure("[{\"op\": \"copy\", \"from\": \"/nope\", \"path\": \"/x\"}]").reason())
        .isEqualTo(Reason.NO_SUCH_PATH);
  }

  // ---- test

  @Test
  void testComparesNumbersByValueObjectsInAnyOrderAndArraysInOrder() {
    Plan p =
        apply(
            """
            [{"op": "test", "path": "/testing/integration/coverageTarget", "value": 80.0},
             {"op": "test", "path": "/testing/integration/coverageTarget", "value": 8e1},
             {"op": "test", "path": "/metadata", "value": {"date": "2026-03-09", "author": "Kim"}},
             {"op": "test", "path": "/nextSteps/steps/0", "value": {"text": "one"}},
             {"op": "test", "path": "/schemaVersion", "value": 2}]""");
    assertThat(p).isEqualTo(plan());
    for (String wrong :
        List.of(
            "{\"path\": \"/testing/integration/coverageTarget\", \"value\": \"80\"}",
            "{\"path\": \"/metadata\", \"value\": {\"author\": \"Kim\"}}",
            "{\"path\": \"/metadata\", \"value\": {\"author\": \"Kim\", \"date\": \"2026-03-09\","
                + " \"x\": null}}",
            "{\"path\": \"/nextSteps/steps\", \"value\": [{\"text\": \"two\"}, {\"text\": \"one\"},"
                + " {\"text\": \"three\"}]}",
            "{\"path\": \"/risks/risks/1/probability\", \"value\": null}",
            "{\"path\": \"/title\", \"value\": \"login\"}")) {
      PlanPatchException e = failure("[{\"op\": \"test\", " + wrong.substring(1) + "]");
      assertThat(e.reason()).as(wrong).isIn(Reason.TEST_FAILED, Reason.NO_SUCH_PATH);
    }
  }

  @Test
  void aFailedTestSaysWhatItFoundAndWhichOperationItWas() {
    PlanPatchException e =
        failure(
            """
            [{"op": "replace", "path": "/title", "value": "Sign-in"},
             {"op": "test", "path": "/title", "value": "Login"}]""");
    assertThat(e.reason()).isEqualTo(Reason.TEST_FAILED);
    assertThat(e.operation()).isEqualTo(OptionalInt.of(1));
    assertThat(e.path()).isEqualTo("/title");
    assertThat(e.describe())
        .isEqualTo(
            "operation 1 (test /title): test failed: the value is \"Sign-in\", not \"Login\""
                + " (at /title)");
  }

  // ---- pointers, all or nothing, the model

  @Test
  void tildeAndSlashInANameAreEscaped() {
    Plan p =
        apply(
            """
            [{"op": "add", "path": "/labels", "value": {}},
             {"op": "add", "path": "/labels/a~1b~0c", "value": "X"},
             {"op": "copy", "from": "/labels/a~1b~0c", "path": "/labels/~01"}]""");
    assertThat(p.labels()).containsEntry("a/b~c", "X").containsEntry("~1", "X");
    assertThat(at(p, "/labels/a~1b~0c")).isEqualTo("\"X\"");
  }

  @Test
  void aPatchAppliesAllItsOperationsOrNone() {
    Plan before = plan();
    PlanPatch patch =
        PlanPatch.parse(
            """
            [{"op": "replace", "path": "/title", "value": "Changed"},
             {"op": "remove", "path": "/nextSteps/steps/0"},
             {"op": "remove", "path": "/nextSteps/steps/9"}]""");
    PlanPatchException e =
        catchThrowableOfType(PlanPatchException.class, () -> patch.apply(before));
    assertThat(e.operation()).hasValue(2);
    assertThat(before).isEqualTo(plan());
    assertThat(before.title()).isEqualTo("Login");
  }

  @Test
  void aResultTheModelRejectsNamesTheProperty() {
    PlanPatchException type =
        failure("[{\"op\": \"replace\", \"path\": \"/title\", \"value\": 42}]");
    assertThat(type.reason()).isEqualTo(Reason.REJECTED);
    assertThat(type.operation()).isEmpty();
    assertThat(type.describe()).isEqualTo("expected a string, found number 42 (at /title)");

    PlanPatchException required = failure("[{\"op\": \"remove\", \"path\": \"/title\"}]");
    assertThat(required.describe()).isEqualTo("missing required property 'title' (at /title)");

    PlanPatchException unknown =
        failure("[{\"op\": \"add\", \"path\": \"/risks/risks/0/colour\", \"value\": \"red\"}]");
    assertThat(unknown.describe())
        .isEqualTo("unknown property 'colour' (strict mode) (at /risks/risks/0/colour)");

    PlanPatchException rule =
        failure(
            "[{\"op\": \"add\", \"path\": \"/apiDesign\", \"value\": {\"endpoints\": [{\"name\":"
                + " \"Login\", \"method\": \"POST\", \"path\": \"/a b\"}]}}]");
    assertThat(rule.getMessage()).contains("path must not contain spaces");
    assertThat(rule.path()).isEqualTo("/apiDesign/endpoints/0");
    assertThat(rule.getCause()).isInstanceOf(dev.plandoc.model.format.PlanFormatException.class);
  }

  @Test
  void aTypedValueWhoseValueContradictsItsTextIsRejected() {
    Plan p =
        PlanPointer.parse("/risks/risks/0/probability")
            .set(plan(), JsonNodeFactory.instance.objectNode().put("text", "낮음"));
    PlanPatchException e =
        catchThrowableOfType(
            PlanPatchException.class,
            () ->
                PlanPatch.parse(
                        "[{\"op\": \"replace\", \"path\": \"/risks/risks/0/probability/value\","
                            + " \"value\": \"HIGH\"}]")
                    .apply(p));
    assertThat(e.reason()).isEqualTo(Reason.REJECTED);
    assertThat(e.path()).isEqualTo("/risks/risks/0/probability/value");
    assertThat(e.getMessage()).contains("does not match the text '낮음'");
  }

  // ---- the patch document

  @Test
  void aPatchThatDoesNotParseSaysWhereWithLineAndColumn() {
    PlanPatchException json =
        catchThrowableOfType(PlanPatchException.class, () -> PlanPatch.parse("[\n  {\"op\": }]"));
    assertThat(json.reason()).isEqualTo(Reason.MALFORMED);
    assertThat(json.position()).contains(new SourcePosition(2, 10));
    assertThat(json.getMessage()).startsWith("malformed JSON: ");

    assertMalformed(
        "",
        "",
        "not a JSON Patch: the patch is empty; a JSON Patch is an array of operations, [] for none");
    assertMalformed(
        "{\"op\": \"remove\", \"path\": \"/title\"}",
        "",
        "not a JSON Patch: a JSON Patch is an array of operations such as [{\"op\": \"replace\", \"path\": \"/title\", \"value\": \"Login\"}], found an object");
    assertMalformed(
        "[1]",
        "/0",
        "not a JSON Patch: an operation is an object such as {\"op\": \"remove\", \"path\": \"/risks/risks/0\"}, found the number 1");
    assertMalformed(
        "[{\"path\": \"/title\"}]", "/0/op", "not a JSON Patch: the operation has no \"op\"");
    assertMalformed(
        "[{\"op\": \"delete\", \"path\": \"/title\"}]",
        "/0/op",
        "not a JSON Patch: unknown op \"delete\"; the operations of a JSON Patch are add, remove, replace, move, copy and test");
    assertMalformed(
        "[{\"op\": \"Add\", \"path\": \"/title\", \"value\": 1}]",
        "/0/op",
        "not a JSON Patch: unknown op \"Add\"; the operations of a JSON Patch are add, remove, replace, move, copy and test");
    assertMalformed(
        "[{\"op\": \"remove\"}]", "/0/path", "not a JSON Patch: the operation has no \"path\"");
    assertMalformed(
        "[{\"op\": \"add\", \"path\": \"/title\"}]",
        "/0/value",
        "not a JSON Patch: the operation has no \"value\"");
    assertMalformed(
        "[{\"op\": \"move\", \"path\": \"/title\"}]",
        "/0/from",
        "not a JSON Patch: the operation has no \"from\"");
    assertMalformed(
        "[{\"op\": \"remove\", \"path\": 7}]",
        "/0/path",
        "not a JSON Patch: expected a string, found the number 7");
    assertMalformed(
        "[{\"op\": \"remove\", \"path\": \"title\"}]",
        "/0/path",
        "not a JSON Patch: not a JSON Pointer: 'title' (a pointer is empty for the whole plan or starts with /, as in /title)");
    assertMalformed(
        "[{\"op\": \"remove\", \"path\": \"/a~2\"}]",
        "/0/path",
        "not a JSON Patch: not a JSON Pointer: '/a~2': ~ must be written ~0, and / inside a name ~1");
    assertMalformed(
        "[] []",
        "",
        "not a JSON Patch: unexpected content after the patch; a JSON Patch is one array of operations");
  }

  private static void assertMalformed(String patch, String path, String message) {
    PlanPatchException e =
        catchThrowableOfType(PlanPatchException.class, () -> PlanPatch.parse(patch));
    assertThat(e).as(patch).isNotNull();
    assertThat(e.reason()).as(patch).isEqualTo(Reason.MALFORMED);
    assertThat(e.path()).as(patch).isEqualTo(path);
    assertThat(e.getMessage()).as(patch).isEqualTo(message);
    assertThat(e.position()).as(patch).isPresent();
  }

  @Test
  void membersAnOperationDoesNotDefineAreIgnoredAndANullValueIsAValue() {
    Plan p =
        apply(
            """
            [{"op": "remove", "path": "/metadata/date", "value": 1, "comment": "why"},
             {"op": "replace", "path": "/metadata/author", "value": null}]""");
    assertThat(p.metadata().orElseThrow().date()).isEmpty();
    assertThat(p.metadata().orElseThrow().author()).isEmpty();
  }

  // ---- limits

  @Test
  void aPatchThatCopiesAPartOntoItselfAgainAndAgainStopsAtTheLimit() {
    StringBuilder patch =
        new StringBuilder("[{\"op\": \"add\", \"path\": \"/labels\", \"value\": {}}");
    patch.append(
        ", {\"op\": \"add\", \"path\": \"/risks/risks/0/extraCells\", \"value\": {\"a\": \"x\"}}");
    for (int i = 0; i < 40; i++) {
      patch.append(
          ", {\"op\": \"copy\", \"from\": \"/risks/risks\", \"path\": \"/risks/risks/-\"}");
    }
    PlanPatchException e = failure(patch + "]");
    assertThat(e.reason()).isEqualTo(Reason.ILLEGAL_OPERATION);
    assertThat(e.getMessage())
        .contains(
            "the patch adds, copies and moves more than "
                + ReadLimits.DEFAULT_MAX_VALUES
                + " values in all");
  }

  @Test
  void aValueCannotBeNestedBeyondTheDepthLimit() {
    String deep = "[".repeat(20) + "]".repeat(20);
    String inside = "/labels/a" + "/0".repeat(19) + "/-";
    PlanPatchException e =
        failure(
            "[{\"op\": \"add\", \"path\": \"/labels\", \"value\": {\"a\": "
                + deep
                + "}}, {\"op\": \"copy\", \"from\": \"/labels/a\", \"path\": \""
                + inside
                + "\"}]");
    assertThat(e.reason()).isEqualTo(Reason.ILLEGAL_OPERATION);
    assertThat(e.getMessage()).contains("more than 32 deep");
  }

  // ---- identity, the builder, sharing

  static Stream<String> samples() {
    return MarkdownConversionTest.PLANS.stream();
  }

  static Plan sample(String name) {
    return MarkdownConversionTest.read(name);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void anEmptyPatchAndOneThatPutsBackWhatIsThereGiveAnEqualPlan(String name) {
    Plan plan = sample(name);
    assertThat(PlanPatch.builder().build().apply(plan)).isEqualTo(plan);
    assertThat(PlanPatch.builder().replace("", PlanPointer.root().get(plan)).build().apply(plan))
        .isEqualTo(plan);
    assertThat(PlanPointer.parse("/title").set(plan, plan.title())).isEqualTo(plan);
  }

  @Test
  void theBuilderIsImmutableAndAPatchPrintsAsTheJsonPatchItIs() {
    PlanPatch.Builder base = PlanPatch.builder().test("/schemaVersion", IntNode.valueOf(2));
    PlanPatch one = base.build();
    PlanPatch more =
        base.replace("/title", "Sign-in")
            .add("/nextSteps/steps/-", JsonNodeFactory.instance.objectNode().put("text", "four"))
            .remove("/metadata/date")
            .move("/nextSteps/steps/0", "/nextSteps/steps/-")
            .copy("/metadata/author", "/metadata/agents")
            .test("/title", "Sign-in")
            .add("/metadata/spec", "spec.md")
            .build();
    assertThat(one.size()).isEqualTo(1);
    assertThat(more.size()).isEqualTo(8);
    assertThat(PlanPatch.builder().build().isEmpty()).isTrue();
    assertThat(more.toString())
        .isEqualTo(
            "[{\"op\":\"test\",\"path\":\"/schemaVersion\",\"value\":2},"
                + "{\"op\":\"replace\",\"path\":\"/title\",\"value\":\"Sign-in\"},"
                + "{\"op\":\"add\",\"path\":\"/nextSteps/steps/-\",\"value\":{\"text\":\"four\"}},"
                + "{\"op\":\"remove\",\"path\":\"/metadata/date\"},"
                + "{\"op\":\"move\",\"from\":\"/nextSteps/steps/0\",\"path\":\"/nextSteps/steps/-\"},"
                + "{\"op\":\"copy\",\"from\":\"/metadata/author\",\"path\":\"/metadata/agents\"},"
                + "{\"op\":\"test\",\"path\":\"/title\",\"value\":\"Sign-in\"},"
                + "{\"op\":\"add\",\"path\":\"/metadata/spec\",\"value\":\"spec.md\"}]");
    assertThat(PlanPatch.parse(more.toString())).isEqualTo(more).hasSameHashCodeAs(more);
    assertThat(more).isNotEqualTo(one).isNotEqualTo("patch");
    Plan p = more.apply(plan());
    assertThat(p.title()).isEqualTo("Sign-in");
    assertThat(steps(p)).containsExactly("two", "three", "four", "one");
    assertThatThrownBy(() -> PlanPatch.builder().remove("title"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not a JSON Pointer: 'title'");
  }

  @Test
  void aValueGivenToTheBuilderIsCopied() {
    var value = JsonNodeFactory.instance.objectNode().put("text", "four");
    PlanPatch patch = PlanPatch.builder().add("/nextSteps/steps/-", value).build();
    value.put("text", "changed");
    assertThat(steps(patch.apply(plan()))).endsWith("four");
    assertThat(steps(patch.apply(plan()))).endsWith("four");
  }

  @Test
  void aPatchIsSharedSafelyBetweenThreads() {
    PlanPatch patch =
        PlanPatch.builder()
            .add("/nextSteps/steps/0", JsonNodeFactory.instance.objectNode().put("text", "zero"))
            .copy("/nextSteps/steps/0", "/nextSteps/steps/-")
            .build();
    Plan plan = plan();
    Plan expected = patch.apply(plan);
    List<Plan> results =
        IntStream.range(0, 200).parallel().mapToObj(i -> patch.apply(plan)).toList();
    assertThat(results).allMatch(expected::equals);
    assertThat(steps(expected)).containsExactly("zero", "one", "two", "three", "zero");
    assertThat(Optional.of(plan)).contains(plan());
  }
}
