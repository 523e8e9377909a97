package dev.plandoc.json.internal.section;

import static dev.plandoc.json.internal.mapping.JsonOut.put;
import static dev.plandoc.json.internal.mapping.JsonOut.putExtras;
import static dev.plandoc.json.internal.mapping.JsonOut.putIfNotEmpty;
import static dev.plandoc.json.internal.mapping.JsonOut.putList;

import dev.plandoc.json.internal.mapping.DecodeContext;
import dev.plandoc.json.internal.mapping.EncodeContext;
import dev.plandoc.json.internal.mapping.Node;
import dev.plandoc.json.internal.mapping.Obj;
import dev.plandoc.json.internal.mapping.TypedKind;
import dev.plandoc.model.ApiDesign;
import dev.plandoc.model.EndpointSpec;
import dev.plandoc.model.Header;
import dev.plandoc.model.Plan;
import dev.plandoc.model.RawMarkdown;
import dev.plandoc.model.ResponseSpec;
import dev.plandoc.model.SectionKind;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/** 3. The API design: its endpoints, each with method, path, headers, request and responses. */
final class ApiDesignCodec extends SectionCodec<ApiDesign> {
  ApiDesignCodec() {
    super(SectionKind.API_DESIGN, Plan::apiDesign);
  }

  @Override
  public ApiDesign decode(Node n, String path, DecodeContext ctx) {
    Obj o = ctx.object(n, path, "the API design");
    List<EndpointSpec> endpoints = ctx.list(o, "endpoints", (v, p) -> endpoint(v, p, ctx));
    List<RawMarkdown> extras = ctx.extras(o);
    return ctx.build(o, "endpoints", endpoints, extras, () -> new ApiDesign(endpoints, extras));
  }

  private static EndpointSpec endpoint(Node n, String path, DecodeContext ctx) {
    Obj o = ctx.object(n, path, "an endpoint");
    String name = ctx.string(o, "name");
    Node methodNode = o.take("method");
    var method =
        methodNode == null ? TypedKind.METHOD.ofText("") : ctx.typed(methodNode, TypedKind.METHOD);
    String urlPath = ctx.string(o, "path", "");
    List<Header> headers =
        ctx.list(
            o,
            "headers",
            (v, p) -> {
              Obj r = ctx.object(v, p, "a header");
              String hName = ctx.string(r, "name");
              String value = ctx.string(r, "value", "");
              return ctx.build(r, () -> new Header(hName, value));
            });
    Optional<String> requestBody = ctx.optString(o, "requestBody");
    List<ResponseSpec> responses =
        ctx.list(
            o,
            "responses",
            (v, p) -> {
              Obj r = ctx.object(v, p, "a response");
              String label = ctx.string(r, "label");
              var status = ctx.required(r, "status", ctx.typed(TypedKind.STATUS));
              String body = ctx.string(r, "body", "");
              Optional<String> summary = ctx.optString(r, "summary");
              return ctx.build(r, () -> new ResponseSpec(label, status, body, summary));
            });
    List<RawMarkdown> extras = ctx.extras(o);
    Optional<String> viewOf = ctx.optString(o, "viewOf");
    return ctx.build(
        o,
        () ->
            new EndpointSpec(
                name, method, urlPath, headers, requestBody, responses, extras, viewOf));
  }

  @Override
  public void encode(JsonGenerator o, ApiDesign a, EncodeContext ctx) {
    o.writeStartObject();
    putList(o, "endpoints", a.endpoints(), (g, e) -> endpoint(g, e, ctx));
    putExtras(o, a.extras());
    o.writeEndObject();
  }

  private static void endpoint(JsonGenerator o, EndpointSpec e, EncodeContext ctx) {
    o.writeStartObject();
    put(o, "name", e.name());
    if (!e.method().text().isEmpty()) {
      ctx.typed(o, "method", e.method(), TypedKind.METHOD);
    }
    putIfNotEmpty(o, "path", e.path());
    putList(o, "headers", e.headers(), ApiDesignCodec::header);
    put(o, "requestBody", e.requestBody());
    putList(o, "responses", e.responses(), (g, r) -> response(g, r, ctx));
    putExtras(o, e.extras());
    put(o, "viewOf", e.viewOf());
    o.writeEndObject();
  }

  private static void header(JsonGenerator o, Header h) {
    o.writeStartObject();
    put(o, "name", h.name());
    putIfNotEmpty(o, "value", h.value());
    o.writeEndObject();
  }

  private static void response(JsonGenerator o, ResponseSpec r, EncodeContext ctx) {
    o.writeStartObject();
    put(o, "label", r.label());
    ctx.typed(o, "status", r.status(), TypedKind.STATUS);
    putIfNotEmpty(o, "body", r.body());
    put(o, "summary", r.summary());
    o.writeEndObject();
  }
}
