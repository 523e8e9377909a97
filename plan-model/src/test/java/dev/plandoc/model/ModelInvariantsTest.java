package dev.plandoc.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plandoc.model.testing.FilledPlan;
import dev.plandoc.model.testing.ModelTree;
import dev.plandoc.model.testing.RandomPlans;
import dev.plandoc.model.value.DurationText;
import dev.plandoc.model.value.HttpMethodText;
import dev.plandoc.model.value.MoneyText;
import dev.plandoc.model.value.StatusCodeText;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.instancio.Instancio;
import org.instancio.junit.InstancioExtension;
import org.instancio.junit.Seed;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(InstancioExtension.class)
class ModelInvariantsTest {

  // ---- immutability ---------------------------------------------------------------------------

  @RepeatedTest(30)
  void noListOrMapOfARandomPlanCanBeChangedThroughItsAccessor(RepetitionInfo info)
      throws Exception {
    Plan plan = RandomPlans.plan(5000L + info.getCurrentRepetition());
    int checked = 0;
    for (Record record : ModelTree.records(plan)) {
      for (RecordComponent c : record.getClass().getRecordComponents()) {
        Object value = c.getAccessor().invoke(record);
        if (value instanceof List<?> list) {
          assertThatThrownBy(list::clear)
              .as("%s.%s", record.getClass().getSimpleName(), c.getName())
              .isInstanceOf(UnsupportedOperationException.class);
          checked++;
        } else if (value instanceof Map<?, ?> map) {
          assertThatThrownBy(map::clear)
              .as("%s.%s", record.getClass().getSimpleName(), c.getName())
              .isInstanceOf(UnsupportedOperationException.class);
          checked++;
        }
      }
    }
    assertThat(checked).isPositive();
  }

  @Test
  void listsAndMapsPassedInAreCopied() {
    List<TechChoice> rows = new ArrayList<>();
    rows.add(new TechChoice("백엔드", "FastAPI", "기존 스택", Map.of()));
    Map<String, String> cells = new LinkedHashMap<>();
    cells.put("버전", "0.115");
    TechChoice row = new TechChoice("DB", "PostgreSQL", "트랜잭션", cells);
    TechStack stack =
        new TechStack(List.of("area", "technology", "버전", "reason"), rows, List.of(), List.of());

    rows.clear();
    cells.put("버전", "changed");

    assertThat(stack.selected()).hasSize(1);
    assertThat(row.extraCells()).containsEntry("버전", "0.115");
  }

