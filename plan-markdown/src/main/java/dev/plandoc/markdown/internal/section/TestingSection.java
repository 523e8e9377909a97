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
import dev.plandoc.model.IntegrationTestingBuilder;
import dev.plandoc.model.LoadTestingBuilder;
import dev.plandoc.model.Plan;
import dev.plandoc.model.PlanBuilder;
import dev.plandoc.model.RawMarkdown;
import dev.plandoc.model.SectionKind;
import dev.plandoc.model.Testing;
import dev.plandoc.model.TestingBuilder;
import dev.plandoc.model.value.PercentageText;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.Node;

/**
 * 10. Testing strategy: contract testing as bullets, integration and load testing as {@code key:
 * value} bullets.
 */
final class TestingSection implements SectionSyntax<Testing> {
  @Override
  public SectionKind kind() {
    return SectionKind.TESTING;
  }

  @Override
  public Optional<Testing> in(Plan plan) {
    return plan.testing();
  }

  @Override
  public void into(PlanBuilder plan, Testing section) {
    plan.testing(section);
  }

  @Override
  public Testing keepWhole(List<RawMarkdown> raw) {
    return new TestingBuilder().extras(raw).build();
  }

  @Override
  public Testing read(List<Node> body, ReadContext ctx) {
    TestingBuilder b = new TestingBuilder();
    RawCollector raw = ctx.raw();
    new SubSections(ctx, kind().key())
        .bullets(Vocabulary.CONTRACT, "contract", b::contract)
        .keyed(
            Vocabulary.INTEGRATION,
            "integration",
            List.of(Vocabulary.CRITICAL_PATHS, Vocabulary.COVERAGE),
            f ->
                b.integration(
                    new IntegrationTestingBuilder()
                        .criticalPaths(f.get(Vocabulary.CRITICAL_PATHS))
                        .coverageTarget(f.get(Vocabulary.COVERAGE).map(PercentageText::new))
                        .extraItems(f.extra())
                        .build()))
        .keyed(
            Vocabulary.LOAD,
            "load",
            List.of(Vocabulary.TARGET, Vocabulary.TOOLS),
            f ->
                b.load(
                    new LoadTestingBuilder()
                        .target(f.get(Vocabulary.TARGET))
                        .tools(f.get(Vocabulary.TOOLS))
                        .extraItems(f.extra())
                        .build()))
        .walk(body, raw);
    return b.extras(raw.build()).build();
  }

  @Override
  public String write(Testing t, WriteContext ctx) {
    SectionWriter b = new SectionWriter(t.extras(), ctx);
    b.part("contract", Vocabulary.CONTRACT, MarkdownText.bullets(t.contract()));
    b.optionalPart(
        "integration",
        Vocabulary.INTEGRATION,
        t.integration()
            .map(
                i ->
                    new Fields(false, ctx, "integration")
                        .add(Vocabulary.CRITICAL_PATHS, i.criticalPaths())
                        .add(Vocabulary.COVERAGE, i.coverageTarget())
                        .render(i.extraItems())));
    b.optionalPart(
        "load",
        Vocabulary.LOAD,
        t.load()
            .map(
                l ->
                    new Fields(false, ctx, "load")
                        .add(Vocabulary.TARGET, l.target())
                        .add(Vocabulary.TOOLS, l.tools())
                        .render(l.extraItems())));
    return b.finish(ctx.heading(), true);
  }
}
