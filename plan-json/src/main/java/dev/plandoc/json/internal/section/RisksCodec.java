package dev.plandoc.json.internal.section;

import static dev.plandoc.json.internal.mapping.JsonOut.put;
import static dev.plandoc.json.internal.mapping.JsonOut.putExtras;
import static dev.plandoc.json.internal.mapping.JsonOut.putList;
import static dev.plandoc.json.internal.mapping.JsonOut.putStrings;

import dev.plandoc.json.internal.mapping.DecodeContext;
import dev.plandoc.json.internal.mapping.EncodeContext;
import dev.plandoc.json.internal.mapping.Node;
import dev.plandoc.json.internal.mapping.Obj;
import dev.plandoc.json.internal.mapping.TypedKind;
import dev.plandoc.model.Plan;
import dev.plandoc.model.RawMarkdown;
import dev.plandoc.model.Risk;
import dev.plandoc.model.Risks;
import dev.plandoc.model.SectionKind;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/** 14. Risks and mitigations: each risk with its probability, impact and mitigation. */
final class RisksCodec extends SectionCodec<Risks> {
  RisksCodec() {
    super(SectionKind.RISKS, Plan::risks);
  }

  @Override
  public Risks decode(Node n, String path, DecodeContext ctx) {
    Obj o = ctx.object(n, path, "the risks");
    List<Risk> risks =
        ctx.list(
            o,
            "risks",
            (v, p) -> {
              Obj r = ctx.object(v, p, "a risk");
              String title = ctx.string(r, "title");
              var probability = ctx.optional(r, "probability", ctx.typed(TypedKind.RISK_LEVEL));
              var impact = ctx.optional(r, "impact", ctx.typed(TypedKind.RISK_LEVEL));
              Optional<String> mitigation = ctx.optString(r, "mitigation");
              List<String> extraItems = ctx.strings(r, "extraItems");
              List<RawMarkdown> extras = ctx.extras(r);
              Optional<String> viewOf = ctx.optString(r, "viewOf");
              return ctx.build(
                  r,
                  () ->
                      new Risk(title, probability, impact, mitigation, extraItems, extras, viewOf));
            });
    List<RawMarkdown> extras = ctx.extras(o);
    return ctx.build(o, "risks", risks, extras, () -> new Risks(risks, extras));
  }

  @Override
  public void encode(JsonGenerator o, Risks r, EncodeContext ctx) {
    o.writeStartObject();
    putList(o, "risks", r.risks(), (g, x) -> risk(g, x, ctx));
    putExtras(o, r.extras());
    o.writeEndObject();
  }

  private static void risk(JsonGenerator o, Risk r, EncodeContext ctx) {
    o.writeStartObject();
    put(o, "title", r.title());
    put(o, "probability", r.probability(), ctx.typed(TypedKind.RISK_LEVEL));
    put(o, "impact", r.impact(), ctx.typed(TypedKind.RISK_LEVEL));
    put(o, "mitigation", r.mitigation());
    putStrings(o, "extraItems", r.extraItems());
    putExtras(o, r.extras());
    put(o, "viewOf", r.viewOf());
    o.writeEndObject();
  }
}
