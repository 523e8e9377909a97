package dev.plandoc.markdown.internal.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.plandoc.markdown.MarkdownDocument;
import dev.plandoc.model.EndpointSpec;
import dev.plandoc.model.Language;
import dev.plandoc.model.Metadata;
import dev.plandoc.model.Milestone;
import dev.plandoc.model.Plan;
import dev.plandoc.model.Risk;
import dev.plandoc.model.TableSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The edit matrix: on every corpus plan, each kind of edit is written back changing exactly the
 * lines it should — a value one line, an addition only added lines, a removal only removed lines, a
 * move the same lines elsewhere — and the result reads as the edited plan.
 */
class EditMatrixTest {
  static final List<String> CORPUS =
      List.of(
          "/plans/plan-template.ko.md",
          "/plans/ocr-receipt.ko.md",
          "/plans/push-settings.en.md",
          "/plans/user-auth.llm-drift.ko.md",
          "/plans/mixed-drift.md",
          "/wild/coupon-first-come.ko.md",
          "/wild/feature-flag-service.en.md",
          "/wild/gym-gx-booking.ko.md",
          "/wild/pet-clinic-records.ko.md",
          "/wild/shared-photo-albums.en.md",
          "/wild/wiki-search.ko.md",
          "/heldout/event-analytics-pipeline.en.md",
          "/heldout/instrument-escrow.ko.md",
          "/heldout/scooter-battery-swap.ko.md");

  /** What the line diff of an edit must look like. */
  enum Expect {
    ONE_LINE,
    ADDS_ONLY,
    REMOVES_ONLY,
    MOVES
  }

  record Edit(String name, Expect expect, Function<Plan, Optional<Plan>> apply) {
    @Override
    public String toString() {
      return name;
    }
  }

