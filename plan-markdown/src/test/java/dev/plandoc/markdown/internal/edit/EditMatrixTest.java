package dev.plandoc.markdown.internal.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plandoc.markdown.MarkdownDocument;
import dev.plandoc.model.ApiDesign;
import dev.plandoc.model.ApiDesignBuilder;
import dev.plandoc.model.DatabaseSchema;
import dev.plandoc.model.DatabaseSchemaBuilder;
import dev.plandoc.model.EndpointSpec;
import dev.plandoc.model.EndpointSpecBuilder;
import dev.plandoc.model.MetadataBuilder;
import dev.plandoc.model.Milestone;
import dev.plandoc.model.MilestoneBuilder;
import dev.plandoc.model.Milestones;
import dev.plandoc.model.MilestonesBuilder;
import dev.plandoc.model.Plan;
import dev.plandoc.model.PlanBuilder;
import dev.plandoc.model.Risk;
import dev.plandoc.model.RiskBuilder;
import dev.plandoc.model.Risks;
import dev.plandoc.model.RisksBuilder;
import dev.plandoc.model.TableSpec;
import dev.plandoc.model.TableSpecBuilder;
import dev.plandoc.model.TechChoiceBuilder;
import dev.plandoc.model.TechStack;
import dev.plandoc.model.TechStackBuilder;
import dev.plandoc.model.value.DurationText;
import dev.plandoc.model.value.RiskLevelText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
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
                      : Optional.of(new PlanBuilder().from(p).title(p.title() + " v2").build())),
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
    if (edited.isEmpty()) {
      return; // the plan has nothing this edit applies to
    }
    MarkdownDocument after = doc.with(edited.get());
    LineDiff d = LineDiff.of(doc.source(), after.source());
    assertThat(new ModelDiff(doc.plan()).changes(after.plan(), edited.get()))
        .as("what the written text reads as, against the edited plan")
        .isEmpty();
    switch (edit.expect()) {
      case ONE_LINE -> {
        assertThat(d.removed()).as(d.toString()).hasSize(1);
        assertThat(d.added()).as(d.toString()).hasSize(1);
      }
      case ADDS_ONLY -> {
        assertThat(d.removed()).as(d.toString()).isEmpty();
        assertThat(d.added()).as(d.toString()).isNotEmpty();
      }
      case REMOVES_ONLY -> {
        assertThat(d.added()).as(d.toString()).isEmpty();
        assertThat(d.removed()).as(d.toString()).isNotEmpty();
      }
      case MOVES ->
          assertThat(d.added()).as(d.toString()).containsExactlyInAnyOrderElementsOf(d.removed());
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
    Optional<TechStack> ts = p.techStack().filter(t -> !t.selected().isEmpty());
    return ts.map(
        t -> {
          var rows = new ArrayList<>(t.selected());
          rows.set(
              0,
              new TechChoiceBuilder()
                  .from(rows.get(0))
                  .technology(rows.get(0).technology() + " Next")
                  .build());
          return new PlanBuilder()
              .from(p)
              .techStack(new TechStackBuilder().from(t).selected(rows).build())
              .build();
        });
  }

  private static Optional<Plan> author(Plan p) {
    return p.metadata()
        .filter(m -> m.author().filter(a -> !a.isBlank()).isPresent())
        .map(
            m ->
                new PlanBuilder()
                    .from(p)
                    .metadata(
                        new MetadataBuilder()
                            .from(m)
                            .author(m.author().get() + " & Reviewer")
                            .build())
                    .build());
  }

  private static Optional<Plan> estimate(Plan p) {
    return p.milestones()
        // An estimate the author wrote as a value of its own: '1주차' as a phase is its estimate too.
        .filter(m -> !m.milestones().isEmpty() && independentEstimate(m.milestones().get(0)))
        .map(
            m -> {
              List<Milestone> list = new ArrayList<>(m.milestones());
              list.set(
                  0,
                  new MilestoneBuilder()
                      .from(list.get(0))
                      .estimate(
                          new DurationText(
                              "17" + (p.language().name().startsWith("K") ? "주" : " weeks")))
                      .build());
              return withMilestones(p, m, list);
            });
  }

  private static Optional<Plan> mitigation(Plan p) {
    return p.risks()
        .filter(r -> !r.risks().isEmpty() && r.risks().get(0).mitigation().isPresent())
        .map(
            r -> {
              List<Risk> list = new ArrayList<>(r.risks());
              Risk first = list.get(0);
              list.set(
                  0,
                  new RiskBuilder()
                      .from(first)
                      .mitigation(first.mitigation().get() + " (reviewed)")
                      .build());
              return withRisks(p, r, list);
            });
  }

  /** The name of the next one: the last number counted on ("Phase 3" → "Phase 4"). */
  private static String next(String name) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)(?!.*\\d)").matcher(name);
    return m.find()
        ? name.substring(0, m.start())
            + (Integer.parseInt(m.group(1)) + 1)
            + name.substring(m.end())
        : name + " 2";
  }

  private static boolean independentEstimate(Milestone m) {
    String e = m.estimate().text();
    return !e.isEmpty() && !m.phase().contains(e) && !m.work().contains(e);
  }

  private static final java.util.Map<String, String> OTHER_LEVEL =
      java.util.Map.of(
          "High", "Low", "Medium", "High", "Low", "Medium", "높음", "낮음", "중간", "높음", "낮음", "중간");

  private static Optional<Plan> probability(Plan p) {
    return p.risks()
        .filter(
            r ->
                !r.risks().isEmpty()
                    && r.risks()
                        .get(0)
                        .probability()
                        .filter(l -> OTHER_LEVEL.containsKey(l.text()))
                        .isPresent())
        .map(
            r -> {
              List<Risk> list = new ArrayList<>(r.risks());
              Risk first = list.get(0);
              String level = OTHER_LEVEL.get(first.probability().get().text());
              list.set(
                  0, new RiskBuilder().from(first).probability(new RiskLevelText(level)).build());
              return withRisks(p, r, list);
            });
  }

  private static Optional<Plan> endpointAdded(Plan p) {
    return p.apiDesign()
        .filter(
            a ->
                !a.endpoints().isEmpty()
                    && !a.endpoints().get(a.endpoints().size() - 1).path().isEmpty())
        .map(
            a -> {
              List<EndpointSpec> list = new ArrayList<>(a.endpoints());
              EndpointSpec last = list.get(list.size() - 1);
              list.add(
                  new EndpointSpecBuilder()
                      .from(last)
                      .path(last.path() + "/archive")
                      .name(last.name().isEmpty() ? "" : last.name() + " archive")
                      .build());
              return withEndpoints(p, a, list);
            });
  }

  private static Optional<Plan> endpointRemoved(Plan p) {
    return p.apiDesign()
        .filter(a -> a.endpoints().size() > 1)
        .map(
            a -> {
              List<EndpointSpec> list = new ArrayList<>(a.endpoints());
              list.remove(list.size() - 1);
              return withEndpoints(p, a, list);
            });
  }

  private static Optional<Plan> riskAdded(Plan p) {
    return p.risks()
        .filter(r -> !r.risks().isEmpty())
        .map(
            r -> {
              List<Risk> list = new ArrayList<>(r.risks());
              Risk last = list.get(list.size() - 1);
              list.add(
                  new RiskBuilder()
                      .from(last)
                      .title(last.title() + " again")
                      .mitigation(last.mitigation().map(m -> m + " twice"))
                      .build());
              return withRisks(p, r, list);
            });
  }

  private static Optional<Plan> riskRemoved(Plan p) {
    return p.risks()
        .filter(r -> r.risks().size() > 1)
        .map(
            r -> {
              List<Risk> list = new ArrayList<>(r.risks());
              list.remove(0);
              return withRisks(p, r, list);
            });
  }

  private static Optional<Plan> riskMoved(Plan p) {
    return p.risks()
        .filter(r -> r.risks().size() > 2)
        .map(
            r -> {
              List<Risk> list = new ArrayList<>(r.risks());
              list.add(0, list.remove(list.size() - 1));
              return withRisks(p, r, list);
            });
  }

  private static Optional<Plan> milestoneAdded(Plan p) {
    return p.milestones()
        .filter(m -> !m.milestones().isEmpty())
        .map(
            m -> {
              List<Milestone> list = new ArrayList<>(m.milestones());
              Milestone last = list.get(list.size() - 1);
              list.add(
                  new MilestoneBuilder()
                      .from(last)
                      .phase(next(last.phase()))
                      .work(last.work() + " (follow-up)")
                      .estimate(
                          last.phase().equals(last.estimate().text())
                              ? new DurationText(next(last.phase()))
                              : last.estimate())
                      .build());
              return withMilestones(p, m, list);
            });
  }

  private static Optional<Plan> milestoneRemoved(Plan p) {
    return p.milestones()
        .filter(m -> m.milestones().size() > 1)
        .map(
            m -> {
              List<Milestone> list = new ArrayList<>(m.milestones());
              list.remove(list.size() - 1);
              return withMilestones(p, m, list);
            });
  }

  private static Optional<Plan> tableAdded(Plan p) {
    return p.databaseSchema()
        .filter(
            d -> !d.tables().isEmpty() && !d.tables().get(d.tables().size() - 1).name().isEmpty())
        .map(
            d -> {
              List<TableSpec> list = new ArrayList<>(d.tables());
              TableSpec last = list.get(list.size() - 1);
              String name = last.name() + "_archive";
              list.add(
                  new TableSpecBuilder()
                      .from(last)
                      .name(name)
                      .ddl(last.ddl().replace(last.name(), name))
                      .build());
              return new PlanBuilder()
                  .from(p)
                  .databaseSchema(new DatabaseSchemaBuilder().from(d).tables(list).build())
                  .build();
            });
  }

  private static Optional<Plan> tableRemoved(Plan p) {
    return p.databaseSchema()
        .filter(
            d ->
                d.tables().size() > 1
                    && d.extras().stream()
                        .noneMatch(x -> x.anchor().equals("tables/" + (ownTables(d) - 1))))
        .map(
            d -> {
              List<TableSpec> list = new ArrayList<>(d.tables());
              list.remove(list.size() - 1);
              return new PlanBuilder()
                  .from(p)
                  .databaseSchema(new DatabaseSchemaBuilder().from(d).tables(list).build())
                  .build();
            });
  }

  private static long ownTables(DatabaseSchema d) {
    return d.tables().stream().filter(t -> !t.isView()).count();
  }

  private static Plan withRisks(Plan p, Risks r, List<Risk> list) {
    return new PlanBuilder().from(p).risks(new RisksBuilder().from(r).risks(list).build()).build();
  }

  private static Plan withMilestones(Plan p, Milestones m, List<Milestone> list) {
    return new PlanBuilder()
        .from(p)
        .milestones(new MilestonesBuilder().from(m).milestones(list).build())
        .build();
  }

  private static Plan withEndpoints(Plan p, ApiDesign a, List<EndpointSpec> list) {
    return new PlanBuilder()
        .from(p)
        .apiDesign(new ApiDesignBuilder().from(a).endpoints(list).build())
        .build();
  }

  static String text(String resource) {
    try (InputStream in = EditMatrixTest.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
