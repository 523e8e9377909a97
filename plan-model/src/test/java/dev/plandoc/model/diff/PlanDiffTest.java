package dev.plandoc.model.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plandoc.model.CostItem;
import dev.plandoc.model.EndpointSpec;
import dev.plandoc.model.EndpointSpecBuilder;
import dev.plandoc.model.Language;
import dev.plandoc.model.Plan;
import dev.plandoc.model.PlanBuilder;
import dev.plandoc.model.ResponseSpec;
import dev.plandoc.model.Risk;
import dev.plandoc.model.RiskBuilder;
import dev.plandoc.model.SectionKind;
import dev.plandoc.model.TitleForm;
import dev.plandoc.model.testing.FilledPlan;
import dev.plandoc.model.value.HttpMethod;
import dev.plandoc.model.value.HttpMethodText;
import dev.plandoc.model.value.RiskLevelText;
import dev.plandoc.model.value.StatusCodeText;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link PlanDiff} on the filled template: one edit, exactly the change it makes. */
class PlanDiffTest {
  private static final Plan PLAN = FilledPlan.plan();

  /** Each change as {@code kind pointer}, for exact comparisons. */
  static List<String> changes(Plan a, Plan b) {
    return PlanDiff.between(a, b).changes().stream()
        .map(c -> c.kind().name() + " " + c.pointer())
        .toList();
  }

  static EndpointSpec endpoint(HttpMethod method, String path) {
    return new EndpointSpecBuilder()
        .name("health")
        .method(HttpMethodText.of(method))
        .path(path)
        .addResponses(new ResponseSpec("Response", StatusCodeText.of(200), "{}"))
        .build();
  }

  static Risk risk(String title) {
    return new RiskBuilder().title(title).impact(new RiskLevelText("Low")).build();
  }

  @Test
  void aPlanAgainstItselfHasNoChange() {
    assertThat(PlanDiff.between(PLAN, PLAN).isEmpty()).isTrue();
    assertThat(PlanDiff.between(PLAN, new PlanBuilder().from(PLAN).build()).changes()).isEmpty();
  }

  @Test
  void aChangedTitleIsOneChangeOfThePlanItself() {
    PlanDiff diff = PlanDiff.between(PLAN, PLAN.withTitle("Receipt OCR v2"));
    assertThat(diff.changes()).hasSize(1);
    PlanChange c = diff.changes().get(0);
    assertThat(c.kind()).isEqualTo(ChangeKind.CHANGED);
    assertThat(c.pointer()).isEqualTo("/title");
    assertThat(c.oldPointer()).contains("/title");
    assertThat(c.section()).isEmpty();
    assertThat(c.oldValue()).contains(PLAN.title());
    assertThat(c.newValue()).contains("Receipt OCR v2");
    assertThat(c.line()).isEqualTo("changed /title: OCR 영수증 인증 → Receipt OCR v2");
  }

