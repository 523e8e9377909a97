package dev.plandoc.markdown.internal.section;

import dev.plandoc.markdown.internal.MarkdownText.Fields;
import dev.plandoc.markdown.internal.RawCollector;
import dev.plandoc.markdown.internal.ReadContext;
import dev.plandoc.markdown.internal.SectionSyntax;
import dev.plandoc.markdown.internal.SectionWriter;
import dev.plandoc.markdown.internal.SubSections;
import dev.plandoc.markdown.internal.Vocabulary;
import dev.plandoc.markdown.internal.WriteContext;
import dev.plandoc.model.AsyncProcessingBuilder;
import dev.plandoc.model.CachingBuilder;
import dev.plandoc.model.DatabaseOptimizationBuilder;
import dev.plandoc.model.Performance;
import dev.plandoc.model.PerformanceBuilder;
import dev.plandoc.model.Plan;
import dev.plandoc.model.PlanBuilder;
import dev.plandoc.model.RawMarkdown;
import dev.plandoc.model.SectionKind;
import dev.plandoc.model.value.CountText;
import dev.plandoc.model.value.DurationText;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.Node;

/**
 * 7. Performance: caching, database optimisation and asynchronous processing, each a sub-section of
 * {@code key: value} bullets.
 */
final class PerformanceSection implements SectionSyntax<Performance> {
  @Override
  public SectionKind kind() {
    return SectionKind.PERFORMANCE;
  }

  @Override
  public Optional<Performance> in(Plan plan) {
    return plan.performance();
  }

  @Override
  public void into(PlanBuilder plan, Performance section) {
    plan.performance(section);
  }

  @Override
  public Performance keepWhole(List<RawMarkdown> raw) {
    return new PerformanceBuilder().extras(raw).build();
  }

  @Override
  public Performance read(List<Node> body, ReadContext ctx) {
    PerformanceBuilder b = new PerformanceBuilder();
    RawCollector raw = ctx.raw();
    new SubSections(ctx, kind().key())
        .keyed(
            Vocabulary.CACHING,
            "caching",
            List.of(Vocabulary.REDIS_CACHE, Vocabulary.TTL),
            f ->
                b.caching(
                    new CachingBuilder()
                        .redisCache(f.get(Vocabulary.REDIS_CACHE))
                        .ttl(f.get(Vocabulary.TTL).map(DurationText::new))
                        .extraItems(f.extra())
                        .build()))
        .keyed(
            Vocabulary.DB_OPTIMIZATION,
            "databaseOptimization",
            List.of(Vocabulary.INDEXING, Vocabulary.CONNECTION_POOL),
            f ->
                b.databaseOptimization(
                    new DatabaseOptimizationBuilder()
                        .indexing(f.get(Vocabulary.INDEXING))
                        .connectionPool(f.get(Vocabulary.CONNECTION_POOL).map(CountText::new))
                        .extraItems(f.extra())
                        .build()))
        .keyed(
            Vocabulary.ASYNC,
            "asyncProcessing",
            List.of(Vocabulary.HEAVY_JOBS),
            f ->
                b.asyncProcessing(
                    new AsyncProcessingBuilder()
                        .heavyJobs(f.get(Vocabulary.HEAVY_JOBS))
                        .extraItems(f.extra())
                        .build()))
        .walk(body, raw);
    return b.extras(raw.build()).build();
  }

  @Override
  public String write(Performance p, WriteContext ctx) {
    SectionWriter b = new SectionWriter(p.extras(), ctx);
    b.optionalPart(
        "caching",
        Vocabulary.CACHING,
        p.caching()
            .map(
                c ->
                    new Fields(false, ctx, "caching")
                        .add(Vocabulary.REDIS_CACHE, c.redisCache())
                        .add(Vocabulary.TTL, c.ttl())
                        .render(c.extraItems())));
    b.optionalPart(
        "databaseOptimization",
        Vocabulary.DB_OPTIMIZATION,
        p.databaseOptimization()
            .map(
                d ->
                    new Fields(false, ctx, "databaseOptimization")
                        .add(Vocabulary.INDEXING, d.indexing())
                        .add(Vocabulary.CONNECTION_POOL, d.connectionPool())
                        .render(d.extraItems())));
    b.optionalPart(
        "asyncProcessing",
        Vocabulary.ASYNC,
        p.asyncProcessing()
            .map(
                a ->
                    new Fields(false, ctx, "asyncProcessing")
                        .add(Vocabulary.HEAVY_JOBS, a.heavyJobs())
                        .render(a.extraItems())));
    return b.finish(ctx.heading(), true);
  }
}
