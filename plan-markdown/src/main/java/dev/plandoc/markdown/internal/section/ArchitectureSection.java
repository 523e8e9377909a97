package dev.plandoc.markdown.internal.section;

import dev.plandoc.markdown.internal.Fences;
import dev.plandoc.markdown.internal.MarkdownText;
import dev.plandoc.markdown.internal.NamedItem;
import dev.plandoc.markdown.internal.RawCollector;
import dev.plandoc.markdown.internal.ReadContext;
import dev.plandoc.markdown.internal.SectionSyntax;
import dev.plandoc.markdown.internal.SectionWriter;
import dev.plandoc.markdown.internal.SubSections;
import dev.plandoc.markdown.internal.Vocabulary;
import dev.plandoc.markdown.internal.WriteContext;
import dev.plandoc.model.Architecture;
import dev.plandoc.model.ArchitectureBuilder;
import dev.plandoc.model.Component;
import dev.plandoc.model.Diagram;
import dev.plandoc.model.Plan;
import dev.plandoc.model.PlanBuilder;
import dev.plandoc.model.RawMarkdown;
import dev.plandoc.model.SectionKind;
import dev.plandoc.model.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;

/**
 * 2. Architecture: the diagram as a fenced block (ASCII, Mermaid, …), the components as {@code
 * **name** (note): role} bullets, and the data flow as an ordered list.
 */
final class ArchitectureSection implements SectionSyntax<Architecture> {
  @Override
  public SectionKind kind() {
    return SectionKind.ARCHITECTURE;
  }

  @Override
  public Optional<Architecture> in(Plan plan) {
    return plan.architecture();
  }

  @Override
  public void into(PlanBuilder plan, Architecture section) {
    plan.architecture(section);
  }

  @Override
  public Architecture keepWhole(List<RawMarkdown> raw) {
    return new ArchitectureBuilder().extras(raw).build();
  }

  @Override
  public Architecture read(List<Node> body, ReadContext ctx) {
    String path = kind().key();
    ArchitectureBuilder b = new ArchitectureBuilder();
    RawCollector raw = ctx.raw();
    new SubSections(ctx, path)
        .part(
            Vocabulary.DIAGRAM,
            "diagram",
            g -> {
              List<Node> rest = new ArrayList<>();
              Optional<FencedCodeBlock> code =
                  ReadContext.take(g.blocks(), FencedCodeBlock.class, rest);
              if (code.isEmpty() || !Fences.isReproducible(code.get())) {
                return g.blocks();
              }
              b.diagram(new Diagram(Fences.info(code.get()), Fences.literal(code.get())));
              return rest;
            })
        .bullets(
            Vocabulary.COMPONENTS,
            "components",
            items -> items.forEach(item -> b.addComponents(component(item))))
        .part(
            Vocabulary.DATA_FLOW,
            "dataFlow",
            g -> {
              List<Node> rest = new ArrayList<>();
              Optional<List<Step>> steps =
                  ReadContext.take(g.blocks(), OrderedList.class, rest)
                      .flatMap(list -> ctx.steps(list, path + ".dataFlow"));
              if (steps.isEmpty()) {
                return g.blocks();
              }
              steps.get().forEach(b::addDataFlow);
              return rest;
            })
        .walk(body, raw);
    return b.extras(raw.build()).build();
  }

  private static Component component(String item) {
    Optional<NamedItem> named = NamedItem.parse(item);
    if (named.isPresent()
        && named.get().name().equals(named.get().name().strip())
        && !named.get().name().isEmpty()) {
      return new Component(named.get().name(), named.get().note(), named.get().text());
    }
    return new Component("", "", item);
  }

  @Override
  public String write(Architecture a, WriteContext ctx) {
    SectionWriter b = new SectionWriter(a.extras(), ctx);
    b.optionalPart(
        "diagram",
        Vocabulary.DIAGRAM,
        a.diagram().map(d -> Fences.write(d.language(), d.source())));
    List<String> comps = new ArrayList<>();
    for (Component c : a.components()) {
      if (c.name().isEmpty()) {
        comps.add(c.role());
      } else {
        comps.add(new NamedItem(c.name(), c.note(), c.role()).write());
      }
    }
    b.part("components", Vocabulary.COMPONENTS, MarkdownText.bullets(comps));
    b.part("dataFlow", Vocabulary.DATA_FLOW, MarkdownText.ordered(a.dataFlow()));
    return b.finish(ctx.heading(), true);
  }
}