  @Test
  void anInsertedEndpointIsOneAdditionAndTheOthersKeepTheirIdentity() {
    Plan two = PLAN.withApiDesign(a -> a.withEndpointAdded(endpoint(HttpMethod.GET, "/b")));
    Plan three = two.withApiDesign(a -> a.withEndpointAdded(0, endpoint(HttpMethod.GET, "/a")));
    PlanDiff diff = PlanDiff.between(two, three);
    assertThat(changes(two, three)).containsExactly("ADDED /apiDesign/endpoints/0");
    PlanChange added = diff.changes().get(0);
    assertThat(added.section()).contains(SectionKind.API_DESIGN);
    assertThat(added.item()).contains("endpoint GET /a");
    assertThat(added.oldPointer()).isEmpty();
    assertThat(added.oldValue()).isEmpty();

    // A change in an item that the insertion moved down is at its new index, and its old one.
    Plan edited = three.withApiDesign(a -> a.withEndpoint(2, e -> e.withName("Health check")));
    PlanDiff both = PlanDiff.between(two, edited);
    assertThat(both.changes())
        .extracting(PlanChange::kind, PlanChange::pointer, PlanChange::oldPointer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                ChangeKind.ADDED, "/apiDesign/endpoints/0", Optional.empty()),
            org.assertj.core.groups.Tuple.tuple(
                ChangeKind.CHANGED,
                "/apiDesign/endpoints/2/name",
                Optional.of("/apiDesign/endpoints/1/name")));
    assertThat(both.changes().get(1).item()).contains("endpoint GET /b");
  }

  @Test
  void anInsertedRiskIsOneAdditionWhereverItGoes() {
    Plan base = PLAN.withRisks(r -> r.withRiskAdded(risk("Rate limits")));
    for (int at = 0; at <= 2; at++) {
      int index = at;
      Plan more = base.withRisks(r -> r.withRiskAdded(index, risk("Vendor lock-in")));
      assertThat(changes(base, more)).containsExactly("ADDED /risks/risks/" + at);
    }
  }

  @Test
  void aRemovedItemIsNamedByItsPlaceInTheOldPlan() {
    Plan base = PLAN.withRisks(r -> r.withRiskAdded(risk("Rate limits")));
    Plan fewer = base.withRisks(r -> r.withoutRisk(0));
    PlanDiff diff = PlanDiff.between(base, fewer);
    assertThat(changes(base, fewer)).containsExactly("REMOVED /risks/risks/0");
    assertThat(diff.changes().get(0).oldPointer()).contains("/risks/risks/0");
    assertThat(diff.changes().get(0).newValue()).isEmpty();
    assertThat(diff.changes().get(0).describeOld()).isEqualTo("risk OCR 인식률 저하");
  }

  @Test
  void aReorderedItemIsOneMoveFromItsOldPlace() {
    Plan base =
        PLAN.withRisks(r -> r.withRiskAdded(risk("Rate limits")).withRiskAdded(risk("Lock-in")));
    Plan moved = base.withRisks(r -> r.withRiskMoved(0, 2));
    PlanDiff diff = PlanDiff.between(base, moved);
    assertThat(changes(base, moved)).containsExactly("MOVED /risks/risks/2");
    assertThat(diff.changes().get(0).oldPointer()).contains("/risks/risks/0");
    assertThat(diff.changes().get(0).line())
        .isEqualTo("moved /risks/risks/0 → /risks/risks/2: risk OCR 인식률 저하");
  }

  @Test
  void aRenamedItemIsAChangeOfItsIdentityWhenTheRestIsTheSame() {
    Plan renamed = PLAN.withRisks(r -> r.withRisk(0, k -> k.withTitle("OCR 오인식")));
    assertThat(changes(PLAN, renamed)).containsExactly("CHANGED /risks/risks/0/title");
    Plan other = PLAN.withRisks(r -> r.withoutRisk(0).withRiskAdded(risk("Something else")));
    assertThat(changes(PLAN, other))
        .containsExactly("REMOVED /risks/risks/0", "ADDED /risks/risks/0");
  }

  @Test
  void typedValuesCompareByValueAndARestatementIsATextChange() {
    Plan restated = PLAN.withCostEstimate(c -> c.withCostItem(0, i -> i.withMonthlyCost("$38.00")));
    PlanDiff diff = PlanDiff.between(PLAN, restated);
    assertThat(changes(PLAN, restated)).containsExactly("TEXT /costEstimate/items/0/monthlyCost");
    assertThat(diff.count(ChangeKind.TEXT)).isEqualTo(1);
    assertThat(diff.changes().get(0).item()).hasValueSatisfying(i -> i.startsWith("cost item "));

    Plan raised = PLAN.withCostEstimate(c -> c.withCostItem(0, i -> i.withMonthlyCost("$45")));
    assertThat(changes(PLAN, raised)).containsExactly("CHANGED /costEstimate/items/0/monthlyCost");
    Plan otherCurrency =
        PLAN.withCostEstimate(c -> c.withCostItem(0, i -> i.withMonthlyCost("₩38")));
    assertThat(changes(PLAN, otherCurrency))
        .containsExactly("CHANGED /costEstimate/items/0/monthlyCost");
  }

  @Test
  void theTemplatesWordsForARiskLevelInEitherLanguageAreTheSameText() {
    Plan english = PLAN.withRisks(r -> r.withRisk(0, k -> k.withImpact("High")));
    assertThat(PLAN.risks().orElseThrow().risks().get(0).impact().orElseThrow().text())
        .isEqualTo("높음");
    assertThat(changes(PLAN, english)).isEmpty();
    Plan own = PLAN.withRisks(r -> r.withRisk(0, k -> k.withImpact("상")));
    assertThat(changes(PLAN, own)).containsExactly("TEXT /risks/risks/0/impact");
    Plan lower = PLAN.withRisks(r -> r.withRisk(0, k -> k.withImpact("낮음")));
    assertThat(changes(PLAN, lower)).containsExactly("CHANGED /risks/risks/0/impact");
  }

  @Test
  void textThatDoesNotParseComparesAsText() {
    Plan tbd = PLAN.withCostEstimate(c -> c.withCostItem(0, i -> i.withMonthlyCost("TBD")));
    Plan tbd2 = PLAN.withCostEstimate(c -> c.withCostItem(0, i -> i.withMonthlyCost("미정")));
    assertThat(changes(PLAN, tbd)).containsExactly("CHANGED /costEstimate/items/0/monthlyCost");
    assertThat(changes(tbd, tbd2)).containsExactly("CHANGED /costEstimate/items/0/monthlyCost");
    assertThat(changes(tbd, tbd)).isEmpty();
  }

  @Test
  void aSectionAddedOrRemovedIsOneChangeAtItsKey() {
    Plan without = PLAN.withoutSecurity();
    assertThat(changes(PLAN, without)).containsExactly("REMOVED /security");
    assertThat(changes(without, PLAN)).containsExactly("ADDED /security");
    assertThat(PlanDiff.between(without, PLAN).changes().get(0).section())
        .contains(SectionKind.SECURITY);
    Plan noAuth = PLAN.withSecurity(s -> s.withoutAuthentication());
    assertThat(changes(PLAN, noAuth)).containsExactly("REMOVED /security/authentication");
  }

  @Test
  void cellsOfExtraColumnsAreComparedByColumnWithTheirNamesEscaped() {
    Plan cells =
        PLAN.withCostEstimate(
            c ->
                c.withColumns(List.of("item", "monthlyCost", "basis", "a/b", "~x"))
                    .withCostItem(0, i -> withCells(i, Map.of("a/b", "1", "~x", "2"))));
    Plan changed =
        cells.withCostEstimate(
            c -> c.withCostItem(0, i -> withCells(i, Map.of("a/b", "one", "~x", "2"))));
    assertThat(changes(cells, changed))
        .containsExactly("CHANGED /costEstimate/items/0/extraCells/a~1b");
    Plan dropped =
        cells.withCostEstimate(c -> c.withCostItem(0, i -> withCells(i, Map.of("a/b", "1"))));
    assertThat(changes(cells, dropped))
        .containsExactly("REMOVED /costEstimate/items/0/extraCells/~0x");
  }

  private static CostItem withCells(CostItem item, Map<String, String> cells) {
    return new CostItem(item.item(), item.monthlyCost(), item.basis(), cells);
  }

  @Test
  void howThePlanIsWrittenIsNoChange() {
    Plan english =
        new PlanBuilder()
            .from(PLAN)
            .language(Language.ENGLISH)
            .labels(Map.of("apiDesign", "3. API 명세", "metadata.keys.author", "글쓴이"))
            .titleForm(new TitleForm("", " 설계 문서"))
            .enclosingFence("```markdown")
            .sectionOrder(List.of(SectionKind.RISKS, SectionKind.METADATA))
            .build();
    assertThat(english).isNotEqualTo(PLAN);
    assertThat(changes(PLAN, english)).isEmpty();
    Plan columns =
        PLAN.withCostEstimate(c -> c.withColumns(List.of("monthlyCost", "item", "basis")));
    assertThat(changes(PLAN, columns)).isEmpty();
  }

  @Test
  void lineBreaksAndTrailingSpacesInTextAreNoChangeButWordsAre() {
    String step = PLAN.nextSteps().orElseThrow().steps().get(1).text();
    Plan crlf =
        PLAN.withNextSteps(n -> n.withStep(1, s -> s.withText(step.replace("\n", "  \r\n"))));
    assertThat(changes(PLAN, crlf)).isEmpty();
    Plan words = PLAN.withNextSteps(n -> n.withStep(1, s -> s.withText(step + " 검토")));
    assertThat(changes(PLAN, words)).containsExactly("CHANGED /nextSteps/steps/1/text");
  }

  @Test
  void listsWithoutIdentityAlignByContentThenPosition() {
    Plan base =
        PLAN.withNextSteps(
            n ->
                n.withStepAdded(
                    new dev.plandoc.model.Step("C", Optional.empty(), Optional.empty())));
    int size = base.nextSteps().orElseThrow().steps().size();
    Plan inserted =
        base.withNextSteps(
            n ->
                n.withStepAdded(
                    0, new dev.plandoc.model.Step("Z", Optional.empty(), Optional.empty())));
    assertThat(changes(base, inserted)).containsExactly("ADDED /nextSteps/steps/0");
    Plan reworded = base.withNextSteps(n -> n.withStep(size - 1, s -> s.withText("D")));
    assertThat(changes(base, reworded))
        .containsExactly("CHANGED /nextSteps/steps/" + (size - 1) + "/text");
  }

  @Test
  void aChangeNeedsTheValuesAndPointersItsKindHas() {
    assertThatThrownBy(
            () ->
                new PlanChange(
                    ChangeKind.ADDED,
                    "/title",
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of("a"),
                    Optional.of("b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ADDED needs no old value");
    assertThatThrownBy(
            () ->
                new PlanChange(
                    ChangeKind.REMOVED,
                    "/risks/risks/1",
                    Optional.of("/risks/risks/0"),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of("a"),
                    Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a removed value's is its pointer");
    assertThatThrownBy(
            () ->
                new PlanChange(
                    ChangeKind.CHANGED,
                    "title",
                    Optional.of("title"),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of("a"),
                    Optional.of("b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("starts with '/'");
  }
}
