package dev.plandoc.json.internal.section;

import static dev.plandoc.json.internal.mapping.JsonOut.put;
import static dev.plandoc.json.internal.mapping.JsonOut.putExtras;
import static dev.plandoc.json.internal.mapping.JsonOut.putList;
import static dev.plandoc.json.internal.mapping.JsonOut.putStrings;

import dev.plandoc.json.internal.mapping.DecodeContext;
import dev.plandoc.json.internal.mapping.EncodeContext;
import dev.plandoc.json.internal.mapping.Node;
import dev.plandoc.json.internal.mapping.Obj;
import dev.plandoc.json.internal.mapping.TypedKind;
import dev.plandoc.model.ExternalServices;
import dev.plandoc.model.Plan;
import dev.plandoc.model.RawMarkdown;
import dev.plandoc.model.SectionKind;
import dev.plandoc.model.ServiceSpec;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/** 5. The external services: purpose, cost, API documentation and authentication of each. */
final class ExternalServicesCodec extends SectionCodec<ExternalServices> {
  ExternalServicesCodec() {
    super(SectionKind.EXTERNAL_SERVICES, Plan::externalServices);
  }

  @Override
  public ExternalServices decode(Node n, String path, DecodeContext ctx) {
    Obj o = ctx.object(n, path, "the external services");
    List<ServiceSpec> services =
        ctx.list(
            o,
            "services",
            (v, p) -> {
              Obj r = ctx.object(v, p, "a service");
              String name = ctx.string(r, "name");
              Optional<String> purpose = ctx.optString(r, "purpose");
              var cost = ctx.optional(r, "cost", ctx.typed(TypedKind.MONEY));
              var apiDocs = ctx.optional(r, "apiDocs", ctx.typed(TypedKind.URL));
              Optional<String> authentication = ctx.optString(r, "authentication");
              List<String> extraItems = ctx.strings(r, "extraItems");
              List<RawMarkdown> extras = ctx.extras(r);
              Optional<String> viewOf = ctx.optString(r, "viewOf");
              return ctx.build(
                  r,
                  () ->
                      new ServiceSpec(
                          name,
                          purpose,
                          cost,
                          apiDocs,
                          authentication,
                          extraItems,
                          extras,
                          viewOf));
            });
    List<RawMarkdown> extras = ctx.extras(o);
    return ctx.build(o, "services", services, extras, () -> new ExternalServices(services, extras));
  }

  @Override
  public void encode(JsonGenerator o, ExternalServices e, EncodeContext ctx) {
    o.writeStartObject();
    putList(o, "services", e.services(), (g, s) -> service(g, s, ctx));
    putExtras(o, e.extras());
    o.writeEndObject();
  }

  private static void service(JsonGenerator o, ServiceSpec s, EncodeContext ctx) {
    o.writeStartObject();
    put(o, "name", s.name());
    put(o, "purpose", s.purpose());
    put(o, "cost", s.cost(), ctx.typed(TypedKind.MONEY));
    put(o, "apiDocs", s.apiDocs(), ctx.typed(TypedKind.URL));
    put(o, "authentication", s.authentication());
    putStrings(o, "extraItems", s.extraItems());
    putExtras(o, s.extras());
    put(o, "viewOf", s.viewOf());
    o.writeEndObject();
  }
}
