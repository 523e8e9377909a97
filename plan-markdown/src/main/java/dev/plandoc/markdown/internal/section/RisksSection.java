package dev.plandoc.markdown.internal.section;

import dev.plandoc.markdown.internal.KeyedBullets;
import dev.plandoc.markdown.internal.MarkdownText.Fields;
import dev.plandoc.markdown.internal.RawCollector;
import dev.plandoc.markdown.internal.ReadContext;
import dev.plandoc.markdown.internal.SectionSyntax;
import dev.plandoc.markdown.internal.SectionWriter;
import dev.plandoc.markdown.internal.SectionWriter.Item;
import dev.plandoc.markdown.internal.SubSections;
import dev.plandoc.markdown.internal.SubSections.Group;
import dev.plandoc.markdown.internal.SubSections.OtherPart;
import dev.plandoc.markdown.internal.Term;
import dev.plandoc.markdown.internal.Vocabulary;
import dev.plandoc.markdown.internal.WriteContext;
import dev.plandoc.markdown.internal.shape.KeptViews;
import dev.plandoc.markdown.internal.shape.RiskShapes;
import dev.plandoc.model.Plan;
import dev.plandoc.model.PlanBuilder;
import dev.plandoc.model.RawMarkdown;
import dev.plandoc.model.Risk;
import dev.plandoc.model.RiskBuilder;
import dev.plandoc.model.Risks;
import dev.plandoc.model.RisksBuilder;
import dev.plandoc.model.SectionKind;
import dev.plandoc.model.value.RiskLevelText;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.Node;

/**
 * 14. Risks and mitigations: one {@code ### Risk N: title} sub-section per risk, with probability,
 * impact and mitigation as {@code **key**: value} bullets; risks written as a table or as bullets
 * with their levels are views over that Markdown (see {@link RiskShapes}).
 */
final class RisksSection implements SectionSyntax<Risks> {
  /** Risks in the shapes agents write (bullets with levels), read as views over kept Markdown. */
  static final KeptViews<Risk> VIEWS =
      new KeptViews<>(
          RiskShapes::read,
          (r, at) -> new RiskBuilder().from(r).viewOf(at).build(),
          (a, b) -> a.title().equals(b.title()));

  private static final List<Term> FIELDS =
      List.of(Vocabulary.PROBABILITY, Vocabulary.IMPACT, Vocabulary.MITIGATION);
  private static final List<String> COLUMNS =
      List.of("title", "probability", "impact", "mitigation");

  @Override
  public SectionKind kind() {
    return SectionKind.RISKS;
  }

  @Override
  public Optional<Risks> in(Plan plan) {
    return plan.risks();
  }

  @Override
  public void into(PlanBuilder plan, Risks section) {
    plan.risks(section);
  }

  @Override
  public Risks keepWhole(List<RawMarkdown> raw) {
    return new RisksBuilder().extras(raw).build();
  }

  @Override
  public Risks read(List<Node> body, ReadContext ctx) {
    String path = kind().key();
    RisksBuilder b = new RisksBuilder();
    RawCollector raw = ctx.raw();
    // Risks written as a table are views over the table, which stays as the author wrote it.
    new SubSections(ctx, path)
        .items(
            body,
            raw,
            Vocabulary.RISK,
            "risks",
            (title, group, p) -> b.addRisks(risk(ctx, title, group, p)),
            OtherPart.NONE);
    Risks own = b.extras(raw.build()).build();
    return new RisksBuilder()
        .from(own)
        .risks(
            SectionViews.attach(
                ctx, raw, path + ".risks", "risks", own.risks(), own.extras(), VIEWS))
        .build();
  }

  private static Risk risk(ReadContext ctx, String title, Group group, String path) {
    RiskBuilder r = new RiskBuilder().title(title);
    return KeyedBullets.item(
        ctx,
        group.blocks(),
        FIELDS,
        path,
        f -> {
          r.probability(f.get(Vocabulary.PROBABILITY).map(RiskLevelText::new));
          r.impact(f.get(Vocabulary.IMPACT).map(RiskLevelText::new));
          r.mitigation(f.get(Vocabulary.MITIGATION));
          r.extraItems(f.extra());
        },
        raw -> r.extras(raw).build());
  }

  @Override
  public String write(Risks r, WriteContext ctx) {
    VIEWS.check(r.risks(), r.extras(), kind().key() + ".risks");
    SectionWriter b = new SectionWriter(r.extras(), ctx);
    b.items(
        "risks",
        Vocabulary.RISK,
        true,
        r.risks(),
        risk ->
            new Item(
                risk.title(),
                risk.extras(),
                "fields",
                new Fields(true, ctx, "")
                    .add(Vocabulary.PROBABILITY, risk.probability())
                    .add(Vocabulary.IMPACT, risk.impact())
                    .add(Vocabulary.MITIGATION, risk.mitigation())
                    .render(risk.extraItems())));
    return b.finish(ctx.heading(), true);
  }
}
