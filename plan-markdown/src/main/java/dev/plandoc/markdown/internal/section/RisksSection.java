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
import dev.plandoc.markdown.internal.TableReader;
import dev.plandoc.markdown.internal.TableText;
import dev.plandoc.markdown.internal.Vocabulary;
import dev.plandoc.markdown.internal.Vocabulary.Term;
import dev.plandoc.markdown.internal.WriteContext;
import dev.plandoc.model.Plan;
import dev.plandoc.model.PlanBuilder;
import dev.plandoc.model.RawMarkdown;
import dev.plandoc.model.Risk;
import dev.plandoc.model.RiskBuilder;
import dev.plandoc.model.Risks;
import dev.plandoc.model.RisksBuilder;
import dev.plandoc.model.SectionKind;
import dev.plandoc.model.value.RiskLevelText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.Node;

/**
 * 14. Risks and mitigations: one {@code ### Risk N: title} sub-section per risk, with probability,
 * impact and mitigation as {@code **key**: value} bullets; or one risk per row of a table in the
 * lead.
 */
final class RisksSection implements SectionSyntax<Risks> {
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
    List<Group> groups = SubSections.groups(body);
    int n = 0;
    // Risks written as a table in the lead: one risk per row.
    List<Node> pending = new ArrayList<>();
    for (Node node : groups.get(0).blocks()) {
      if (node instanceof TableBlock tb && n == 0) {
        Optional<TableText> t = TableReader.read(ctx, tb, COLUMNS, path + ".risks");
        if (t.isPresent()
            && t.get().columns().contains("title")
            && (t.get().columns().contains("probability")
                || t.get().columns().contains("impact"))) {
          raw.add(pending);
          pending.clear();
          for (List<String> row : t.get().rows()) {
            b.addRisks(row(t.get(), row));
            n++;
          }
          raw.at("risks/" + (n - 1));
          continue;
        }
      }
      pending.add(node);
    }
    raw.add(pending);
    new SubSections(ctx, path)
        .items(
            groups,
            n,
            raw,
            Vocabulary.RISK,
            "risks",
            (title, group, p) -> b.addRisks(risk(ctx, title, group, p)),
            OtherPart.NONE);
    return b.extras(raw.build()).build();
  }

  /** A risk from a table row: the columns the table has, the other cells as extra items. */
  private static Risk row(TableText t, List<String> row) {
    RiskBuilder r = new RiskBuilder().title(t.cell(row, "title"));
    String prob = t.cell(row, "probability");
    String impact = t.cell(row, "impact");
    String mitigation = t.cell(row, "mitigation");
    if (t.columns().contains("probability")) {
      r.probability(new RiskLevelText(prob));
    }
    if (t.columns().contains("impact")) {
      r.impact(new RiskLevelText(impact));
    }
    if (t.columns().contains("mitigation")) {
      r.mitigation(mitigation);
    }
    t.extraCells(row).forEach((k, v) -> r.addExtraItems("**" + k + "**: " + v));
    return r.build();
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
    SectionWriter b = new SectionWriter(r.extras(), ctx.language());
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
                new Fields(true, ctx.language())
                    .add(Vocabulary.PROBABILITY, risk.probability())
                    .add(Vocabulary.IMPACT, risk.impact())
                    .add(Vocabulary.MITIGATION, risk.mitigation())
                    .render(risk.extraItems())));
    return b.finish(ctx.heading(), true);
  }
}
