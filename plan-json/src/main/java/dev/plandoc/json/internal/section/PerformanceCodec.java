package dev.plandoc.json.internal.section;

import static dev.plandoc.json.internal.mapping.JsonOut.put;
import static dev.plandoc.json.internal.mapping.JsonOut.putExtras;
import static dev.plandoc.json.internal.mapping.JsonOut.putStrings;

import dev.plandoc.json.internal.mapping.DecodeContext;
import dev.plandoc.json.internal.mapping.EncodeContext;
import dev.plandoc.json.internal.mapping.Node;
import dev.plandoc.json.internal.mapping.Obj;
import dev.plandoc.json.internal.mapping.TypedKind;
import dev.plandoc.model.AsyncProcessing;
import dev.plandoc.model.Caching;
import dev.plandoc.model.DatabaseOptimization;
import dev.plandoc.model.Performance;
import dev.plandoc.model.Plan;
import dev.plandoc.model.RawMarkdown;
import dev.plandoc.model.SectionKind;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/** 7. The performance strategy: caching, database optimisation and asynchronous processing. */
final class PerformanceCodec extends SectionCodec<Performance> {
  PerformanceCodec() {
    super(SectionKind.PERFORMANCE, Plan::performance);
  }

  @Override
  public Performance decode(Node n, String path, DecodeContext ctx) {
    Obj o = ctx.object(n, path, "the performance strategy");
    Optional<Caching> caching =
        ctx.optional(
            o,
            "caching",
            (v, p) -> {
              Obj r = ctx.object(v, p, "caching");
              Optional<String> redisCache = ctx.optString(r, "redisCache");
              var ttl = ctx.optional(r, "ttl", ctx.typed(TypedKind.DURATION));
              List<String> extraItems = ctx.strings(r, "extraItems");
              return ctx.build(r, () -> new Caching(redisCache, ttl, extraItems));
            });
    Optional<DatabaseOptimization> databaseOptimization =
        ctx.optional(
            o,
            "databaseOptimization",
            (v, p) -> {
              Obj r = ctx.object(v, p, "database optimisation");
              Optional<String> indexing = ctx.optString(r, "indexing");
              var pool = ctx.optional(r, "connectionPool", ctx.typed(TypedKind.COUNT));
              List<String> extraItems = ctx.strings(r, "extraItems");
              return ctx.build(r, () -> new DatabaseOptimization(indexing, pool, extraItems));
            });
    Optional<AsyncProcessing> asyncProcessing =
        ctx.optional(
            o,
            "asyncProcessing",
            (v, p) -> {
              Obj r = ctx.object(v, p, "asynchronous processing");
              Optional<String> heavyJobs = ctx.optString(r, "heavyJobs");
              List<String> extraItems = ctx.strings(r, "extraItems");
              return ctx.build(r, () -> new AsyncProcessing(heavyJobs, extraItems));
            });
    List<RawMarkdown> extras = ctx.extras(o);
    return ctx.build(
        o, () -> new Performance(caching, databaseOptimization, asyncProcessing, extras));
  }

  @Override
  public void encode(JsonGenerator o, Performance p, EncodeContext ctx) {
    o.writeStartObject();
    put(o, "caching", p.caching(), (g, c) -> caching(g, c, ctx));
    put(
        o,
        "databaseOptimization",
        p.databaseOptimization(),
        (g, d) -> databaseOptimization(g, d, ctx));
    put(o, "asyncProcessing", p.asyncProcessing(), PerformanceCodec::asyncProcessing);
    putExtras(o, p.extras());
    o.writeEndObject();
  }

  private static void caching(JsonGenerator o, Caching c, EncodeContext ctx) {
    o.writeStartObject();
    put(o, "redisCache", c.redisCache());
    put(o, "ttl", c.ttl(), ctx.typed(TypedKind.DURATION));
    putStrings(o, "extraItems", c.extraItems());
    o.writeEndObject();
  }

  private static void databaseOptimization(
      JsonGenerator o, DatabaseOptimization d, EncodeContext ctx) {
    o.writeStartObject();
    put(o, "indexing", d.indexing());
    put(o, "connectionPool", d.connectionPool(), ctx.typed(TypedKind.COUNT));
    putStrings(o, "extraItems", d.extraItems());
    o.writeEndObject();
  }

  private static void asyncProcessing(JsonGenerator o, AsyncProcessing a) {
    o.writeStartObject();
    put(o, "heavyJobs", a.heavyJobs());
    putStrings(o, "extraItems", a.extraItems());
    o.writeEndObject();
  }
}
