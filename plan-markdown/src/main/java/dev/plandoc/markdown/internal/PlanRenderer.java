package dev.plandoc.markdown.internal;

import dev.plandoc.markdown.internal.MarkdownText.Fields;
import dev.plandoc.markdown.internal.MarkdownText.TableRows;
import dev.plandoc.markdown.internal.SectionWriter.Item;
import dev.plandoc.model.Alternative;
import dev.plandoc.model.ApiDesign;
import dev.plandoc.model.Architecture;
import dev.plandoc.model.Component;
import dev.plandoc.model.CostEstimate;
import dev.plandoc.model.CostItem;
import dev.plandoc.model.DatabaseSchema;
import dev.plandoc.model.Deployment;
import dev.plandoc.model.Environment;
import dev.plandoc.model.ErrorClass;
import dev.plandoc.model.ErrorHandling;
import dev.plandoc.model.ExternalServices;
import dev.plandoc.model.ExtraSection;
import dev.plandoc.model.Language;
import dev.plandoc.model.Metadata;
import dev.plandoc.model.Milestone;
import dev.plandoc.model.Milestones;
import dev.plandoc.model.Monitoring;
import dev.plandoc.model.NextSteps;
import dev.plandoc.model.Performance;
import dev.plandoc.model.Plan;
import dev.plandoc.model.Risks;
import dev.plandoc.model.SectionKind;
import dev.plandoc.model.Security;
import dev.plandoc.model.TableSpec;
import dev.plandoc.model.TechChoice;
import dev.plandoc.model.TechStack;
import dev.plandoc.model.Testing;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Renders a plan as canonical Markdown in the template's exact layout: the title, the sections in
 * template order, each written by the method for its kind, the extra sections after the section
 * they follow, and the {@code ---} separators. Stateless apart from the language; one instance per
 * write.
 */
public final class PlanRenderer {
  private final Language lang;

  /** A renderer for a language. */
  public PlanRenderer(Language lang) {
    this.lang = lang;
  }

  /** The whole document, ending with one line break. */
  public String render(Plan plan) {
    List<String> top = new ArrayList<>();
    plan.beforeTitle().ifPresent(top::add);
    if (!plan.title().isEmpty()) {
      top.add("# PLAN: " + Inline.escapeHeading(plan.title()));
    }
    plan.afterTitle().ifPresent(top::add);
    // Known sections are followed by the template's '---' separator; extra sections keep their
    // own closing '---' in their body, so none is added after them.
    List<String> written = new ArrayList<>();
    List<Boolean> separated = new ArrayList<>();
    extraSections(plan, "", written, separated);
    for (SectionKind kind : SectionKind.values()) {
      Optional<?> section = plan.section(kind);
      if (section.isPresent()) {
        written.add(section(kind, section.get()));
        separated.add(true);
        extraSections(plan, kind.key(), written, separated);
      }
    }
    StringBuilder sb = new StringBuilder(4096);
    sb.append(String.join("\n\n", top));
    for (int i = 0; i < written.size(); i++) {
      if (sb.length() > 0) {
        sb.append(i > 0 && separated.get(i - 1) ? "\n\n---\n\n" : "\n\n");
      }
      sb.append(written.get(i));
    }
    if (sb.length() > 0) {
      sb.append('\n');
    }
    return sb.toString();
  }

  private void extraSections(Plan plan, String anchor, List<String> into, List<Boolean> separated) {
    for (ExtraSection e : plan.extraSections()) {
      if (e.anchor().equals(anchor)) {
        String h;
        if (e.heading().indexOf('\n') >= 0) {
          h = e.heading() + "\n---"; // a multi-line heading can only be a setext heading
        } else {
          h = e.heading().isEmpty() ? "##" : "## " + Inline.escapeHeading(e.heading());
        }
        into.add(h + (e.body().isEmpty() ? "" : "\n\n" + e.body()));
        separated.add(false);
      }
    }
  }

