package dev.plandoc.json.internal.section;

import static dev.plandoc.json.internal.mapping.JsonOut.put;
import static dev.plandoc.json.internal.mapping.JsonOut.putExtras;
import static dev.plandoc.json.internal.mapping.JsonOut.putStrings;

import dev.plandoc.json.internal.mapping.DecodeContext;
import dev.plandoc.json.internal.mapping.EncodeContext;
import dev.plandoc.json.internal.mapping.Node;
import dev.plandoc.json.internal.mapping.Obj;
import dev.plandoc.json.internal.mapping.TypedKind;
import dev.plandoc.model.Authentication;
import dev.plandoc.model.Authorization;
import dev.plandoc.model.DataProtection;
import dev.plandoc.model.Plan;
import dev.plandoc.model.RawMarkdown;
import dev.plandoc.model.SectionKind;
import dev.plandoc.model.Security;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/** 6. The security design: authentication, authorization and data protection. */
final class SecurityCodec extends SectionCodec<Security> {
  SecurityCodec() {
    super(SectionKind.SECURITY, Plan::security);
  }

  @Override
  public Security decode(Node n, String path, DecodeContext ctx) {
    Obj o = ctx.object(n, path, "the security design");
    Optional<Authentication> authentication =
        ctx.optional(
            o,
            "authentication",
            (v, p) -> {
              Obj r = ctx.object(v, p, "authentication");
              Optional<String> method = ctx.optString(r, "method");
              var tokenLifetime = ctx.optional(r, "tokenLifetime", ctx.typed(TypedKind.DURATION));
              var refresh = ctx.optional(r, "refreshTokenLifetime", ctx.typed(TypedKind.DURATION));
              List<String> extraItems = ctx.strings(r, "extraItems");
              return ctx.build(
                  r, () -> new Authentication(method, tokenLifetime, refresh, extraItems));
            });
    Optional<Authorization> authorization =
        ctx.optional(
            o,
            "authorization",
            (v, p) -> {
              Obj r = ctx.object(v, p, "authorization");
              Optional<String> model = ctx.optString(r, "model");
              Optional<String> roles = ctx.optString(r, "roles");
              List<String> extraItems = ctx.strings(r, "extraItems");
              return ctx.build(r, () -> new Authorization(model, roles, extraItems));
            });
    Optional<DataProtection> dataProtection =
        ctx.optional(
            o,
            "dataProtection",
            (v, p) -> {
              Obj r = ctx.object(v, p, "data protection");
              Optional<String> pii = ctx.optString(r, "piiEncryption");
              Optional<String> transport = ctx.optString(r, "transportEncryption");
              List<String> extraItems = ctx.strings(r, "extraItems");
              return ctx.build(r, () -> new DataProtection(pii, transport, extraItems));
            });
    List<RawMarkdown> extras = ctx.extras(o);
    return ctx.build(o, () -> new Security(authentication, authorization, dataProtection, extras));
  }

  @Override
  public void encode(JsonGenerator o, Security s, EncodeContext ctx) {
    o.writeStartObject();
    put(o, "authentication", s.authentication(), (g, a) -> authentication(g, a, ctx));
    put(o, "authorization", s.authorization(), SecurityCodec::authorization);
    put(o, "dataProtection", s.dataProtection(), SecurityCodec::dataProtection);
    putExtras(o, s.extras());
    o.writeEndObject();
  }

  private static void authentication(JsonGenerator o, Authentication a, EncodeContext ctx) {
    o.writeStartObject();
    put(o, "method", a.method());
    put(o, "tokenLifetime", a.tokenLifetime(), ctx.typed(TypedKind.DURATION));
    put(o, "refreshTokenLifetime", a.refreshTokenLifetime(), ctx.typed(TypedKind.DURATION));
    putStrings(o, "extraItems", a.extraItems());
    o.writeEndObject();
  }

  private static void authorization(JsonGenerator o, Authorization a) {
    o.writeStartObject();
    put(o, "model", a.model());
    put(o, "roles", a.roles());
    putStrings(o, "extraItems", a.extraItems());
    o.writeEndObject();
  }

  private static void dataProtection(JsonGenerator o, DataProtection d) {
    o.writeStartObject();
    put(o, "piiEncryption", d.piiEncryption());
    put(o, "transportEncryption", d.transportEncryption());
    putStrings(o, "extraItems", d.extraItems());
    o.writeEndObject();
  }
}
