package dev.plandoc.markdown.internal.section;

import dev.plandoc.markdown.internal.Inline;
import dev.plandoc.markdown.internal.MarkdownText.TableRows;
import dev.plandoc.markdown.internal.RawCollector;
import dev.plandoc.markdown.internal.ReadContext;
import dev.plandoc.markdown.internal.SectionSyntax;
import dev.plandoc.markdown.internal.SectionWriter;
import dev.plandoc.markdown.internal.SubSections;
import dev.plandoc.markdown.internal.TableText;
import dev.plandoc.markdown.internal.Vocabulary;
import dev.plandoc.markdown.internal.WriteContext;
import dev.plandoc.model.CostEstimate;
import dev.plandoc.model.CostEstimateBuilder;
import dev.plandoc.model.CostItem;
import dev.plandoc.model.CostTotal;
import dev.plandoc.model.Plan;
import dev.plandoc.model.PlanBuilder;
import dev.plandoc.model.RawMarkdown;
import dev.plandoc.model.SectionKind;
import dev.plandoc.model.value.MoneyText;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.Node;

/**
 * 12. Cost estimate: a table right under the heading (item, monthly cost, basis), mapped by header,
 * whose bold {@code **총계**} row is the total.
 */
final class CostEstimateSection implements SectionSyntax<CostEstimate> {
  @Override
  public SectionKind kind() {
    return SectionKind.COST_ESTIMATE;
  }

  @Override
  public Optional<CostEstimate> in(Plan plan) {
    return plan.costEstimate();
  }

  @Override
  public void into(PlanBuilder plan, CostEstimate section) {
    plan.costEstimate(section);
  }

  @Override
  public CostEstimate keepWhole(List<RawMarkdown> raw) {
    return new CostEstimateBuilder().extras(raw).build();
  }

  @Override
  public CostEstimate read(List<Node> body, ReadContext ctx) {
    String path = kind().key();
    CostEstimateBuilder b = new CostEstimateBuilder();
    RawCollector raw = ctx.raw();
    new SubSections(ctx, path)
        .leadTable(
            body,
            raw,
            "items",
            CostEstimate.KNOWN_COLUMNS,
            t -> {
              b.columns(t.modelColumns(CostEstimate.KNOWN_COLUMNS));
              int r = 0;
              for (List<String> row : t.rows()) {
                if (total(ctx, t, row, b)) {
                  ctx.movePosition(path + ".items[" + r + "]", path + ".total");
                } else {
                  b.addItems(
                      new CostItem(
                          t.cell(row, "item"),
                          new MoneyText(t.cell(row, "monthlyCost")),
                          t.cell(row, "basis"),
                          t.extraCells(row)));
                }
                r++;
              }
            });
    return b.extras(raw.build()).build();
  }

  /** Whether the row is the total, read into the builder. */
  private static boolean total(
      ReadContext ctx, TableText t, List<String> row, CostEstimateBuilder b) {
    String item = t.cell(row, "item");
    String cost = t.cell(row, "monthlyCost");
    // The total row: a bold total label and a bold (or empty) amount, so that the writer,
    // which bolds both, gives back the same row.
    if (Inline.isBold(item)
        && ReadContext.isTerm(Vocabulary.TOTAL, Inline.stripDecoration(item))
        && (cost.isEmpty() || Inline.isBold(cost))) {
      String amount = Inline.isBold(cost) ? cost.substring(2, cost.length() - 2) : cost;
      // The author's total label (합계, Total Cost) is kept; the writer bolds it again.
      ctx.label(
          "costEstimate.total",
          item.substring(2, item.length() - 2),
          Vocabulary.TOTAL.korean(),
          Vocabulary.TOTAL.english());
      b.total(
          new CostTotal(new MoneyText(amount.strip()), t.cell(row, "basis"), t.extraCells(row)));
      return true;
    }
    return false;
  }

  @Override
  public String write(CostEstimate c, WriteContext ctx) {
    SectionWriter b = new SectionWriter(c.extras(), ctx);
    TableRows rows = new TableRows();
    for (CostItem i : c.items()) {
      rows.add(List.of(i.item(), i.monthlyCost().text(), i.basis()), i.extraCells());
    }
    c.total()
        .ifPresent(
            t -> {
              String amount = t.amount().text();
              rows.add(
                  List.of(
                      "**" + ctx.words("total", Vocabulary.TOTAL) + "**",
                      amount.isEmpty() ? "" : "**" + amount + "**",
                      t.basis()),
                  t.extraCells());
            });
    b.lead("items", rows.render(c.columns(), CostEstimate.KNOWN_COLUMNS, ctx::column));
    return b.finish(ctx.heading(), true);
  }
}