  @Test
  void extraCellsOfEverySizeAreImmutableAndAnswerALookupOfNullWithNull() {
    for (int size = 0; size <= 3; size++) {
      Map<String, String> cells = new LinkedHashMap<>();
      for (int i = 0; i < size; i++) {
        cells.put("k" + i, "v" + i);
      }
      Map<String, String> kept = new TechChoice("a", "b", "c", cells).extraCells();
      assertThat(kept).as("size %d", size).isEqualTo(cells);
      assertThat(kept.get(null)).isNull();
      assertThat(kept.containsKey(null)).isFalse();
      assertThatThrownBy(() -> kept.put("x", "y"))
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(kept::clear).isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Test
  void extraCellsKeepTheirOrder() {
    Map<String, String> cells = new LinkedHashMap<>();
    cells.put("z", "1");
    cells.put("a", "2");
    cells.put("m", "3");
    assertThat(new TechChoice("a", "b", "c", cells).extraCells().keySet())
        .containsExactly("z", "a", "m");
  }

  // ---- equality -------------------------------------------------------------------------------

  @Test
  void plansWithTheSameContentAreEqualWithEqualHashCodes() {
    Plan a = FilledPlan.plan();
    Plan b = FilledPlan.plan();

    assertThat(a).isNotSameAs(b).isEqualTo(b).hasSameHashCodeAs(b);
  }

  @Test
  void plansThatDifferInOneValueAreNotEqual() {
    Plan a = FilledPlan.plan();
    Plan b = new PlanBuilder().from(a).title(a.title() + "!").build();
    Plan c = new PlanBuilder().from(a).language(Language.ENGLISH).build();

    assertThat(a).isNotEqualTo(b).isNotEqualTo(c);
  }

  @Test
  void builderCopyOfTheFilledPlanIsEqual() {
    Plan plan = FilledPlan.plan();
    assertThat(new PlanBuilder().from(plan).build()).isEqualTo(plan);
  }

  // ---- builders -------------------------------------------------------------------------------

  @Test
  void builderNamesTheMissingRequiredValues() {
    assertThatThrownBy(() -> new TechChoiceBuilder().area("백엔드").technology("FastAPI").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Cannot build TechChoice, some of required attributes are not set [reason]");
    assertThatThrownBy(() -> new PlanBuilder().build())
        .hasMessageContaining("Cannot build Plan")
        .hasMessageContaining("title")
        .hasMessageContaining("language");
    assertThatThrownBy(() -> new RiskBuilder().build()).hasMessageContaining("[title]");
    assertThatThrownBy(() -> new EndpointSpecBuilder().name("x").build())
        .hasMessageContaining("method")
        .hasMessageContaining("path");
  }

  @Test
  void planBuilderDefaultsToAnUntitledKoreanPlan() {
    Plan plan = Plan.builder().build();
    assertThat(plan.title()).isEmpty();
    assertThat(plan.language()).isEqualTo(Language.KOREAN);
    assertThat(plan.extraSections()).isEmpty();
  }

  @Test
  void optionalAndListValuesDefaultToEmpty() {
    Risk risk = new RiskBuilder().title("t").build();
    assertThat(risk.probability()).isEmpty();
    assertThat(risk.extraItems()).isEmpty();
  }

  // ---- compact-constructor checks -------------------------------------------------------------

  @Test
  void nullListElementsAreRejectedNamingTheListAndIndex() {
    List<EndpointSpec> endpoints = new ArrayList<>();
    endpoints.add(
        new EndpointSpecBuilder().name("a").method(new HttpMethodText("GET")).path("/a").build());
    endpoints.add(null);

    assertThatThrownBy(() -> new ApiDesign(endpoints, List.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("endpoints[1] must not be null");
  }

  @Test
  void nullValuesAreRejectedNamingTheField() {
    assertThatThrownBy(() -> new CostItem("x", null, "", Map.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("monthlyCost must not be null");
    Map<String, String> cells = new LinkedHashMap<>();
    cells.put("비고", null);
    assertThatThrownBy(() -> new TechChoice("a", "b", "c", cells))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("extraCells");
  }

  @Test
  void lineBreaksInSingleLineFieldsAreRejectedNamingTheField() {
    assertThatThrownBy(() -> new TechChoice("백엔드", "Fast\nAPI", "r", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("technology must be a single line");
    assertThatThrownBy(() -> Plan.builder().title("a\r\nb").build())
        .hasMessageStartingWith("title must be a single line");
    assertThatThrownBy(() -> new RiskBuilder().title("r").mitigation("a\nb").build())
        .hasMessageStartingWith("mitigation must be a single line");
  }

  @Test
  void surroundingWhitespaceInSingleLineFieldsIsRejected() {
    assertThatThrownBy(() -> new Header("Authorization", " Bearer x"))
        .hasMessageStartingWith("header value must not start or end with whitespace");
    assertThatThrownBy(() -> new Step("  다음 "))
        .hasMessageContaining("step text must not be blank or start or end with whitespace");
  }

  @Test
  void multiLineFieldsKeepLineBreaks() {
    assertThat(new Step("TASKS 문서 생성\n   → `sutory tasks`").text()).contains("\n");
    assertThat(new ResponseSpec("Response", StatusCodeText.of(200), "{\n}").body())
        .isEqualTo("{\n}");
  }

  @Test
  void rawMarkdownAnchorMustNamePartThatIsPresent() {
    assertThatThrownBy(
            () ->
                new Architecture(
                    Optional.empty(),
                    List.of(),
                    List.of(),
                    List.of(new RawMarkdown("nowhere", "x"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("architecture.extras: anchor 'nowhere' names no part")
        .hasMessageContaining("valid anchors: \"\", diagram, components, dataFlow");
    EndpointSpec one =
        new EndpointSpecBuilder().name("a").method(new HttpMethodText("GET")).path("/a").build();
    assertThatThrownBy(
            () -> new ApiDesign(List.of(one), List.of(new RawMarkdown("endpoints/1", "x"))))
        .hasMessageContaining("anchor 'endpoints/1'");
    assertThat(new ApiDesign(List.of(one), List.of(new RawMarkdown("endpoints/0", "x"))).extras())
        .hasSize(1);
  }

  @Test
  void rawMarkdownAnchorMayNotBeUsedTwiceAndContentMayNotBeBlank() {
    assertThatThrownBy(
            () ->
                new NextSteps(
                    List.of(), List.of(new RawMarkdown("", "a"), new RawMarkdown("", "b"))))
        .hasMessageContaining("anchor '' is used twice");
    assertThatThrownBy(() -> new RawMarkdown("", " \n ")).hasMessageContaining("must not be blank");
  }

  @Test
  void extraCellNeedsAnExtraColumn() {
    TechChoice row = new TechChoice("a", "b", "c", Map.of("버전", "1"));

    assertThatThrownBy(() -> new TechStack(List.of(), List.of(row), List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("extra cell '버전' has no extra column");
    TechChoice knownKey = new TechChoice("a", "b", "c", Map.of("area", "1"));
    assertThatThrownBy(
            () ->
                new TechStack(
                    List.of("area", "technology", "reason"),
                    List.of(knownKey),
                    List.of(),
                    List.of()))
        .hasMessageContaining("extra cell 'area'");
    assertThat(
            new TechStack(
                    List.of("area", "버전", "technology", "reason"),
                    List.of(row),
                    List.of(),
                    List.of())
                .columns())
        .containsExactly("area", "버전", "technology", "reason");
  }

  @Test
  void costTotalExtraCellsNeedAnExtraColumnToo() {
    CostTotal total = new CostTotal(new MoneyText("$1"), "", Map.of("비고", "x"));
    assertThatThrownBy(() -> new CostEstimate(List.of(), List.of(), Optional.of(total), List.of()))
        .hasMessageContaining("extra cell '비고'");
  }

  @Test
  void columnsMustBeUniqueAndNonEmpty() {
    List<Milestone> row =
        List.of(new Milestone("1", "work", new DurationText("1일"), java.util.Map.of()));
    assertThatThrownBy(() -> new Milestones(List.of("phase", "phase"), row, List.of()))
        .hasMessageContaining("columns must be non-empty and unique");
    assertThatThrownBy(() -> new Milestones(List.of(""), row, List.of()))
        .hasMessageContaining("columns must be non-empty and unique");
  }

  @Test
  void aTableWithoutRowsKeepsNoColumnOrderBecauseItIsNotWritten() {
    assertThat(new Milestones(List.of("work", "phase"), List.of(), List.of()).columns()).isEmpty();
  }

  @Test
  void rawContentOfAnEmptyOrAbsentPartMovesToWhereItSitsInADocument() {
    NextSteps steps = new NextSteps(List.of(), List.of(new RawMarkdown("steps", "note")));
    assertThat(steps.extras()).containsExactly(new RawMarkdown("", "note"));
    Security security =
        new SecurityBuilder()
            .authentication(new AuthenticationBuilder().method("JWT").build())
            .addExtras(new RawMarkdown("dataProtection", "later"))
            .addExtras(new RawMarkdown("authentication", "first"))
            .build();
    assertThat(security.extras())
        .containsExactly(new RawMarkdown("authentication", "first\n\nlater"));
  }

  @Test
  void recordSpecificShapeChecks() {
    assertThatThrownBy(() -> new Alternative("**Keycloak**", "x")).hasMessageContaining("**");
    assertThatThrownBy(() -> new Component("", " (x)", "r"))
        .hasMessageContaining("note needs a name");
    assertThatThrownBy(() -> new Header("Content:Type", "x")).hasMessageContaining("no colon");
    assertThatThrownBy(() -> new ResponseSpec("Response (200)", StatusCodeText.of(200), ""))
        .hasMessageContaining("no '('");
    assertThatThrownBy(
            () ->
                new EndpointSpecBuilder()
                    .name("a")
                    .method(new HttpMethodText("GET"))
                    .path("/a b")
                    .build())
        .hasMessageContaining("path must not contain spaces");
    assertThatThrownBy(() -> new Environment("Prod: eu", "Cloud Run"))
        .hasMessageContaining("must not contain \": \"");
    assertThatThrownBy(() -> new ExtraSection("chapter16", "16. 참고", ""))
        .hasMessageContaining("must be a section key or empty");
    assertThatThrownBy(() -> new ExtraSection("", " 16. 참고", ""))
        .hasMessageContaining("must not start or end with whitespace");
    assertThat(new ExtraSection("", "", "").heading()).isEmpty();
  }

  @Test
  void planChecksItsExtraSectionsAndTitleContent() {
    ExtraSection afterRisks = new ExtraSection("risks", "16. 참고 자료", "");
    assertThatThrownBy(() -> Plan.builder().title("x").addExtraSections(afterRisks).build())
        .hasMessageContaining("follows section 'risks', which the plan does not have");
    assertThatThrownBy(() -> Plan.builder().afterTitle("text").build())
        .hasMessageContaining("afterTitle needs a title");
    assertThatThrownBy(() -> Plan.builder().title("x").beforeTitle("  ").build())
        .hasMessageContaining("beforeTitle must not be blank");
  }

  // ---- Instancio-generated records ------------------------------------------------------------

  @Test
  @Seed(20260309)
  void generatedTechChoicesAreEqualToTheirBuilderCopies() {
    List<TechChoice> rows =
        Instancio.ofList(TechChoice.class)
            .size(200)
            .supply(org.instancio.Select.all(String.class), RandomPlans::text)
            .supply(org.instancio.Select.field(TechChoice.class, "extraCells"), () -> Map.of())
            .create();

    for (TechChoice row : rows) {
      assertThat(new TechChoiceBuilder().from(row).build()).isEqualTo(row);
      assertThat(new TechChoice(row.area(), row.technology(), row.reason(), row.extraCells()))
          .isEqualTo(row)
          .hasSameHashCodeAs(row);
    }
  }
}