  static final List<Edit> EDITS =
      List.of(
          new Edit(
              "title",
              Expect.ONE_LINE,
              p ->
                  p.title().isEmpty()
                      ? Optional.empty()
                      : Optional.of(p.withTitle(p.title() + " v2"))),
          new Edit("tech-stack cell", Expect.ONE_LINE, EditMatrixTest::technology),
          new Edit("metadata bullet", Expect.ONE_LINE, EditMatrixTest::author),
          new Edit("milestone estimate", Expect.ONE_LINE, EditMatrixTest::estimate),
          new Edit("risk mitigation", Expect.ONE_LINE, EditMatrixTest::mitigation),
          new Edit("risk probability", Expect.ONE_LINE, EditMatrixTest::probability),
          new Edit("endpoint added", Expect.ADDS_ONLY, EditMatrixTest::endpointAdded),
          new Edit("endpoint removed", Expect.REMOVES_ONLY, EditMatrixTest::endpointRemoved),
          new Edit("risk added", Expect.ADDS_ONLY, EditMatrixTest::riskAdded),
          new Edit("risk removed", Expect.REMOVES_ONLY, EditMatrixTest::riskRemoved),
          new Edit("risk moved", Expect.MOVES, EditMatrixTest::riskMoved),
          new Edit("milestone added", Expect.ADDS_ONLY, EditMatrixTest::milestoneAdded),
          new Edit("milestone removed", Expect.REMOVES_ONLY, EditMatrixTest::milestoneRemoved),
          new Edit("table added", Expect.ADDS_ONLY, EditMatrixTest::tableAdded),
          new Edit("table removed", Expect.REMOVES_ONLY, EditMatrixTest::tableRemoved));

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (String plan : CORPUS) {
      for (Edit e : EDITS) {
        out.add(Arguments.of(plan, e));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("cases")
  void anEditChangesOnlyItsOwnLinesAndReadsBackAsTheEditedPlan(String name, Edit edit) {
    MarkdownDocument doc = MarkdownDocument.read(text(name));
    Optional<Plan> edited = edit.apply().apply(doc.plan());
    assumeTrue(edited.isPresent(), "the plan has nothing this edit applies to");
    MarkdownDocument after = doc.with(edited.get());
    LineDiff d = LineDiff.of(doc.source(), after.source());
    assertThat(new ModelDiff(doc.plan()).changes(after.plan(), edited.get()))
        .as("what the written text reads as, against the edited plan")
        .isEmpty();
    List<Change> changes = new ModelDiff(doc.plan()).changes(doc.plan(), edited.get());
    assertThat(changes).as("the edit is one change").hasSize(1);
    Change change = changes.get(0);
    String removed = String.join("", d.removed());
    String added = String.join("", d.added());
    switch (edit.expect()) {
      case ONE_LINE -> {
        assertThat(d.removed()).as(d.toString()).hasSize(1);
        assertThat(d.added()).as(d.toString()).hasSize(1);
        // The changed line is the one that held the value, and now holds the new one.
        assertThat(removed).as(d.toString()).contains((String) change.before());
        assertThat(added).as(d.toString()).contains((String) change.after());
      }
      case ADDS_ONLY -> {
        assertThat(d.removed()).as(d.toString()).isEmpty();
        assertThat(ModelReflection.strings(change.after()))
            .as("the added lines hold the new item's values that are new to the document")
            .filteredOn(v -> !doc.source().contains(v))
            .isNotEmpty()
            .anyMatch(v -> added.contains(v.replace("|", "\\|")) || added.contains(v));
      }
      case REMOVES_ONLY -> {
        assertThat(d.added()).as(d.toString()).isEmpty();
        assertThat(ModelReflection.strings(change.before()))
            .as("the removed lines are the removed item's")
            .anyMatch(removed::contains);
      }
      case MOVES -> {
        assertThat(d.added()).as(d.toString()).containsExactlyInAnyOrderElementsOf(d.removed());
        assertThat(removed).contains(ModelReflection.strings(change.before()).get(0));
      }
    }
  }

  // ------------------------------------------------------------------------------- the edits

  /**
   * The edit applied, or empty when the plan has nothing it applies to or the model rejects the
   * edited value for this plan (a generated value with a space where the edit appends a word).
   */
  static Optional<Plan> applied(Edit edit, Plan plan) {
    try {
      return edit.apply().apply(plan);
    } catch (IllegalArgumentException rejected) {
      return Optional.empty();
    }
  }

  private static Optional<Plan> technology(Plan p) {
    return p.techStack()
        .filter(t -> !t.selected().isEmpty())
        .map(
            t ->
                p.withTechStack(
                    t.withTechChoice(0, c -> c.withTechnology(c.technology() + " Next"))));
  }

  private static Optional<Plan> author(Plan p) {
    return p.metadata()
        .flatMap(Metadata::author)
        .filter(a -> !a.isBlank())
        .map(a -> p.withMetadata(m -> m.withAuthor(a + " & Reviewer")));
  }

  private static Optional<Plan> estimate(Plan p) {
    // An estimate the author wrote as a value of its own: '1주차' as a phase is its estimate too.
    String weeks = p.language() == Language.KOREAN ? "17주" : "17 weeks";
    return p.milestones()
        .filter(m -> !m.milestones().isEmpty() && independentEstimate(m.milestones().get(0)))
        .map(m -> p.withMilestones(m.withMilestone(0, x -> x.withEstimate(weeks))));
  }

  private static boolean independentEstimate(Milestone m) {
    String e = m.estimate().text();
    return !e.isEmpty() && !m.phase().contains(e) && !m.work().contains(e);
  }

  private static Optional<Plan> mitigation(Plan p) {
    return firstRisk(p)
        .flatMap(Risk::mitigation)
        .map(text -> p.withRisks(r -> r.withRisk(0, x -> x.withMitigation(text + " (reviewed)"))));
  }

  private static final Map<String, String> OTHER_LEVEL =
      Map.of("High", "Low", "Medium", "High", "Low", "Medium", "높음", "낮음", "중간", "높음", "낮음", "중간");

  private static Optional<Plan> probability(Plan p) {
    return firstRisk(p)
        .flatMap(Risk::probability)
        .map(level -> OTHER_LEVEL.get(level.text()))
        .map(other -> p.withRisks(r -> r.withRisk(0, x -> x.withProbability(other))));
  }

  private static Optional<Risk> firstRisk(Plan p) {
    return p.risks().flatMap(r -> r.risks().stream().findFirst());
  }

  private static Optional<Plan> endpointAdded(Plan p) {
    return p.apiDesign()
        .filter(a -> !a.endpoints().isEmpty() && !last(a.endpoints()).path().isEmpty())
        .map(
            a -> {
              EndpointSpec e = last(a.endpoints());
              String name = e.name().isEmpty() ? "" : e.name() + " archive";
              return p.withApiDesign(
                  a.withEndpointAdded(
                      e.withPath(e.path() + "/archive")
                          .withName(name)
                          .withViewOf(Optional.empty())));
            });
  }

  private static Optional<Plan> endpointRemoved(Plan p) {
    return p.apiDesign()
        .filter(a -> a.endpoints().size() > 1)
        .map(a -> p.withApiDesign(a.withoutEndpoint(a.endpoints().size() - 1)));
  }

  private static Optional<Plan> riskAdded(Plan p) {
    return p.risks()
        .filter(r -> !r.risks().isEmpty())
        .map(
            r -> {
              Risk last = last(r.risks());
              Risk added =
                  last.withTitle(last.title() + " again")
                      .withMitigation(last.mitigation().map(m -> m + " twice"))
                      .withViewOf(Optional.empty());
              return p.withRisks(r.withRiskAdded(added));
            });
  }

  private static Optional<Plan> riskRemoved(Plan p) {
    return p.risks().filter(r -> r.risks().size() > 1).map(r -> p.withRisks(r.withoutRisk(0)));
  }

  private static Optional<Plan> riskMoved(Plan p) {
    return p.risks()
        .filter(r -> r.risks().size() > 2)
        .map(r -> p.withRisks(r.withRiskMoved(r.risks().size() - 1, 0)));
  }

  private static Optional<Plan> milestoneAdded(Plan p) {
    return p.milestones()
        .filter(m -> !m.milestones().isEmpty())
        .map(
            m -> {
              Milestone last = last(m.milestones());
              // The next milestone: the phase counted on, the estimate too where it is the phase.
              Milestone next =
                  last.withPhase(next(last.phase()))
                      .withWork(last.work() + " (follow-up)")
                      .withEstimate(
                          last.phase().equals(last.estimate().text())
                              ? next(last.phase())
                              : last.estimate().text())
                      .withViewOf(Optional.empty());
              return p.withMilestones(m.withMilestoneAdded(next));
            });
  }

  /** The name of the next one: the last number counted on ("Phase 3" → "Phase 4"). */
  private static String next(String name) {
    Matcher m = Pattern.compile("(\\d+)(?!.*\\d)").matcher(name);
    return m.find()
        ? name.substring(0, m.start())
            + (Integer.parseInt(m.group(1)) + 1)
            + name.substring(m.end())
        : name + " 2";
  }

  private static Optional<Plan> milestoneRemoved(Plan p) {
    return p.milestones()
        .filter(m -> m.milestones().size() > 1)
        .map(m -> p.withMilestones(m.withoutMilestone(m.milestones().size() - 1)));
  }

  private static Optional<Plan> tableAdded(Plan p) {
    return p.databaseSchema()
        .filter(d -> !d.tables().isEmpty() && !last(d.tables()).name().isEmpty())
        .map(
            d -> {
              TableSpec t = last(d.tables());
              String name = t.name() + "_archive";
              return p.withDatabaseSchema(
                  d.withTableAdded(
                      t.withName(name)
                          .withDdl(t.ddl().replace(t.name(), name))
                          .withViewOf(Optional.empty())));
            });
  }

  private static Optional<Plan> tableRemoved(Plan p) {
    return p.databaseSchema()
        .filter(d -> d.tables().size() > 1)
        .map(d -> p.withDatabaseSchema(d.withoutTable(d.tables().size() - 1)));
  }

  private static <T> T last(List<T> list) {
    return list.get(list.size() - 1);
  }

  static String text(String resource) {
    try (InputStream in = EditMatrixTest.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
