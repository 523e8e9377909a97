package dev.plandoc.json.internal.section;

import static dev.plandoc.json.internal.mapping.JsonOut.put;
import static dev.plandoc.json.internal.mapping.JsonOut.putExtras;
import static dev.plandoc.json.internal.mapping.JsonOut.putStrings;

import dev.plandoc.json.internal.mapping.DecodeContext;
import dev.plandoc.json.internal.mapping.EncodeContext;
import dev.plandoc.json.internal.mapping.Node;
import dev.plandoc.json.internal.mapping.Obj;
import dev.plandoc.json.internal.mapping.TypedKind;
import dev.plandoc.model.IntegrationTesting;
import dev.plandoc.model.LoadTesting;
import dev.plandoc.model.Plan;
import dev.plandoc.model.RawMarkdown;
import dev.plandoc.model.SectionKind;
import dev.plandoc.model.Testing;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/** 10. The testing strategy: contract, integration and load testing. */
final class TestingCodec extends SectionCodec<Testing> {
  TestingCodec() {
    super(SectionKind.TESTING, Plan::testing);
  }

  @Override
  public Testing decode(Node n, String path, DecodeContext ctx) {
    Obj o = ctx.object(n, path, "the testing strategy");
    List<String> contract = ctx.strings(o, "contract");
    Optional<IntegrationTesting> integration =
        ctx.optional(
            o,
            "integration",
            (v, p) -> {
              Obj r = ctx.object(v, p, "integration testing");
              Optional<String> criticalPaths = ctx.optString(r, "criticalPaths");
              var coverage = ctx.optional(r, "coverageTarget", ctx.typed(TypedKind.PERCENTAGE));
              List<String> extraItems = ctx.strings(r, "extraItems");
              return ctx.build(
                  r, () -> new IntegrationTesting(criticalPaths, coverage, extraItems));
            });
    Optional<LoadTesting> load =
        ctx.optional(
            o,
            "load",
            (v, p) -> {
              Obj r = ctx.object(v, p, "load testing");
              Optional<String> target = ctx.optString(r, "target");
              Optional<String> tools = ctx.optString(r, "tools");
              List<String> extraItems = ctx.strings(r, "extraItems");
              return ctx.build(r, () -> new LoadTesting(target, tools, extraItems));
            });
    List<RawMarkdown> extras = ctx.extras(o);
    return ctx.build(o, () -> new Testing(contract, integration, load, extras));
  }

  @Override
  public void encode(JsonGenerator o, Testing t, EncodeContext ctx) {
    o.writeStartObject();
    putStrings(o, "contract", t.contract());
    put(o, "integration", t.integration(), (g, i) -> integration(g, i, ctx));
    put(o, "load", t.load(), TestingCodec::load);
    putExtras(o, t.extras());
    o.writeEndObject();
  }

  private static void integration(JsonGenerator o, IntegrationTesting i, EncodeContext ctx) {
    o.writeStartObject();
    put(o, "criticalPaths", i.criticalPaths());
    put(o, "coverageTarget", i.coverageTarget(), ctx.typed(TypedKind.PERCENTAGE));
    putStrings(o, "extraItems", i.extraItems());
    o.writeEndObject();
  }

  private static void load(JsonGenerator o, LoadTesting l) {
    o.writeStartObject();
    put(o, "target", l.target());
    put(o, "tools", l.tools());
    putStrings(o, "extraItems", l.extraItems());
    o.writeEndObject();
  }
}
