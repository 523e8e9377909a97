package dev.plandoc.markdown.internal.section;

import dev.plandoc.markdown.internal.KeyedBullets;
import dev.plandoc.markdown.internal.MarkdownText.Fields;
import dev.plandoc.markdown.internal.ReadContext;
import dev.plandoc.markdown.internal.SectionSyntax;
import dev.plandoc.markdown.internal.SectionWriter;
import dev.plandoc.markdown.internal.Term;
import dev.plandoc.markdown.internal.Vocabulary;
import dev.plandoc.markdown.internal.WriteContext;
import dev.plandoc.markdown.internal.shape.MetadataShapes;
import dev.plandoc.model.Metadata;
import dev.plandoc.model.MetadataBuilder;
import dev.plandoc.model.Plan;
import dev.plandoc.model.PlanBuilder;
import dev.plandoc.model.RawMarkdown;
import dev.plandoc.model.SectionKind;
import dev.plandoc.model.value.DateText;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.Node;

/** Metadata: {@code **SPEC**: …}, date, author and agent bullets right under the heading. */
final class MetadataSection implements SectionSyntax<Metadata> {
  private static final List<Term> FIELDS =
      List.of(Vocabulary.SPEC, Vocabulary.DATE, Vocabulary.AUTHOR, Vocabulary.AGENT);

  @Override
  public SectionKind kind() {
    return SectionKind.METADATA;
  }

  @Override
  public Optional<Metadata> in(Plan plan) {
    return plan.metadata();
  }

  @Override
  public void into(PlanBuilder plan, Metadata section) {
    plan.metadata(section);
  }

  @Override
  public Metadata keepWhole(List<RawMarkdown> raw) {
    return new MetadataBuilder().extras(raw).build();
  }

  @Override
  public Metadata read(List<Node> body, ReadContext ctx) {
    MetadataBuilder b = new MetadataBuilder();
    return KeyedBullets.item(
        ctx,
        body,
        FIELDS,
        kind().key(),
        f -> {
          f.get(Vocabulary.SPEC).ifPresent(b::spec);
          f.get(Vocabulary.DATE).ifPresent(v -> b.date(new DateText(v)));
          f.get(Vocabulary.AUTHOR).ifPresent(b::author);
          f.get(Vocabulary.AGENT).ifPresent(b::agents);
          b.extraItems(f.extra());
        },
        raw -> b.extras(raw).build());
  }

  /**
   * Metadata written around the title instead of in a section: a view over the content after the
   * title (a blockquote, bold-label lines, a table) or, failing that, before it (front matter).
   */
  @Override
  public Plan withViewAroundTitle(Plan plan) {
    if (plan.metadata().isPresent()) {
      return plan;
    }
    for (String at : List.of("afterTitle", "beforeTitle")) {
      Optional<Metadata> view = around(plan, at);
      if (view.isPresent()) {
        return new PlanBuilder().from(plan).metadata(view.get()).build();
      }
    }
    return plan;
  }

  @Override
  public void checkViewAroundTitle(Plan plan) {
    Optional<String> at = plan.metadata().flatMap(Metadata::viewOf);
    if (at.isPresent() && !around(plan, at.get()).equals(plan.metadata())) {
      throw new IllegalArgumentException(
          "metadata is a view over the plan's "
              + at.get()
              + " but differs from what it says; edit that content instead, or drop the metadata's"
              + " viewOf to give the plan a Metadata section of its own");
    }
  }

  private static Optional<Metadata> around(Plan plan, String at) {
    Optional<String> kept = at.equals("afterTitle") ? plan.afterTitle() : plan.beforeTitle();
    return kept.flatMap(MetadataShapes::read)
        .map(m -> new MetadataBuilder().from(m).viewOf(at).build());
  }

  @Override
  public String write(Metadata m, WriteContext ctx) {
    if (m.viewOf().isPresent()) {
      // The content it was read from is written where it was; check it still says the same.
      return "";
    }
    SectionWriter b = new SectionWriter(m.extras(), ctx);
    Fields f =
        new Fields(true, ctx, "")
            .add(Vocabulary.SPEC, m.spec())
            .add(Vocabulary.DATE, m.date())
            .add(Vocabulary.AUTHOR, m.author())
            .add(Vocabulary.AGENT, m.agents());
    b.lead("fields", f.render(m.extraItems()));
    return b.finish(ctx.heading(), false);
  }
}
