package dev.plandoc.markdown.internal.section;

import dev.plandoc.markdown.internal.MarkdownText;
import dev.plandoc.markdown.internal.MarkdownText.Fields;
import dev.plandoc.markdown.internal.RawCollector;
import dev.plandoc.markdown.internal.ReadContext;
import dev.plandoc.markdown.internal.SectionSyntax;
import dev.plandoc.markdown.internal.SectionWriter;
import dev.plandoc.markdown.internal.SubSections;
import dev.plandoc.markdown.internal.Vocabulary;
import dev.plandoc.markdown.internal.WriteContext;
import dev.plandoc.model.LoggingBuilder;
import dev.plandoc.model.Monitoring;
import dev.plandoc.model.MonitoringBuilder;
import dev.plandoc.model.Plan;
import dev.plandoc.model.PlanBuilder;
import dev.plandoc.model.RawMarkdown;
import dev.plandoc.model.SectionKind;
import dev.plandoc.model.value.DurationText;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.Node;

/**
 * 9. Monitoring and logging: metrics and alerts as bullets, logging as {@code key: value} bullets
 * (level, format, retention).
 */
final class MonitoringSection implements SectionSyntax<Monitoring> {
  @Override
  public SectionKind kind() {
    return SectionKind.MONITORING;
  }

  @Override
  public Optional<Monitoring> in(Plan plan) {
    return plan.monitoring();
  }

  @Override
  public void into(PlanBuilder plan, Monitoring section) {
    plan.monitoring(section);
  }

  @Override
  public Monitoring keepWhole(List<RawMarkdown> raw) {
    return new MonitoringBuilder().extras(raw).build();
  }

  @Override
  public Monitoring read(List<Node> body, ReadContext ctx) {
    MonitoringBuilder b = new MonitoringBuilder();
    RawCollector raw = ctx.raw();
    new SubSections(ctx, kind().key())
        .bullets(Vocabulary.METRICS, "metrics", b::metrics)
        .keyed(
            Vocabulary.LOGGING,
            "logging",
            List.of(Vocabulary.LEVEL, Vocabulary.FORMAT, Vocabulary.RETENTION),
            f ->
                b.logging(
                    new LoggingBuilder()
                        .levels(f.get(Vocabulary.LEVEL))
                        .format(f.get(Vocabulary.FORMAT))
                        .retention(f.get(Vocabulary.RETENTION).map(DurationText::new))
                        .extraItems(f.extra())
                        .build()))
        .bullets(Vocabulary.ALERTS, "alerts", b::alerts)
        .walk(body, raw);
    return b.extras(raw.build()).build();
  }

  @Override
  public String write(Monitoring m, WriteContext ctx) {
    SectionWriter b = new SectionWriter(m.extras(), ctx);
    b.part("metrics", Vocabulary.METRICS, MarkdownText.bullets(m.metrics()));
    b.optionalPart(
        "logging",
        Vocabulary.LOGGING,
        m.logging()
            .map(
                l ->
                    new Fields(false, ctx, "logging")
                        .add(Vocabulary.LEVEL, l.levels())
                        .add(Vocabulary.FORMAT, l.format())
                        .add(Vocabulary.RETENTION, l.retention())
                        .render(l.extraItems())));
    b.part("alerts", Vocabulary.ALERTS, MarkdownText.bullets(m.alerts()));
    return b.finish(ctx.heading(), true);
  }
}
