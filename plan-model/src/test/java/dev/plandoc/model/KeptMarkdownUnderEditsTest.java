package dev.plandoc.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plandoc.model.value.DurationText;
import dev.plandoc.model.value.HttpMethod;
import dev.plandoc.model.value.HttpMethodText;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Item helpers on sections that keep Markdown between their items ({@code risks/i}, {@code
 * endpoints/i}, …) and items that are views over kept Markdown: every block stays where it is in
 * the document, and every view keeps pointing at the Markdown it was read from.
 */
class KeptMarkdownUnderEditsTest {
  private static final RawMarkdown INTRO = new RawMarkdown("", "intro");

  private static Risk risk(String title) {
    return new RiskBuilder().title(title).mitigation("m " + title).build();
  }

  private static Risk view(String title, String of) {
    return risk(title).withViewOf(of);
  }

  private static RawMarkdown after(int i, String text) {
    return new RawMarkdown("risks/" + i, text);
  }

  /** Risks A, B, C of their own, with Markdown at the start and after each of them. */
  private static Risks abc() {
    return new Risks(
        List.of(risk("A"), risk("B"), risk("C")),
        List.of(INTRO, after(0, "after A"), after(1, "after B"), after(2, "after C")));
  }

  @Test
  void removingAnItemJoinsTheMarkdownAfterItToTheMarkdownBeforeIt() {
    assertThat(abc().withoutRisk(1))
        .isEqualTo(
            new Risks(
                List.of(risk("A"), risk("C")),
                List.of(INTRO, after(0, "after A\n\nafter B"), after(1, "after C"))));
  }

  @Test
  void removingTheFirstItemJoinsItsMarkdownToTheStart() {
    assertThat(abc().withoutRisk(0))
        .isEqualTo(
            new Risks(
                List.of(risk("B"), risk("C")),
                List.of(
                    new RawMarkdown("", "intro\n\nafter A"),
                    after(0, "after B"),
                    after(1, "after C"))));
  }

  @Test
  void removingTheOnlyItemKeepsItsMarkdownAtTheStart() {
    Risks one = new Risks(List.of(risk("A")), List.of(after(0, "after A")));
    assertThat(one.withoutRisk(0))
        .isEqualTo(new Risks(List.of(), List.of(new RawMarkdown("", "after A"))));
  }

  @Test
  void addingAnItemRenumbersTheAnchorsAfterIt() {
    assertThat(abc().withRiskAdded(1, risk("X")))
        .isEqualTo(
            new Risks(
                List.of(risk("A"), risk("X"), risk("B"), risk("C")),
                List.of(INTRO, after(0, "after A"), after(2, "after B"), after(3, "after C"))));
  }

  @Test
  void appendingAnItemChangesNoAnchor() {
    Risks appended = abc().withRiskAdded(risk("X"));
    assertThat(appended.risks()).extracting(Risk::title).containsExactly("A", "B", "C", "X");
    assertThat(appended.extras()).isEqualTo(abc().extras());
  }

  @Test
  void movingAnItemTakesOnlyItsOwnPlaceAlong() {
    // Document order before: intro, A, after A, B, after B, C, after C.
    // After moving A last:   intro, after A, B, after B, C, after C, A.
    assertThat(abc().withRiskMoved(0, 2))
        .isEqualTo(
            new Risks(
                List.of(risk("B"), risk("C"), risk("A")),
                List.of(
                    new RawMarkdown("", "intro\n\nafter A"),
                    after(0, "after B"),
                    after(1, "after C"))));
  }

  @Test
  void changingAnItemKeepsAllKeptMarkdown() {
    Risks changed = abc().withRisk(1, r -> r.withTitle("B2"));
    assertThat(changed.extras()).isEqualTo(abc().extras());
    assertThat(changed.risks()).extracting(Risk::title).containsExactly("A", "B2", "C");
  }

  /** A risk table at the start read as two views, then a risk of its own with Markdown after it. */
  private static Risks viewsFirst() {
    return new Risks(
        List.of(view("V1", ""), view("V2", ""), risk("A")),
        List.of(
            new RawMarkdown("", "| 리스크 | 확률 |\n|---|---|\n| V1 | 높음 |\n| V2 | 낮음 |"),
            after(0, "after A")));
  }

  @Test
  void addingOrRemovingAViewRenumbersNothing() {
    Risks views = viewsFirst();
    assertThat(views.withoutRisk(0).extras()).isEqualTo(views.extras());
    assertThat(views.withRiskAdded(0, view("V0", "")).extras()).isEqualTo(views.extras());
    assertThat(views.withRiskMoved(0, 2).risks())
        .extracting(Risk::title)
        .containsExactly("V2", "A", "V1");
    assertThat(views.withRiskMoved(0, 2).extras()).isEqualTo(views.extras());
  }