  private String section(SectionKind kind, Object s) {
    WriteContext ctx = new WriteContext(lang, heading(kind));
    switch (kind) {
      case METADATA:
        return metadata((Metadata) s, ctx);
      case TECH_STACK:
        return techStack((TechStack) s, ctx);
      case ARCHITECTURE:
        return architecture((Architecture) s, ctx);
      case API_DESIGN:
        return apiDesign((ApiDesign) s, ctx);
      case DATABASE_SCHEMA:
        return databaseSchema((DatabaseSchema) s, ctx);
      case EXTERNAL_SERVICES:
        return externalServices((ExternalServices) s, ctx);
      case SECURITY:
        return security((Security) s, ctx);
      case PERFORMANCE:
        return performance((Performance) s, ctx);
      case ERROR_HANDLING:
        return errorHandling((ErrorHandling) s, ctx);
      case MONITORING:
        return monitoring((Monitoring) s, ctx);
      case TESTING:
        return testing((Testing) s, ctx);
      case DEPLOYMENT:
        return deployment((Deployment) s, ctx);
      case COST_ESTIMATE:
        return costEstimate((CostEstimate) s, ctx);
      case MILESTONES:
        return milestones((Milestones) s, ctx);
      case RISKS:
        return risks((Risks) s, ctx);
      case NEXT_STEPS:
        return nextSteps((NextSteps) s, ctx);
      default:
        throw new AssertionError(kind);
    }
  }

  private String heading(SectionKind kind) {
    String title = Vocabulary.SECTIONS.get(kind).in(lang);
    return kind == SectionKind.METADATA ? "## " + title : "## " + kind.number() + ". " + title;
  }

  // ---------------------------------------------------------------- sections

  private String metadata(Metadata m, WriteContext ctx) {
    SectionWriter b = new SectionWriter(m.extras(), ctx.language());
    Fields f =
        new Fields(true, ctx.language())
            .add(Vocabulary.SPEC, m.spec())
            .add(Vocabulary.DATE, m.date())
            .add(Vocabulary.AUTHOR, m.author())
            .add(Vocabulary.AGENT, m.agents());
    b.lead("fields", f.render(m.extraItems()));
    return b.finish(ctx.heading(), false);
  }

