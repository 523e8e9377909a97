package dev.plandoc.json.internal.section;

import static dev.plandoc.json.internal.mapping.JsonOut.put;
import static dev.plandoc.json.internal.mapping.JsonOut.putExtras;
import static dev.plandoc.json.internal.mapping.JsonOut.putIfNotEmpty;
import static dev.plandoc.json.internal.mapping.JsonOut.putList;

import dev.plandoc.json.internal.mapping.DecodeContext;
import dev.plandoc.json.internal.mapping.EncodeContext;
import dev.plandoc.json.internal.mapping.Node;
import dev.plandoc.json.internal.mapping.Obj;
import dev.plandoc.model.Architecture;
import dev.plandoc.model.Component;
import dev.plandoc.model.Diagram;
import dev.plandoc.model.Plan;
import dev.plandoc.model.RawMarkdown;
import dev.plandoc.model.SectionKind;
import dev.plandoc.model.Step;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/** 2. The architecture: the high-level diagram, the components and the data flow. */
final class ArchitectureCodec extends SectionCodec<Architecture> {
  ArchitectureCodec() {
    super(SectionKind.ARCHITECTURE, Plan::architecture);
  }

  @Override
  public Architecture decode(Node n, String path, DecodeContext ctx) {
    Obj o = ctx.object(n, path, "the architecture");
    Optional<Diagram> diagram =
        ctx.optional(
            o,
            "diagram",
            (v, p) -> {
              Obj r = ctx.object(v, p, "a diagram");
              String lang = ctx.string(r, "language", "");
              String source = ctx.string(r, "source");
              return ctx.build(r, () -> new Diagram(lang, source));
            });
    List<Component> components =
        ctx.list(
            o,
            "components",
            (v, p) -> {
              Obj r = ctx.object(v, p, "a component");
              String name = ctx.string(r, "name", "");
              String note = ctx.string(r, "note", "");
              String role = ctx.string(r, "role");
              return ctx.build(r, () -> new Component(name, note, role));
            });
    List<Step> dataFlow = ctx.list(o, "dataFlow", (v, p) -> Steps.decode(v, p, ctx));
    List<RawMarkdown> extras = ctx.extras(o);
    return ctx.build(o, () -> new Architecture(diagram, components, dataFlow, extras));
  }

  @Override
  public void encode(JsonGenerator o, Architecture a, EncodeContext ctx) {
    o.writeStartObject();
    put(o, "diagram", a.diagram(), ArchitectureCodec::diagram);
    putList(o, "components", a.components(), ArchitectureCodec::component);
    putList(o, "dataFlow", a.dataFlow(), Steps::encode);
    putExtras(o, a.extras());
    o.writeEndObject();
  }

  private static void diagram(JsonGenerator o, Diagram d) {
    o.writeStartObject();
    putIfNotEmpty(o, "language", d.language());
    put(o, "source", d.source());
    o.writeEndObject();
  }

  private static void component(JsonGenerator o, Component c) {
    o.writeStartObject();
    putIfNotEmpty(o, "name", c.name());
    putIfNotEmpty(o, "note", c.note());
    put(o, "role", c.role());
    o.writeEndObject();
  }
}
