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
import dev.plandoc.model.Alternative;
import dev.plandoc.model.Plan;
import dev.plandoc.model.RawMarkdown;
import dev.plandoc.model.SectionKind;
import dev.plandoc.model.TechChoice;
import dev.plandoc.model.TechStack;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;

/** 1. The technology stack: the selected technologies' table and the alternatives rejected. */
final class TechStackCodec extends SectionCodec<TechStack> {
  TechStackCodec() {
    super(SectionKind.TECH_STACK, Plan::techStack);
  }

  @Override
  public TechStack decode(Node n, String path, DecodeContext ctx) {
    Obj o = ctx.object(n, path, "the technology stack");
    List<String> columns = ctx.strings(o, "columns");
    List<TechChoice> selected =
        ctx.list(
            o,
            "selected",
            (v, p) -> {
              Obj r = ctx.object(v, p, "a technology choice");
              String area = ctx.string(r, "area");
              String technology = ctx.string(r, "technology");
              String reason = ctx.string(r, "reason", "");
              Map<String, String> cells = ctx.cells(r, "extraCells");
              return ctx.build(r, () -> new TechChoice(area, technology, reason, cells));
            });
    List<Alternative> alternatives =
        ctx.list(
            o,
            "alternatives",
            (v, p) -> {
              Obj r = ctx.object(v, p, "an alternative");
              String technology = ctx.string(r, "technology");
              String reason = ctx.string(r, "reason", "");
              return ctx.build(r, () -> new Alternative(technology, reason));
            });
    List<RawMarkdown> extras = ctx.extras(o);
    return ctx.build(o, () -> new TechStack(columns, selected, alternatives, extras));
  }

  @Override
  public void encode(JsonGenerator o, TechStack t, EncodeContext ctx) {
    o.writeStartObject();
    putStrings(o, "columns", t.columns());
    putList(o, "selected", t.selected(), TechStackCodec::techChoice);
    putList(o, "alternatives", t.alternatives(), TechStackCodec::alternative);
    putExtras(o, t.extras());
    o.writeEndObject();
  }

  private static void techChoice(JsonGenerator o, TechChoice c) {
    o.writeStartObject();
    put(o, "area", c.area());
    put(o, "technology", c.technology());
    putIfNotEmpty(o, "reason", c.reason());
    putCells(o, "extraCells", c.extraCells());
    o.writeEndObject();
  }

  private static void alternative(JsonGenerator o, Alternative a) {
    o.writeStartObject();
    put(o, "technology", a.technology());
    putIfNotEmpty(o, "reason", a.reason());
    o.writeEndObject();
  }
}