  private String techStack(TechStack s, WriteContext ctx) {
    SectionWriter b = new SectionWriter(s.extras(), ctx.language());
    TableRows rows = new TableRows();
    for (TechChoice c : s.selected()) {
      rows.add(List.of(c.area(), c.technology(), c.reason()), c.extraCells());
    }
    b.part(
        "selected",
        Vocabulary.SELECTED,
        rows.render(s.columns(), TechStack.KNOWN_COLUMNS, ctx.language()));
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

  private String architecture(Architecture a, WriteContext ctx) {
    SectionWriter b = new SectionWriter(a.extras(), ctx.language());
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

  private String apiDesign(ApiDesign api, WriteContext ctx) {
    SectionWriter b = new SectionWriter(api.extras(), ctx.language());
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

  private String databaseSchema(DatabaseSchema d, WriteContext ctx) {
    SectionWriter b = new SectionWriter(d.extras(), ctx.language());
    b.items(
        "tables",
        Vocabulary.TABLE,
        false,
        d.tables(),
        t -> new Item(t.name(), t.extras(), "ddl", ddl(t)));
    b.part("indexNotes", Vocabulary.INDEX_STRATEGY, MarkdownText.bullets(d.indexNotes()));
    return b.finish(ctx.heading(), true);
  }

  private String externalServices(ExternalServices x, WriteContext ctx) {
    SectionWriter b = new SectionWriter(x.extras(), ctx.language());
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
                new Fields(true, ctx.language())
                    .add(Vocabulary.PURPOSE, s.purpose())
                    .add(Vocabulary.COST, s.cost())
                    .add(Vocabulary.API_DOCS, s.apiDocs())
                    .add(Vocabulary.AUTH_METHOD, s.authentication())
                    .render(s.extraItems())));
    return b.finish(ctx.heading(), true);
  }

  private String security(Security s, WriteContext ctx) {
    SectionWriter b = new SectionWriter(s.extras(), ctx.language());
    b.optionalPart(
        "authentication",
        Vocabulary.AUTHENTICATION,
        s.authentication()
            .map(
                a ->
                    new Fields(false, ctx.language())
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
                    new Fields(false, ctx.language())
                        .plain(a.model())
                        .add(Vocabulary.ROLES, a.roles())
                        .render(a.extraItems())));
    b.optionalPart(
        "dataProtection",
        Vocabulary.DATA_PROTECTION,
        s.dataProtection()
            .map(
                d ->
                    new Fields(false, ctx.language())
                        .add(Vocabulary.PII, d.piiEncryption())
                        .add(Vocabulary.TRANSPORT, d.transportEncryption())
                        .render(d.extraItems())));
    return b.finish(ctx.heading(), true);
  }

  private String performance(Performance p, WriteContext ctx) {
    SectionWriter b = new SectionWriter(p.extras(), ctx.language());
    b.optionalPart(
        "caching",
        Vocabulary.CACHING,
        p.caching()
            .map(
                c ->
                    new Fields(false, ctx.language())
                        .add(Vocabulary.REDIS_CACHE, c.redisCache())
                        .add(Vocabulary.TTL, c.ttl())
                        .render(c.extraItems())));
    b.optionalPart(
        "databaseOptimization",
        Vocabulary.DB_OPTIMIZATION,
        p.databaseOptimization()
            .map(
                d ->
                    new Fields(false, ctx.language())
                        .add(Vocabulary.INDEXING, d.indexing())
                        .add(Vocabulary.CONNECTION_POOL, d.connectionPool())
                        .render(d.extraItems())));
    b.optionalPart(
        "asyncProcessing",
        Vocabulary.ASYNC,
        p.asyncProcessing()
            .map(
                a ->
                    new Fields(false, ctx.language())
                        .add(Vocabulary.HEAVY_JOBS, a.heavyJobs())
                        .render(a.extraItems())));
    return b.finish(ctx.heading(), true);
  }

  private String errorHandling(ErrorHandling e, WriteContext ctx) {
    SectionWriter b = new SectionWriter(e.extras(), ctx.language());
    TableRows rows = new TableRows();
    for (ErrorClass c : e.errorClasses()) {
      rows.add(List.of(c.code().text(), c.type(), c.handling()), c.extraCells());
    }
    b.part(
        "errorClasses",
        Vocabulary.ERROR_CLASSES,
        rows.render(e.columns(), ErrorHandling.KNOWN_COLUMNS, ctx.language()));
    b.part("retryRules", Vocabulary.RETRY, MarkdownText.bullets(e.retryRules()));
    return b.finish(ctx.heading(), true);
  }

  private String monitoring(Monitoring m, WriteContext ctx) {
    SectionWriter b = new SectionWriter(m.extras(), ctx.language());
    b.part("metrics", Vocabulary.METRICS, MarkdownText.bullets(m.metrics()));
    b.optionalPart(
        "logging",
        Vocabulary.LOGGING,
        m.logging()
            .map(
                l ->
                    new Fields(false, ctx.language())
                        .add(Vocabulary.LEVEL, l.levels())
                        .add(Vocabulary.FORMAT, l.format())
                        .add(Vocabulary.RETENTION, l.retention())
                        .render(l.extraItems())));
    b.part("alerts", Vocabulary.ALERTS, MarkdownText.bullets(m.alerts()));
    return b.finish(ctx.heading(), true);
  }

  private String testing(Testing t, WriteContext ctx) {
    SectionWriter b = new SectionWriter(t.extras(), ctx.language());
    b.part("contract", Vocabulary.CONTRACT, MarkdownText.bullets(t.contract()));
    b.optionalPart(
        "integration",
        Vocabulary.INTEGRATION,
        t.integration()
            .map(
                i ->
                    new Fields(false, ctx.language())
                        .add(Vocabulary.CRITICAL_PATHS, i.criticalPaths())
                        .add(Vocabulary.COVERAGE, i.coverageTarget())
                        .render(i.extraItems())));
    b.optionalPart(
        "load",
        Vocabulary.LOAD,
        t.load()
            .map(
                l ->
                    new Fields(false, ctx.language())
                        .add(Vocabulary.TARGET, l.target())
                        .add(Vocabulary.TOOLS, l.tools())
                        .render(l.extraItems())));
    return b.finish(ctx.heading(), true);
  }

  private String deployment(Deployment d, WriteContext ctx) {
    SectionWriter b = new SectionWriter(d.extras(), ctx.language());
    List<String> envs = new ArrayList<>();
    for (Environment e : d.environments()) {
      envs.add(e.description().isEmpty() ? e.name() : e.name() + ": " + e.description());
    }
    b.part("environments", Vocabulary.ENVIRONMENTS, MarkdownText.bullets(envs));
    b.part("ciCd", Vocabulary.CI_CD, MarkdownText.bullets(d.ciCd()));
    b.part("rollback", Vocabulary.ROLLBACK, MarkdownText.bullets(d.rollback()));
    return b.finish(ctx.heading(), true);
  }

  private String costEstimate(CostEstimate c, WriteContext ctx) {
    SectionWriter b = new SectionWriter(c.extras(), ctx.language());
    TableRows rows = new TableRows();
    for (CostItem i : c.items()) {
      rows.add(List.of(i.item(), i.monthlyCost().text(), i.basis()), i.extraCells());
    }
    c.total()
        .ifPresent(
            t -> {
              String amount = t.amount().text();
              rows.add(
                  List.of(
                      "**" + Vocabulary.TOTAL.in(ctx.language()) + "**",
                      amount.isEmpty() ? "" : "**" + amount + "**",
                      t.basis()),
                  t.extraCells());
            });
    b.lead("items", rows.render(c.columns(), CostEstimate.KNOWN_COLUMNS, ctx.language()));
    return b.finish(ctx.heading(), true);
  }

  private String milestones(Milestones m, WriteContext ctx) {
    SectionWriter b = new SectionWriter(m.extras(), ctx.language());
    TableRows rows = new TableRows();
    for (Milestone x : m.milestones()) {
      rows.add(List.of(x.phase(), x.work(), x.estimate().text()), x.extraCells());
    }
    b.lead("milestones", rows.render(m.columns(), Milestones.KNOWN_COLUMNS, ctx.language()));
    return b.finish(ctx.heading(), true);
  }

  private String risks(Risks r, WriteContext ctx) {
    SectionWriter b = new SectionWriter(r.extras(), ctx.language());
    b.items(
        "risks",
        Vocabulary.RISK,
        true,
        r.risks(),
        risk ->
            new Item(
                risk.title(),
                risk.extras(),
                "fields",
                new Fields(true, ctx.language())
                    .add(Vocabulary.PROBABILITY, risk.probability())
                    .add(Vocabulary.IMPACT, risk.impact())
                    .add(Vocabulary.MITIGATION, risk.mitigation())
                    .render(risk.extraItems())));
    return b.finish(ctx.heading(), true);
  }

  private String nextSteps(NextSteps n, WriteContext ctx) {
    SectionWriter b = new SectionWriter(n.extras(), ctx.language());
    b.lead("steps", MarkdownText.ordered(n.steps()));
    return b.finish(ctx.heading(), true);
  }

  /** The DDL block, when the table has DDL or raw content after it. */
  private static String ddl(TableSpec t) {
    boolean hasDdl =
        !t.ddl().isEmpty()
            || !t.ddlLanguage().isEmpty()
            || t.extras().stream().anyMatch(r -> r.anchor().equals("ddl"));
    return hasDdl ? Fences.write(t.ddlLanguage(), t.ddl()) : "";
  }
}
