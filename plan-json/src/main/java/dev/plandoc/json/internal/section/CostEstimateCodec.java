package dev.plandoc.json.internal.section;

import static dev.plandoc.json.internal.mapping.JsonOut.put;
import static dev.plandoc.json.internal.mapping.JsonOut.putCells;
import static dev.plandoc.json.internal.mapping.JsonOut.putExtras;
import static dev.plandoc.json.internal.mapping.JsonOut.putIfNotEmpty;
import static dev.plandoc.json.internal.mapping.JsonOut.putList;
import static dev.plandoc.json.internal.mapping.JsonOut.putStrings;

import dev.plandoc.json.internal.mapping.DecodeContext;
import dev.plandoc.json.internal.mapping.EncodeContext;
import dev.plandoc.json.internal.mapping.Node;
import dev.plandoc.json.internal.mapping.Obj;
import dev.plandoc.json.internal.mapping.TypedKind;
import dev.plandoc.model.CostEstimate;
import dev.plandoc.model.CostItem;
import dev.plandoc.model.CostTotal;
import dev.plandoc.model.Plan;
import dev.plandoc.model.RawMarkdown;
import dev.plandoc.model.SectionKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/** 12. The cost estimate: the table of monthly costs and its total. */
final class CostEstimateCodec extends SectionCodec<CostEstimate> {
  CostEstimateCodec() {
    super(SectionKind.COST_ESTIMATE, Plan::costEstimate);
  }

  @Override
  public CostEstimate decode(Node n, String path, DecodeContext ctx) {
    Obj o = ctx.object(n, path, "the cost estimate");
    List<String> columns = ctx.strings(o, "columns");
    List<CostItem> items =
        ctx.list(
            o,
            "items",
            (v, p) -> {
              Obj r = ctx.object(v, p, "a cost item");
              String item = ctx.string(r, "item");
              var monthlyCost = ctx.required(r, "monthlyCost", ctx.typed(TypedKind.MONEY));
              String basis = ctx.string(r, "basis", "");
              Map<String, String> cells = ctx.cells(r, "extraCells");
              return ctx.build(r, () -> new CostItem(item, monthlyCost, basis, cells));
            });
    Optional<CostTotal> total =
        ctx.optional(
            o,
            "total",
            (v, p) -> {
              Obj r = ctx.object(v, p, "the cost total");
              var amount = ctx.required(r, "amount", ctx.typed(TypedKind.MONEY));
              String basis = ctx.string(r, "basis", "");
              Map<String, String> cells = ctx.cells(r, "extraCells");
              return ctx.build(r, () -> new CostTotal(amount, basis, cells));
            });
    List<RawMarkdown> extras = ctx.extras(o);
    return ctx.build(o, () -> new CostEstimate(columns, items, total, extras));
  }

  @Override
  public void encode(JsonGenerator o, CostEstimate c, EncodeContext ctx) {
    o.writeStartObject();
    putStrings(o, "columns", c.columns());
    putList(o, "items", c.items(), (g, i) -> costItem(g, i, ctx));
    put(o, "total", c.total(), (g, t) -> costTotal(g, t, ctx));
    putExtras(o, c.extras());
    o.writeEndObject();
  }

  private static void costItem(JsonGenerator o, CostItem i, EncodeContext ctx) {
    o.writeStartObject();
    put(o, "item", i.item());
    ctx.typed(o, "monthlyCost", i.monthlyCost(), TypedKind.MONEY);
    putIfNotEmpty(o, "basis", i.basis());
    putCells(o, "extraCells", i.extraCells());
    o.writeEndObject();
  }

  private static void costTotal(JsonGenerator o, CostTotal t, EncodeContext ctx) {
    o.writeStartObject();
    ctx.typed(o, "amount", t.amount(), TypedKind.MONEY);
    putIfNotEmpty(o, "basis", t.basis());
    putCells(o, "extraCells", t.extraCells());
    o.writeEndObject();
  }
}
