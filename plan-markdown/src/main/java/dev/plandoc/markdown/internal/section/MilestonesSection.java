package dev.plandoc.markdown.internal.section;

import dev.plandoc.markdown.internal.MarkdownText.TableRows;
import dev.plandoc.markdown.internal.RawCollector;
import dev.plandoc.markdown.internal.ReadContext;
import dev.plandoc.markdown.internal.SectionSyntax;
import dev.plandoc.markdown.internal.SectionWriter;
import dev.plandoc.markdown.internal.SubSections;
import dev.plandoc.markdown.internal.WriteContext;
import dev.plandoc.markdown.internal.shape.KeptViews;
import dev.plandoc.markdown.internal.shape.MilestoneShapes;
import dev.plandoc.model.Milestone;
import dev.plandoc.model.MilestoneBuilder;
import dev.plandoc.model.Milestones;
import dev.plandoc.model.MilestonesBuilder;
import dev.plandoc.model.Plan;
import dev.plandoc.model.PlanBuilder;
import dev.plandoc.model.RawMarkdown;
import dev.plandoc.model.SectionKind;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.Node;

/** 13. Milestones: a table right under the heading (phase, work, estimate), mapped by header. */
final class MilestonesSection implements SectionSyntax<Milestones> {
  /** Milestones in the shapes agents write (phase headings, week bullets), read as views. */
  static final KeptViews<Milestone> VIEWS =
      new KeptViews<>(
          MilestoneShapes::read,
          (m, at) -> new MilestoneBuilder().from(m).viewOf(at).build(),
          (a, b) -> a.phase().equals(b.phase()));

  @Override
  public SectionKind kind() {
    return SectionKind.MILESTONES;
  }

  @Override
  public Optional<Milestones> in(Plan plan) {
    return plan.milestones();
  }

  @Override
  public void into(PlanBuilder plan, Milestones section) {
    plan.milestones(section);
  }

  @Override
  public Milestones keepWhole(List<RawMarkdown> raw) {
    return new MilestonesBuilder().extras(raw).build();
  }

  @Override
  public Milestones read(List<Node> body, ReadContext ctx) {
    MilestonesBuilder b = new MilestonesBuilder();
    RawCollector raw = ctx.raw();
    new SubSections(ctx, kind().key())
        .leadTable(
            body,
            raw,
            "milestones",
            Milestones.KNOWN_COLUMNS,
            // A table with a total row (| **합계** | | **132h** |) has a row the model's table
            // cannot hold: it stays as written, and its milestones are views over it.
            t -> !MilestoneShapes.hasTotalRow(t),
            t -> {
              b.columns(t.modelColumns(Milestones.KNOWN_COLUMNS));
              t.rows().forEach(row -> b.addMilestones(MilestoneShapes.row(t, row)));
            });
    Milestones own = b.extras(raw.build()).build();
    return new MilestonesBuilder()
        .from(own)
        .milestones(
            SectionViews.attach(
                ctx,
                raw,
                kind().key() + ".milestones",
                "milestones",
                own.milestones(),
                own.extras(),
                VIEWS))
        .build();
  }

  @Override
  public String write(Milestones m, WriteContext ctx) {
    VIEWS.check(m.milestones(), m.extras(), kind().key() + ".milestones");
    SectionWriter b = new SectionWriter(m.extras(), ctx);
    TableRows rows = new TableRows();
    for (Milestone x : m.milestones().stream().filter(x -> !x.isView()).toList()) {
      rows.add(List.of(x.phase(), x.work(), x.estimate().text()), x.extraCells());
    }
    b.lead("milestones", rows.render(m.columns(), Milestones.KNOWN_COLUMNS, ctx::column));
    return b.finish(ctx.heading(), true);
  }
}
