package dev.plandoc.json.internal.section;

import static dev.plandoc.json.internal.mapping.JsonOut.put;
import static dev.plandoc.json.internal.mapping.JsonOut.putCells;
import static dev.plandoc.json.internal.mapping.JsonOut.putExtras;
import static dev.plandoc.json.internal.mapping.JsonOut.putList;
import static dev.plandoc.json.internal.mapping.JsonOut.putStrings;

import dev.plandoc.json.internal.mapping.DecodeContext;
import dev.plandoc.json.internal.mapping.EncodeContext;
import dev.plandoc.json.internal.mapping.Node;
import dev.plandoc.json.internal.mapping.Obj;
import dev.plandoc.json.internal.mapping.TypedKind;
import dev.plandoc.model.Milestone;
import dev.plandoc.model.Milestones;
import dev.plandoc.model.Plan;
import dev.plandoc.model.RawMarkdown;
import dev.plandoc.model.SectionKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/** 13. The milestones: the table of phases, their work and estimates. */
final class MilestonesCodec extends SectionCodec<Milestones> {
  MilestonesCodec() {
    super(SectionKind.MILESTONES, Plan::milestones);
  }

  @Override
  public Milestones decode(Node n, String path, DecodeContext ctx) {
    Obj o = ctx.object(n, path, "the milestones");
    List<String> columns = ctx.strings(o, "columns");
    List<Milestone> milestones =
        ctx.list(
            o,
            "milestones",
            (v, p) -> {
              Obj r = ctx.object(v, p, "a milestone");
              String phase = ctx.string(r, "phase");
              String work = ctx.string(r, "work");
              var estimate = ctx.required(r, "estimate", ctx.typed(TypedKind.DURATION));
              Map<String, String> cells = ctx.cells(r, "extraCells");
              Optional<String> viewOf = ctx.optString(r, "viewOf");
              return ctx.build(r, () -> new Milestone(phase, work, estimate, cells, viewOf));
            });
    List<RawMarkdown> extras = ctx.extras(o);
    return ctx.build(
        o, "milestones", milestones, extras, () -> new Milestones(columns, milestones, extras));
  }

  @Override
  public void encode(JsonGenerator o, Milestones m, EncodeContext ctx) {
    o.writeStartObject();
    putStrings(o, "columns", m.columns());
    putList(o, "milestones", m.milestones(), (g, x) -> milestone(g, x, ctx));
    putExtras(o, m.extras());
    o.writeEndObject();
  }

  private static void milestone(JsonGenerator o, Milestone m, EncodeContext ctx) {
    o.writeStartObject();
    put(o, "phase", m.phase());
    put(o, "work", m.work());
    ctx.typed(o, "estimate", m.estimate(), TypedKind.DURATION);
    putCells(o, "extraCells", m.extraCells());
    put(o, "viewOf", m.viewOf());
    o.writeEndObject();
  }
}