  @Test
  void anItemOfItsOwnAddedAmongViewsCountsOnlyTheItemsOfTheirOwnBeforeIt() {
    // Added at index 2, after the two views: it is the first risk of its own, so "after A" is now
    // after the second.
    Risks added = viewsFirst().withRiskAdded(2, risk("X"));
    assertThat(added.risks()).extracting(Risk::title).containsExactly("V1", "V2", "X", "A");
    assertThat(added.extras()).contains(after(1, "after A"));
  }

  @Test
  void aViewFollowsTheAnchorOfItsMarkdownWhenItIsRenumbered() {
    RawMarkdown table = new RawMarkdown("risks/1", "| 리스크 |\n|---|\n| V |");
    Risks risks =
        new Risks(
            List.of(risk("A"), risk("B"), view("V", "risks/1")),
            List.of(after(0, "after A"), table));

    Risks withoutA = risks.withoutRisk(0);
    assertThat(withoutA.risks()).containsExactly(risk("B"), view("V", "risks/0"));
    assertThat(withoutA.extras())
        .containsExactly(
            new RawMarkdown("", "after A"), new RawMarkdown("risks/0", table.markdown()));

    Risks withoutB = risks.withoutRisk(1);
    assertThat(withoutB.risks()).containsExactly(risk("A"), view("V", "risks/0"));
    assertThat(withoutB.extras())
        .containsExactly(new RawMarkdown("risks/0", "after A\n\n" + table.markdown()));

    Risks withX = risks.withRiskAdded(0, risk("X"));
    assertThat(withX.risks().get(3)).isEqualTo(view("V", "risks/2"));
  }

  @Test
  void aChangedViewStaysAViewOfTheSameMarkdownWhateverTheChangeReturns() {
    Risks views = viewsFirst();
    Risks changed = views.withRisk(1, old -> risk("V2 새 제목"));
    assertThat(changed.risks().get(1)).isEqualTo(view("V2 새 제목", ""));
    // And an item of its own stays one, even when the change makes a view of it.
    assertThat(views.withRisk(2, old -> view("A2", "")).risks().get(2)).isEqualTo(risk("A2"));
  }

  @Test
  void milestoneAndNextStepViewsKeepViewOfWhenChanged() {
    Milestone row = new Milestone("1", "API", new DurationText("2일"), Map.of(), Optional.of(""));
    Milestones milestones =
        new Milestones(
            List.of(), List.of(row), List.of(new RawMarkdown("", "### Phase 1: API (2일)")));
    assertThat(
            milestones.withMilestone(0, m -> new Milestone("1", "API v2", m.estimate(), Map.of())))
        .isEqualTo(milestones.withMilestones(List.of(row.withWork("API v2"))));

    Step check = new Step("SPEC 승인", Optional.of(false), Optional.of(""));
    NextSteps steps = new NextSteps(List.of(check), List.of(new RawMarkdown("", "- [ ] SPEC 승인")));
    assertThat(
            steps
                .withStep(0, s -> new Step("SPEC 승인", Optional.of(true), Optional.empty()))
                .steps())
        .containsExactly(check.withChecked(true));
  }

  @Test
  void endpointsTablesAndServicesFollowTheSameRules() {
    EndpointSpec a = endpoint("/a");
    ApiDesign api =
        new ApiDesign(
            List.of(a, endpoint("/b")), List.of(new RawMarkdown("endpoints/1", "after b")));
    assertThat(api.withoutEndpoint(0).extras())
        .containsExactly(new RawMarkdown("endpoints/0", "after b"));
    // b first: "after b" stays where it was, after a, which is now the second endpoint.
    assertThat(api.withEndpointMoved(1, 0).extras())
        .containsExactly(new RawMarkdown("endpoints/1", "after b"));

    TableSpec t = new TableSpec("t", "sql", "CREATE TABLE t ();", List.of());
    DatabaseSchema schema =
        new DatabaseSchema(
            List.of(t, t.withName("u")),
            List.of("`idx_t`"),
            List.of(
                new RawMarkdown("tables/0", "after t"), new RawMarkdown("indexNotes", "notes")));
    assertThat(schema.withoutTable(0).extras())
        .containsExactly(new RawMarkdown("", "after t"), new RawMarkdown("indexNotes", "notes"));
    assertThat(schema.withTableAdded(0, t.withName("s")).extras())
        .containsExactly(
            new RawMarkdown("tables/1", "after t"), new RawMarkdown("indexNotes", "notes"));

    ServiceSpec s = new ServiceSpecBuilder().name("FCM").build();
    ExternalServices services =
        new ExternalServices(List.of(s), List.of(new RawMarkdown("services/0", "after FCM")));
    assertThat(services.withServiceAdded(0, s.withName("APNs")).extras())
        .containsExactly(new RawMarkdown("services/1", "after FCM"));
  }

  /** A GET endpoint of its own. */
  static EndpointSpec endpoint(String path) {
    return new EndpointSpecBuilder()
        .name(path)
        .method(HttpMethodText.of(HttpMethod.GET))
        .path(path)
        .build();
  }
}
