package dev.plandoc.markdown.internal.section;

import dev.plandoc.markdown.internal.KeyedBullets;
import dev.plandoc.markdown.internal.MarkdownText.Fields;
import dev.plandoc.markdown.internal.RawCollector;
import dev.plandoc.markdown.internal.ReadContext;
import dev.plandoc.markdown.internal.SectionSyntax;
import dev.plandoc.markdown.internal.SectionWriter;
import dev.plandoc.markdown.internal.SectionWriter.Item;
import dev.plandoc.markdown.internal.SubSections;
import dev.plandoc.markdown.internal.SubSections.Group;
import dev.plandoc.markdown.internal.SubSections.OtherPart;
import dev.plandoc.markdown.internal.Term;
import dev.plandoc.markdown.internal.Vocabulary;
import dev.plandoc.markdown.internal.WriteContext;
import dev.plandoc.markdown.internal.shape.KeptViews;
import dev.plandoc.markdown.internal.shape.ServiceShapes;
import dev.plandoc.model.ExternalServices;
import dev.plandoc.model.ExternalServicesBuilder;
import dev.plandoc.model.Plan;
import dev.plandoc.model.PlanBuilder;
import dev.plandoc.model.RawMarkdown;
import dev.plandoc.model.SectionKind;
import dev.plandoc.model.ServiceSpec;
import dev.plandoc.model.ServiceSpecBuilder;
import dev.plandoc.model.value.MoneyText;
import dev.plandoc.model.value.UrlText;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.Node;

/**
 * 5. External services: one {@code ### Service N: name} sub-section per service, with purpose,
 * cost, API docs and authentication as {@code **key**: value} bullets.
 */
final class ExternalServicesSection implements SectionSyntax<ExternalServices> {
  /** Services in the shapes agents write (tables, bold lists), read as views over kept Markdown. */
  static final KeptViews<ServiceSpec> VIEWS =
      new KeptViews<>(
          ServiceShapes::read,
          (s, at) -> new ServiceSpecBuilder().from(s).viewOf(at).build(),
          (a, b) -> a.name().equals(b.name()));

  private static final List<Term> FIELDS =
      List.of(Vocabulary.PURPOSE, Vocabulary.COST, Vocabulary.API_DOCS, Vocabulary.AUTH_METHOD);

  @Override
  public SectionKind kind() {
    return SectionKind.EXTERNAL_SERVICES;
  }

  @Override
  public Optional<ExternalServices> in(Plan plan) {
    return plan.externalServices();
  }

  @Override
  public void into(PlanBuilder plan, ExternalServices section) {
    plan.externalServices(section);
  }

  @Override
  public ExternalServices keepWhole(List<RawMarkdown> raw) {
    return new ExternalServicesBuilder().extras(raw).build();
  }

  @Override
  public ExternalServices read(List<Node> body, ReadContext ctx) {
    ExternalServicesBuilder b = new ExternalServicesBuilder();
    RawCollector raw = ctx.raw();
    new SubSections(ctx, kind().key())
        .items(
            body,
            raw,
            Vocabulary.SERVICE,
            "services",
            (name, group, path) -> b.addServices(service(ctx, name, group, path)),
            OtherPart.NONE);
    ExternalServices own = b.extras(raw.build()).build();
    return new ExternalServicesBuilder()
        .from(own)
        .services(
            SectionViews.attach(
                ctx,
                raw,
                kind().key() + ".services",
                "services",
                own.services(),
                own.extras(),
                VIEWS))
        .build();
  }

  private static ServiceSpec service(ReadContext ctx, String name, Group group, String path) {
    ServiceSpecBuilder s = new ServiceSpecBuilder().name(name);
    return KeyedBullets.item(
        ctx,
        group.blocks(),
        FIELDS,
        path,
        f -> {
          f.get(Vocabulary.PURPOSE).ifPresent(s::purpose);
          f.get(Vocabulary.COST).ifPresent(v -> s.cost(new MoneyText(v)));
          f.get(Vocabulary.API_DOCS).ifPresent(v -> s.apiDocs(new UrlText(v)));
          f.get(Vocabulary.AUTH_METHOD).ifPresent(s::authentication);
          s.extraItems(f.extra());
        },
        raw -> s.extras(raw).build());
  }

  @Override
  public String write(ExternalServices x, WriteContext ctx) {
    VIEWS.check(x.services(), x.extras(), kind().key() + ".services");
    SectionWriter b = new SectionWriter(x.extras(), ctx);
    b.items(
        "services",
        Vocabulary.SERVICE,
        true,
        x.services(),
        s ->
            new Item(
                s.name(),
                s.extras(),
                "fields",
                new Fields(true, ctx, "")
                    .add(Vocabulary.PURPOSE, s.purpose())
                    .add(Vocabulary.COST, s.cost())
                    .add(Vocabulary.API_DOCS, s.apiDocs())
                    .add(Vocabulary.AUTH_METHOD, s.authentication())
                    .render(s.extraItems())));
    return b.finish(ctx.heading(), true);
  }
}
