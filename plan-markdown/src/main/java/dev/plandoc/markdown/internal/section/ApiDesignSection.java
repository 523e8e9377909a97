package dev.plandoc.markdown.internal.section;

import dev.plandoc.markdown.internal.EndpointBlock;
import dev.plandoc.markdown.internal.Fences;
import dev.plandoc.markdown.internal.RawCollector;
import dev.plandoc.markdown.internal.ReadCodes;
import dev.plandoc.markdown.internal.ReadContext;
import dev.plandoc.markdown.internal.SectionSyntax;
import dev.plandoc.markdown.internal.SectionWriter;
import dev.plandoc.markdown.internal.SectionWriter.Item;
import dev.plandoc.markdown.internal.Source;
import dev.plandoc.markdown.internal.SubSections;
import dev.plandoc.markdown.internal.SubSections.Group;
import dev.plandoc.markdown.internal.SubSections.OtherPart;
import dev.plandoc.markdown.internal.Vocabulary;
import dev.plandoc.markdown.internal.WriteContext;
import dev.plandoc.markdown.internal.shape.EndpointShapes;
import dev.plandoc.markdown.internal.shape.KeptViews;
import dev.plandoc.model.ApiDesign;
import dev.plandoc.model.ApiDesignBuilder;
import dev.plandoc.model.EndpointSpec;
import dev.plandoc.model.EndpointSpecBuilder;
import dev.plandoc.model.Plan;
import dev.plandoc.model.PlanBuilder;
import dev.plandoc.model.RawMarkdown;
import dev.plandoc.model.SectionKind;
import dev.plandoc.model.check.Severity;
import dev.plandoc.model.value.HttpMethodText;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;

/**
 * 3. API design: one {@code ### Endpoint N: name} sub-section per endpoint, its specification in
 * the template's code block ({@code METHOD path}, {@code Headers:}, {@code Request:}, {@code
 * Response (NNN):}); see {@link EndpointBlock}.
 */
final class ApiDesignSection implements SectionSyntax<ApiDesign> {
  /** Endpoints in the shapes agents write, read as views over the kept Markdown. */
  static final KeptViews<EndpointSpec> VIEWS =
      new KeptViews<>(
          EndpointShapes::read,
          (e, at) -> new EndpointSpecBuilder().from(e).viewOf(at).build(),
          EndpointShapes::same,
          EndpointShapes::enrich);

  @Override
  public SectionKind kind() {
    return SectionKind.API_DESIGN;
  }

  @Override
  public Optional<ApiDesign> in(Plan plan) {
    return plan.apiDesign();
  }

  @Override
  public void into(PlanBuilder plan, ApiDesign section) {
    plan.apiDesign(section);
  }

  @Override
  public ApiDesign keepWhole(List<RawMarkdown> raw) {
    return new ApiDesignBuilder().extras(raw).build();
  }

  @Override
  public ApiDesign read(List<Node> body, ReadContext ctx) {
    ApiDesignBuilder b = new ApiDesignBuilder();
    RawCollector raw = ctx.raw();
    new SubSections(ctx, kind().key())
        .items(
            body,
            raw,
            Vocabulary.ENDPOINT,
            "endpoints",
            (name, group, path) -> b.addEndpoints(endpoint(ctx, name, group, path)),
            OtherPart.NONE);
    ApiDesign own = b.extras(raw.build()).build();
    return new ApiDesignBuilder()
        .from(own)
        .endpoints(
            SectionViews.attach(
                ctx,
                raw,
                kind().key() + ".endpoints",
                "endpoints",
                own.endpoints(),
                own.extras(),
                VIEWS))
        .build();
  }

  private static EndpointSpec endpoint(ReadContext ctx, String name, Group group, String path) {
    EndpointSpecBuilder e =
        new EndpointSpecBuilder().name(name).method(new HttpMethodText("")).path("");
    RawCollector raw = ctx.raw();
    raw.addAround(
        group.blocks(), n -> n instanceof FencedCodeBlock c && spec(ctx, c, e, name, path), "spec");
    return e.extras(raw.build()).build();
  }

  /** Whether the block is the endpoint's specification, read into the builder; reported if not. */
  private static boolean spec(
      ReadContext ctx, FencedCodeBlock c, EndpointSpecBuilder e, String name, String path) {
    if (Fences.isReproducible(c)
        && Fences.info(c).isEmpty()
        && EndpointBlock.parse(Fences.literal(c), e, name)) {
      ctx.position(path + ".method", c);
      return true;
    }
    ctx.report(
        Severity.WARNING,
        ReadCodes.ENDPOINT_LAYOUT,
        path,
        "the endpoint's code block does not follow the template's layout (METHOD path, Headers:, Request:, Response (NNN):); kept verbatim",
        Source.position(c));
    return false;
  }

  @Override
  public String write(ApiDesign api, WriteContext ctx) {
    VIEWS.check(api.endpoints(), api.extras(), kind().key() + ".endpoints");
    SectionWriter b = new SectionWriter(api.extras(), ctx);
    b.items(
        "endpoints",
        Vocabulary.ENDPOINT,
        true,
        api.endpoints(),
        e ->
            new Item(
                e.name(),
                e.extras(),
                "spec",
                e.hasSpec() ? Fences.write("", EndpointBlock.render(e)) : ""));
    return b.finish(ctx.heading(), true);
  }
}
