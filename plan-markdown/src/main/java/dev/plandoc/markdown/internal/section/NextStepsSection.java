package dev.plandoc.markdown.internal.section;

import dev.plandoc.markdown.internal.MarkdownText;
import dev.plandoc.markdown.internal.RawCollector;
import dev.plandoc.markdown.internal.ReadContext;
import dev.plandoc.markdown.internal.SectionSyntax;
import dev.plandoc.markdown.internal.SectionWriter;
import dev.plandoc.markdown.internal.SubSections;
import dev.plandoc.markdown.internal.WriteContext;
import dev.plandoc.markdown.internal.shape.KeptViews;
import dev.plandoc.markdown.internal.shape.StepShapes;
import dev.plandoc.model.NextSteps;
import dev.plandoc.model.NextStepsBuilder;
import dev.plandoc.model.Plan;
import dev.plandoc.model.PlanBuilder;
import dev.plandoc.model.RawMarkdown;
import dev.plandoc.model.SectionKind;
import dev.plandoc.model.Step;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;

/** 15. Next steps: an ordered list right under the heading. */
final class NextStepsSection implements SectionSyntax<NextSteps> {
  /**
   * Next steps in the shapes agents write (checklists, lists), read as views over kept Markdown.
   */
  static final KeptViews<Step> VIEWS =
      new KeptViews<>(
          StepShapes::read,
          (st, at) -> new Step(st.text(), st.checked(), Optional.of(at)),
          (a, b) -> a.text().equals(b.text()));

  @Override
  public SectionKind kind() {
    return SectionKind.NEXT_STEPS;
  }

  @Override
  public Optional<NextSteps> in(Plan plan) {
    return plan.nextSteps();
  }

  @Override
  public void into(PlanBuilder plan, NextSteps section) {
    plan.nextSteps(section);
  }

  @Override
  public NextSteps keepWhole(List<RawMarkdown> raw) {
    return new NextStepsBuilder().extras(raw).build();
  }

  @Override
  public NextSteps read(List<Node> body, ReadContext ctx) {
    String path = kind().key();
    NextStepsBuilder b = new NextStepsBuilder();
    RawCollector raw = ctx.raw();
    new SubSections(ctx, path)
        .leadBlock(
            body,
            raw,
            "steps",
            OrderedList.class,
            block -> {
              Optional<List<Step>> steps = ctx.steps((OrderedList) block, path + ".steps");
              steps.ifPresent(s -> s.forEach(b::addSteps));
              return steps.isPresent();
            });
    NextSteps own = b.extras(raw.build()).build();
    if (!own.steps().isEmpty()) {
      return own; // the template's list is the section's steps; other lists are notes
    }
    return new NextStepsBuilder()
        .from(own)
        .steps(
            SectionViews.attach(
                ctx, raw, path + ".steps", "steps", own.steps(), own.extras(), VIEWS))
        .build();
  }

  @Override
  public String write(NextSteps n, WriteContext ctx) {
    List<Step> own = n.steps().stream().filter(s -> !s.isView()).toList();
    if (own.isEmpty()) {
      VIEWS.check(n.steps(), n.extras(), kind().key() + ".steps");
    }
    SectionWriter b = new SectionWriter(n.extras(), ctx);
    b.lead("steps", MarkdownText.ordered(own));
    return b.finish(ctx.heading(), true);
  }
}
