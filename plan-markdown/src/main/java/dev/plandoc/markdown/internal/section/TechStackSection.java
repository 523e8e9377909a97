package dev.plandoc.markdown.internal.section;

import dev.plandoc.markdown.internal.MarkdownText;
import dev.plandoc.markdown.internal.MarkdownText.TableRows;
import dev.plandoc.markdown.internal.NamedItem;
import dev.plandoc.markdown.internal.RawCollector;
import dev.plandoc.markdown.internal.ReadContext;
import dev.plandoc.markdown.internal.SectionSyntax;
import dev.plandoc.markdown.internal.SectionWriter;
import dev.plandoc.markdown.internal.SubSections;
import dev.plandoc.markdown.internal.Vocabulary;
import dev.plandoc.markdown.internal.WriteContext;
import dev.plandoc.model.Alternative;
import dev.plandoc.model.Plan;
import dev.plandoc.model.PlanBuilder;
import dev.plandoc.model.RawMarkdown;
import dev.plandoc.model.SectionKind;
import dev.plandoc.model.TechChoice;
import dev.plandoc.model.TechStack;
import dev.plandoc.model.TechStackBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.Node;

/**
 * 1. Technology stack: the selected technologies as a table mapped by header, and the rejected
 * alternatives as {@code **technology**: reason} bullets.
 */
final class TechStackSection implements SectionSyntax<TechStack> {
  @Override
  public SectionKind kind() {
    return SectionKind.TECH_STACK;
  }

  @Override
  public Optional<TechStack> in(Plan plan) {
    return plan.techStack();
  }

  @Override
  public void into(PlanBuilder plan, TechStack section) {
    plan.techStack(section);
  }

  @Override
  public TechStack keepWhole(List<RawMarkdown> raw) {
    return new TechStackBuilder().extras(raw).build();
  }

  @Override
  public TechStack read(List<Node> body, ReadContext ctx) {
    TechStackBuilder b = new TechStackBuilder();
    RawCollector raw = ctx.raw();
    new SubSections(ctx, kind().key())
        .table(
            Vocabulary.SELECTED,
            "selected",
            TechStack.KNOWN_COLUMNS,
            t -> {
              b.columns(t.modelColumns(TechStack.KNOWN_COLUMNS));
              for (List<String> row : t.rows()) {
                b.addSelected(
                    new TechChoice(
                        t.cell(row, "area"),
                        t.cell(row, "technology"),
                        t.cell(row, "reason"),
                        t.extraCells(row)));
              }
            })
        .bullets(
            Vocabulary.ALTERNATIVES,
            "alternatives",
            items -> items.forEach(item -> b.addAlternatives(alternative(item))))
        .walk(body, raw, Optional.of(Vocabulary.SELECTED), "technology");
    return b.extras(raw.build()).build();
  }

  private static Alternative alternative(String item) {
    Optional<NamedItem> named = NamedItem.parse(item);
    if (named.isPresent()
        && named.get().note().isEmpty()
        && !named.get().name().strip().isEmpty()
        && named.get().name().equals(named.get().name().strip())) {
      return new Alternative(named.get().name(), named.get().text().strip());
    }
    return new Alternative("", item);
  }

  @Override
  public String write(TechStack s, WriteContext ctx) {
    SectionWriter b = new SectionWriter(s.extras(), ctx);
    TableRows rows = new TableRows();
    for (TechChoice c : s.selected()) {
      rows.add(List.of(c.area(), c.technology(), c.reason()), c.extraCells());
    }
    b.part(
        "selected",
        Vocabulary.SELECTED,
        rows.render(s.columns(), TechStack.KNOWN_COLUMNS, ctx::column));
    List<String> alts = new ArrayList<>();
    for (Alternative a : s.alternatives()) {
      if (a.technology().isEmpty()) {
        alts.add(a.reason());
      } else {
        alts.add(new NamedItem(a.technology(), "", a.reason()).write());
      }
    }
    b.part("alternatives", Vocabulary.ALTERNATIVES, MarkdownText.bullets(alts));
    return b.finish(ctx.heading(), true);
  }
}
