package dev.plandoc.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plandoc.model.testing.FilledPlan;
import dev.plandoc.model.testing.RandomPlans;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The plan's own edits ({@link PlanEdits}): the title and the sections. */
class PlanEditsTest {
  private static final Plan FILLED = FilledPlan.plan();

  @Test
  void withTitleChangesOnlyTheTitle() {
    Plan v2 = FILLED.withTitle("Receipt OCR v2");
    assertThat(v2.title()).isEqualTo("Receipt OCR v2");
    assertThat(v2).isEqualTo(new PlanBuilder().from(FILLED).title("Receipt OCR v2").build());
  }

  @Test
  void withTitleRefusesAnEmptyTitleWhereTheTitleFormNeedsOne() {
    Plan formed = edited(b -> b.titleForm(new TitleForm("", " 설계 문서")));
    assertThatThrownBy(() -> formed.withTitle(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a title form needs a title");
    assertThatThrownBy(() -> FILLED.withTitle("two\nlines"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("title");
  }

  @Test
  void aSectionChangeEditsThePresentSectionAndNothingElse() {
    Plan edited = FILLED.withRisks(r -> r.withRisk(0, risk -> risk.withMitigation("이중 검토")));
    assertThat(edited.risks().orElseThrow().risks().get(0).mitigation()).contains("이중 검토");
    Risks expected =
        new RisksBuilder()
            .from(FILLED.risks().orElseThrow())
            .risks(
                List.of(
                    new RiskBuilder()
                        .from(FILLED.risks().orElseThrow().risks().get(0))
                        .mitigation("이중 검토")
                        .build()))
            .build();
    assertThat(edited).isEqualTo(new PlanBuilder().from(FILLED).risks(expected).build());
  }

  @Test
  void theReadmeExampleChangesOneEndpointPath() {
    ApiDesign api =
        new ApiDesignBuilder()
            .addEndpoints(
                KeptMarkdownUnderEditsTest.endpoint("/v1/upload"),
                KeptMarkdownUnderEditsTest.endpoint("/v1/parse"),
                KeptMarkdownUnderEditsTest.endpoint("/v1/receipts"))
            .build();
    Plan plan = FILLED.withApiDesign(api);
    Plan edited = plan.withApiDesign(a -> a.withEndpoint(2, e -> e.withPath("/v2/receipts")));
    assertThat(edited.apiDesign().orElseThrow().endpoints())
        .extracting(EndpointSpec::path)
        .containsExactly("/v1/upload", "/v1/parse", "/v2/receipts");
    assertThat(edited.withApiDesign(a -> a.withEndpoint(2, e -> e.withPath("/v1/receipts"))))
        .isEqualTo(plan);
  }

  @Test
  void aChangeOfAnAbsentSectionIsAppliedToAnEmptyOneWhichIsAdded() {
    Plan none = FILLED.withoutRisks();
    Risk risk = new RiskBuilder().title("토큰 탈취").build();
    Plan one = none.withRisks(r -> r.withRiskAdded(risk));
    assertThat(one.risks()).contains(new RisksBuilder().addRisks(risk).build());
  }

  @Test
  void aChangeOfAnAbsentSectionThatRemovesAnItemHasNoItemToRemove() {
    assertThatThrownBy(() -> FILLED.withoutRisks().withRisks(r -> r.withoutRisk(0)))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("risks.risks: index 0 is out of bounds for 0 items");
  }

  @ParameterizedTest
  @EnumSource(SectionKind.class)
  void everySectionHasAChangeASetAndAWithout(SectionKind kind) throws Exception {
    String name = Character.toUpperCase(kind.key().charAt(0)) + kind.key().substring(1);
    Object present = FILLED.section(kind).orElseThrow();
    Class<?> type = present.getClass();
    Plan without = (Plan) call(FILLED, "without" + name);
    assertThat(without.has(kind)).isFalse();
    PlanBuilder cleared = new PlanBuilder().from(FILLED);
    clear(cleared, kind);
    assertThat(without).isEqualTo(cleared.build());
    assertThat(call(without, "without" + name)).isEqualTo(without);

    // Set, then change: identity keeps it, a change that empties it keeps it present.
    Plan set = (Plan) call(without, "with" + name, present);
    assertThat(set).isEqualTo(FILLED);
    UnaryOperator<Object> same = s -> s;
    assertThat(call(FILLED, "with" + name, same)).isEqualTo(FILLED);
    Object empty = Plan.emptySection(kind);
    UnaryOperator<Object> toEmpty = s -> empty;
    assertThat(((Plan) call(FILLED, "with" + name, toEmpty)).section(kind))
        .isEqualTo(Optional.of(empty));

    // Absent: the change gets an empty section; one that changes nothing adds nothing.
    UnaryOperator<Object> spy =
        s -> {
          assertThat(s).isEqualTo(empty).isInstanceOf(type);
          return present;
        };
    assertThat(call(without, "with" + name, spy)).isEqualTo(FILLED);
    assertThat(call(without, "with" + name, same)).isEqualTo(without);
  }

  private static void clear(PlanBuilder b, SectionKind kind) {
    try {
      PlanBuilder.class.getMethod(kind.key(), Optional.class).invoke(b, Optional.empty());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void withoutASectionMovesTheExtraSectionsAfterItToTheSectionBefore() {
    Plan plan =
        edited(
            b ->
                b.extraSections(
                    List.of(
                        new ExtraSection("milestones", "부록 A", "a"),
                        new ExtraSection("risks", "부록 B", "b"),
                        new ExtraSection("nextSteps", "부록 C", "c"))));
    assertThat(plan.withoutRisks().extraSections())
        .containsExactly(
            new ExtraSection("milestones", "부록 A", "a"),
            new ExtraSection("milestones", "부록 B", "b"),
            new ExtraSection("nextSteps", "부록 C", "c"));
    Plan onlyRisks =
        Plan.builder()
            .title("t")
            .risks(FILLED.risks())
            .extraSections(List.of(new ExtraSection("risks", "부록", "x")))
            .build();
    assertThat(onlyRisks.withoutRisks().extraSections())
        .containsExactly(new ExtraSection("", "부록", "x"));
  }

  @Test
  void withoutASectionDropsTheLabelsOfItAndItsPartsOnly() {
    Plan plan =
        edited(
            b ->
                b.labels(
                    Map.of(
                        "risks", "14. 위험 요소",
                        "costEstimate", "12. 비용",
                        "costEstimate.columns.basis", "비고",
                        "costEstimateNotes", "x")));
    assertThat(plan.withoutCostEstimate().labels()).containsOnlyKeys("risks", "costEstimateNotes");
  }

  @Test
  void aChangeThatReturnsNullIsRefusedNamingTheSection() {
    assertThatThrownBy(() -> FILLED.withSecurity(s -> null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("security: the change returned null");
  }

  @Test
  void aMetadataViewStaysAViewThroughAChange() {
    Plan plan =
        Plan.builder()
            .title("OCR")
            .afterTitle("> 작성자: 김민지")
            .metadata(new MetadataBuilder().author("김민지").viewOf("afterTitle").build())
            .build();
    Plan edited = plan.withMetadata(m -> m.withAuthor("이서준"));
    assertThat(edited.metadata().orElseThrow().viewOf()).contains("afterTitle");
    assertThat(edited.metadata().orElseThrow().author()).contains("이서준");
  }

  @Test
  void aMetadataViewOverContentThePlanLacksIsRefused() {
    Metadata view = new MetadataBuilder().author("김민지").viewOf("beforeTitle").build();
    assertThatThrownBy(() -> FILLED.withMetadata(view))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("beforeTitle");
  }

  @Test
  void editsLeaveTheOriginalPlanAsItWas() {
    for (long seed = 8800; seed < 8810; seed++) {
      Plan plan = RandomPlans.plan(seed);
      plan.withTitle("다른 제목")
          .withoutRisks()
          .withNextSteps(n -> n.withStepAdded(new Step("추가")))
          .withSecurity(s -> s.withAuthentication(a -> a.withMethod("OAuth")));
      assertThat(plan).isEqualTo(RandomPlans.plan(seed));
    }
  }

  private static Plan edited(java.util.function.Consumer<PlanBuilder> edit) {
    PlanBuilder b = new PlanBuilder().from(FILLED);
    edit.accept(b);
    return b.build();
  }

  private static Object call(Plan plan, String name, Object... args) throws Exception {
    for (Method m : Plan.class.getMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == args.length) {
        Class<?>[] p = m.getParameterTypes();
        if (args.length == 0 || p[0].isInstance(args[0])) {
          try {
            return m.invoke(plan, args);
          } catch (InvocationTargetException e) {
            throw (Exception) e.getCause();
          }
        }
      }
    }
    throw new AssertionError("Plan has no " + name);
  }
}
