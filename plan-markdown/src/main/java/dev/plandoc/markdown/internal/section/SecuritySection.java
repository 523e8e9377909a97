package dev.plandoc.markdown.internal.section;

import dev.plandoc.markdown.internal.MarkdownText.Fields;
import dev.plandoc.markdown.internal.RawCollector;
import dev.plandoc.markdown.internal.ReadContext;
import dev.plandoc.markdown.internal.SectionSyntax;
import dev.plandoc.markdown.internal.SectionWriter;
import dev.plandoc.markdown.internal.SubSections;
import dev.plandoc.markdown.internal.Vocabulary;
import dev.plandoc.markdown.internal.WriteContext;
import dev.plandoc.model.AuthenticationBuilder;
import dev.plandoc.model.AuthorizationBuilder;
import dev.plandoc.model.DataProtectionBuilder;
import dev.plandoc.model.Plan;
import dev.plandoc.model.PlanBuilder;
import dev.plandoc.model.RawMarkdown;
import dev.plandoc.model.SectionKind;
import dev.plandoc.model.Security;
import dev.plandoc.model.SecurityBuilder;
import dev.plandoc.model.value.DurationText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.Node;

/**
 * 6. Security: authentication, authorization and data protection, each a sub-section of {@code key:
 * value} bullets; the authorization model may be a plain first bullet.
 */
final class SecuritySection implements SectionSyntax<Security> {
  @Override
  public SectionKind kind() {
    return SectionKind.SECURITY;
  }

  @Override
  public Optional<Security> in(Plan plan) {
    return plan.security();
  }

  @Override
  public void into(PlanBuilder plan, Security section) {
    plan.security(section);
  }

  @Override
  public Security keepWhole(List<RawMarkdown> raw) {
    return new SecurityBuilder().extras(raw).build();
  }

  @Override
  public Security read(List<Node> body, ReadContext ctx) {
    SecurityBuilder b = new SecurityBuilder();
    RawCollector raw = ctx.raw();
    new SubSections(ctx, kind().key())
        .keyed(
            Vocabulary.AUTHENTICATION,
            "authentication",
            List.of(Vocabulary.METHOD, Vocabulary.TOKEN_LIFETIME, Vocabulary.REFRESH_TOKEN),
            f ->
                b.authentication(
                    new AuthenticationBuilder()
                        .method(f.get(Vocabulary.METHOD))
                        .tokenLifetime(f.get(Vocabulary.TOKEN_LIFETIME).map(DurationText::new))
                        .refreshTokenLifetime(
                            f.get(Vocabulary.REFRESH_TOKEN).map(DurationText::new))
                        .extraItems(f.extra())
                        .build()))
        .keyed(
            Vocabulary.AUTHORIZATION,
            "authorization",
            List.of(Vocabulary.ROLES),
            true,
            f -> {
              AuthorizationBuilder a = new AuthorizationBuilder().roles(f.get(Vocabulary.ROLES));
              List<String> extra = new ArrayList<>(f.extra());
              if (!extra.isEmpty()
                  && !extra.get(0).contains(":")
                  && ReadContext.singleLine(extra.get(0))
                  && !extra.get(0).isEmpty()) {
                a.model(extra.remove(0));
              }
              b.authorization(a.extraItems(extra).build());
            })
        .keyed(
            Vocabulary.DATA_PROTECTION,
            "dataProtection",
            List.of(Vocabulary.PII, Vocabulary.TRANSPORT),
            f ->
                b.dataProtection(
                    new DataProtectionBuilder()
                        .piiEncryption(f.get(Vocabulary.PII))
                        .transportEncryption(f.get(Vocabulary.TRANSPORT))
                        .extraItems(f.extra())
                        .build()))
        .walk(body, raw);
    return b.extras(raw.build()).build();
  }

  @Override
  public String write(Security s, WriteContext ctx) {
    SectionWriter b = new SectionWriter(s.extras(), ctx);
    b.optionalPart(
        "authentication",
        Vocabulary.AUTHENTICATION,
        s.authentication()
            .map(
                a ->
                    new Fields(false, ctx, "authentication")
                        .add(Vocabulary.METHOD, a.method())
                        .add(Vocabulary.TOKEN_LIFETIME, a.tokenLifetime())
                        .add(Vocabulary.REFRESH_TOKEN, a.refreshTokenLifetime())
                        .render(a.extraItems())));
    b.optionalPart(
        "authorization",
        Vocabulary.AUTHORIZATION,
        s.authorization()
            .map(
                a ->
                    new Fields(false, ctx, "authorization")
                        .plain(a.model())
                        .add(Vocabulary.ROLES, a.roles())
                        .render(a.extraItems())));
    b.optionalPart(
        "dataProtection",
        Vocabulary.DATA_PROTECTION,
        s.dataProtection()
            .map(
                d ->
                    new Fields(false, ctx, "dataProtection")
                        .add(Vocabulary.PII, d.piiEncryption())
                        .add(Vocabulary.TRANSPORT, d.transportEncryption())
                        .render(d.extraItems())));
    return b.finish(ctx.heading(), true);
  }
}
