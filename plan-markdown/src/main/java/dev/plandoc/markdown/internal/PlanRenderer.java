package dev.plandoc.markdown.internal;

import dev.plandoc.markdown.internal.Vocabulary.Term;
import dev.plandoc.model.*;
import dev.plandoc.model.value.TypedText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders a plan as canonical Markdown in the template's exact layout. Stateless apart from the
 * language; one instance per write.
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
    List<String> sections = new ArrayList<>();
    List<Boolean> separated = new ArrayList<>();
    extraSections(plan, "", sections, separated);
    for (SectionKind kind : SectionKind.values()) {
      Optional<?> section = plan.section(kind);
      if (section.isPresent()) {
        sections.add(section(kind, section.get()));
        separated.add(true);
        extraSections(plan, kind.key(), sections, separated);
      }
    }
    StringBuilder sb = new StringBuilder(4096);
    sb.append(String.join("\n\n", top));
    for (int i = 0; i < sections.size(); i++) {
      if (sb.length() > 0) {
        sb.append(i > 0 && separated.get(i - 1) ? "\n\n---\n\n" : "\n\n");
      }
      sb.append(sections.get(i));
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

  private String heading(SectionKind kind) {
    String title = Vocabulary.SECTIONS.get(kind).in(lang);
    return kind == SectionKind.METADATA ? "## " + title : "## " + kind.number() + ". " + title;
  }

  /** Builds one section: blocks in order, each followed by the raw content anchored after it. */
  private final class Blocks {
    private final List<String> out = new ArrayList<>();
    private final Map<String, String> raw = new LinkedHashMap<>();

    Blocks(List<RawMarkdown> extras) {
      extras.forEach(r -> raw.put(r.anchor(), r.markdown()));
      add(raw.remove(""));
    }

    void add(String block) {
      if (block != null && !block.isEmpty()) {
        out.add(block);
      }
    }

    /** A sub-section: written when it has content or raw content anchored to it. */
    void part(String anchor, Term heading, String content) {
      part(anchor, heading, content, false);
    }

    /** An optional sub-section: written whenever present, even empty. */
    void optionalPart(String anchor, Term heading, Optional<String> content) {
      part(anchor, heading, content.orElse(""), content.isPresent());
    }

    private void part(String anchor, Term heading, String content, boolean always) {
      String after = raw.remove(anchor);
      if (content.isEmpty() && after == null && !always) {
        return;
      }
      StringBuilder sb = new StringBuilder("### ").append(heading.in(lang));
      if (!content.isEmpty()) {
        sb.append('\n').append(content);
      }
      if (after != null) {
        sb.append(content.isEmpty() ? "\n" : "\n\n").append(after);
      }
      out.add(sb.toString());
    }

    /** Content right under the section heading, followed by its anchored raw content. */
    void lead(String anchor, String content) {
      add(content);
      add(raw.remove(anchor));
    }

    String finish(String heading, boolean blankAfterHeading) {
      raw.values().forEach(this::add);
      if (out.isEmpty()) {
        return heading;
      }
      return heading + (blankAfterHeading ? "\n\n" : "\n") + String.join("\n\n", out);
    }
  }

  private String section(SectionKind kind, Object s) {
    String h = heading(kind);
    switch (kind) {
      case METADATA:
        return metadata((Metadata) s);
      case TECH_STACK:
        return techStack((TechStack) s, h);
      case ARCHITECTURE:
        return architecture((Architecture) s, h);
      case API_DESIGN:
        return apiDesign((ApiDesign) s, h);
      case DATABASE_SCHEMA:
        return databaseSchema((DatabaseSchema) s, h);
      case EXTERNAL_SERVICES:
        return externalServices((ExternalServices) s, h);
      case SECURITY:
        return security((Security) s, h);
      case PERFORMANCE:
        return performance((Performance) s, h);
      case ERROR_HANDLING:
        return errorHandling((ErrorHandling) s, h);
      case MONITORING:
        return monitoring((Monitoring) s, h);
      case TESTING:
        return testing((Testing) s, h);
      case DEPLOYMENT:
        return deployment((Deployment) s, h);
      case COST_ESTIMATE:
        return costEstimate((CostEstimate) s, h);
      case MILESTONES:
        return milestones((Milestones) s, h);
      case RISKS:
        return risks((Risks) s, h);
      case NEXT_STEPS:
        return nextSteps((NextSteps) s, h);
      default:
        throw new AssertionError(kind);
    }
  }

  // ---------------------------------------------------------------- lists

  private static String bullets(List<String> items) {
    StringBuilder sb = new StringBuilder();
    for (String item : items) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(indentItem("- ", item));
    }
    return sb.toString();
  }

  private static String ordered(List<Step> steps) {
    StringBuilder sb = new StringBuilder();
    int n = 1;
    for (Step s : steps) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(indentItem(n++ + ". ", s.text()));
    }
    return sb.toString();
  }

  /** An item with its marker; continuation lines indented to the content column. */
  private static String indentItem(String marker, String text) {
    if (text.indexOf('\n') < 0) {
      return text.isEmpty() ? marker.stripTrailing() : marker + text;
    }
    String pad = " ".repeat(marker.length());
    StringBuilder sb = new StringBuilder(marker);
    String[] lines = text.split("\n", -1);
    sb.append(lines[0]);
    for (int i = 1; i < lines.length; i++) {
      sb.append('\n');
      if (!lines[i].isEmpty()) {
        sb.append(pad).append(lines[i]);
      }
    }
    return sb.toString();
  }

  /** Key-value bullets ({@code - key: value} or {@code - **key**: value}) then extra items. */
  private final class Fields {
    private final List<String> items = new ArrayList<>();
    private final boolean bold;

    Fields(boolean bold) {
      this.bold = bold;
    }

    Fields add(Term key, Optional<?> value) {
      value.ifPresent(
          v -> {
            String text = v instanceof TypedText<?> t ? t.text() : (String) v;
            String k = bold ? "**" + key.in(lang) + "**" : key.in(lang);
            items.add(text.isEmpty() ? k + ":" : k + ": " + text);
          });
      return this;
    }

    Fields plain(Optional<String> item) {
      item.ifPresent(items::add);
      return this;
    }

    String render(List<String> extra) {
      List<String> all = new ArrayList<>(items);
      all.addAll(extra);
      return bullets(all);
    }
  }

  private static String fence(String info, String content) {
    int longest = 2;
    for (String line : content.split("\n", -1)) {
      String s = line.stripLeading();
      int run = 0;
      while (run < s.length() && s.charAt(run) == '`') {
        run++;
      }
      longest = Math.max(longest, run);
    }
    String f = "`".repeat(longest + 1);
    return f + info + "\n" + (content.isEmpty() ? "" : content + "\n") + f;
  }

  private String table(
      List<String> columns,
      List<String> known,
      List<List<String>> rows,
      List<Map<String, String>> extra) {
    List<String> cols = columns.isEmpty() ? known : columns;
    List<List<String>> cells = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = new ArrayList<>();
      for (String c : cols) {
        int k = known.indexOf(c);
        row.add(k >= 0 ? rows.get(r).get(k) : extra.get(r).getOrDefault(c, ""));
      }
      cells.add(row);
    }
    return TableText.render(TableText.headers(columns, known, lang), cells);
  }

  // ---------------------------------------------------------------- sections

  private String metadata(Metadata m) {
    Blocks b = new Blocks(m.extras());
    Fields f =
        new Fields(true)
            .add(Vocabulary.SPEC, m.spec())
            .add(Vocabulary.DATE, m.date())
            .add(Vocabulary.AUTHOR, m.author())
            .add(Vocabulary.AGENT, m.agents());
    b.lead("fields", f.render(m.extraItems()));
    return b.finish(heading(SectionKind.METADATA), false);
  }

  private String techStack(TechStack s, String h) {
    Blocks b = new Blocks(s.extras());
    List<List<String>> rows = new ArrayList<>();
    List<Map<String, String>> extra = new ArrayList<>();
    for (TechChoice c : s.selected()) {
      rows.add(List.of(c.area(), c.technology(), c.reason()));
      extra.add(c.extraCells());
    }
    b.part(
        "selected",
        Vocabulary.SELECTED,
        rows.isEmpty() ? "" : table(s.columns(), TechStack.KNOWN_COLUMNS, rows, extra));
    List<String> alts = new ArrayList<>();
    for (Alternative a : s.alternatives()) {
      if (a.technology().isEmpty()) {
        alts.add(a.reason());
      } else {
        alts.add("**" + a.technology() + "**:" + (a.reason().isEmpty() ? "" : " " + a.reason()));
      }
    }
    b.part("alternatives", Vocabulary.ALTERNATIVES, bullets(alts));
    return b.finish(h, true);
  }

  private String architecture(Architecture a, String h) {
    Blocks b = new Blocks(a.extras());
    b.optionalPart(
        "diagram", Vocabulary.DIAGRAM, a.diagram().map(d -> fence(d.language(), d.source())));
    List<String> comps = new ArrayList<>();
    for (Component c : a.components()) {
      if (c.name().isEmpty()) {
        comps.add(c.role());
      } else {
        comps.add(
            "**" + c.name() + "**" + c.note() + ":" + (c.role().isEmpty() ? "" : " " + c.role()));
      }
    }
    b.part("components", Vocabulary.COMPONENTS, bullets(comps));
    b.part("dataFlow", Vocabulary.DATA_FLOW, ordered(a.dataFlow()));
    return b.finish(h, true);
  }

  private String itemHeading(Term term, int n, String name) {
    String word = term.in(lang);
    boolean numbered = term != Vocabulary.TABLE;
    String label = numbered ? word + " " + n + ":" : word + ":";
    return "### " + (name.isEmpty() ? label : label + " " + Inline.escapeHeading(name));
  }

  private String item(String heading, List<RawMarkdown> extras, String mainAnchor, String main) {
    Blocks b = new Blocks(extras);
    b.lead(mainAnchor, main);
    return b.finish(heading, false);
  }

  private String apiDesign(ApiDesign api, String h) {
    Blocks b = new Blocks(api.extras());
    for (int i = 0; i < api.endpoints().size(); i++) {
      EndpointSpec e = api.endpoints().get(i);
      String main = e.hasSpec() ? fence("", EndpointBlock.render(e)) : "";
      b.lead(
          "endpoints/" + i,
          item(itemHeading(Vocabulary.ENDPOINT, i + 1, e.name()), e.extras(), "spec", main));
    }
    return b.finish(h, true);
  }

  private String databaseSchema(DatabaseSchema d, String h) {
    Blocks b = new Blocks(d.extras());
    for (int i = 0; i < d.tables().size(); i++) {
      TableSpec t = d.tables().get(i);
      boolean hasDdl =
          !t.ddl().isEmpty()
              || !t.ddlLanguage().isEmpty()
              || t.extras().stream().anyMatch(r -> r.anchor().equals("ddl"));
      String main = hasDdl ? fence(t.ddlLanguage(), t.ddl()) : "";
      b.lead(
          "tables/" + i,
          item(itemHeading(Vocabulary.TABLE, i + 1, t.name()), t.extras(), "ddl", main));
    }
    b.part("indexNotes", Vocabulary.INDEX_STRATEGY, bullets(d.indexNotes()));
    return b.finish(h, true);
  }

  private String externalServices(ExternalServices x, String h) {
    Blocks b = new Blocks(x.extras());
    for (int i = 0; i < x.services().size(); i++) {
      ServiceSpec s = x.services().get(i);
      String fields =
          new Fields(true)
              .add(Vocabulary.PURPOSE, s.purpose())
              .add(Vocabulary.COST, s.cost())
              .add(Vocabulary.API_DOCS, s.apiDocs())
              .add(Vocabulary.AUTH_METHOD, s.authentication())
              .render(s.extraItems());
      b.lead(
          "services/" + i,
          item(itemHeading(Vocabulary.SERVICE, i + 1, s.name()), s.extras(), "fields", fields));
    }
    return b.finish(h, true);
  }

  private String security(Security s, String h) {
    Blocks b = new Blocks(s.extras());
    b.optionalPart(
        "authentication",
        Vocabulary.AUTHENTICATION,
        s.authentication()
            .map(
                a ->
                    new Fields(false)
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
                    new Fields(false)
                        .plain(a.model())
                        .add(Vocabulary.ROLES, a.roles())
                        .render(a.extraItems())));
    b.optionalPart(
        "dataProtection",
        Vocabulary.DATA_PROTECTION,
        s.dataProtection()
            .map(
                d ->
                    new Fields(false)
                        .add(Vocabulary.PII, d.piiEncryption())
                        .add(Vocabulary.TRANSPORT, d.transportEncryption())
                        .render(d.extraItems())));
    return b.finish(h, true);
  }

  private String performance(Performance p, String h) {
    Blocks b = new Blocks(p.extras());
    b.optionalPart(
        "caching",
        Vocabulary.CACHING,
        p.caching()
            .map(
                c ->
                    new Fields(false)
                        .add(Vocabulary.REDIS_CACHE, c.redisCache())
                        .add(Vocabulary.TTL, c.ttl())
                        .render(c.extraItems())));
    b.optionalPart(
        "databaseOptimization",
        Vocabulary.DB_OPTIMIZATION,
        p.databaseOptimization()
            .map(
                d ->
                    new Fields(false)
                        .add(Vocabulary.INDEXING, d.indexing())
                        .add(Vocabulary.CONNECTION_POOL, d.connectionPool())
                        .render(d.extraItems())));
    b.optionalPart(
        "asyncProcessing",
        Vocabulary.ASYNC,
        p.asyncProcessing()
            .map(
                a ->
                    new Fields(false)
                        .add(Vocabulary.HEAVY_JOBS, a.heavyJobs())
                        .render(a.extraItems())));
    return b.finish(h, true);
  }

  private String errorHandling(ErrorHandling e, String h) {
    Blocks b = new Blocks(e.extras());
    List<List<String>> rows = new ArrayList<>();
    List<Map<String, String>> extra = new ArrayList<>();
    for (ErrorClass c : e.errorClasses()) {
      rows.add(List.of(c.code().text(), c.type(), c.handling()));
      extra.add(c.extraCells());
    }
    b.part(
        "errorClasses",
        Vocabulary.ERROR_CLASSES,
        rows.isEmpty() ? "" : table(e.columns(), ErrorHandling.KNOWN_COLUMNS, rows, extra));
    b.part("retryRules", Vocabulary.RETRY, bullets(e.retryRules()));
    return b.finish(h, true);
  }

  private String monitoring(Monitoring m, String h) {
    Blocks b = new Blocks(m.extras());
    b.part("metrics", Vocabulary.METRICS, bullets(m.metrics()));
    b.optionalPart(
        "logging",
        Vocabulary.LOGGING,
        m.logging()
            .map(
                l ->
                    new Fields(false)
                        .add(Vocabulary.LEVEL, l.levels())
                        .add(Vocabulary.FORMAT, l.format())
                        .add(Vocabulary.RETENTION, l.retention())
                        .render(l.extraItems())));
    b.part("alerts", Vocabulary.ALERTS, bullets(m.alerts()));
    return b.finish(h, true);
  }

  private String testing(Testing t, String h) {
    Blocks b = new Blocks(t.extras());
    b.part("contract", Vocabulary.CONTRACT, bullets(t.contract()));
    b.optionalPart(
        "integration",
        Vocabulary.INTEGRATION,
        t.integration()
            .map(
                i ->
                    new Fields(false)
                        .add(Vocabulary.CRITICAL_PATHS, i.criticalPaths())
                        .add(Vocabulary.COVERAGE, i.coverageTarget())
                        .render(i.extraItems())));
    b.optionalPart(
        "load",
        Vocabulary.LOAD,
        t.load()
            .map(
                l ->
                    new Fields(false)
                        .add(Vocabulary.TARGET, l.target())
                        .add(Vocabulary.TOOLS, l.tools())
                        .render(l.extraItems())));
    return b.finish(h, true);
  }

  private String deployment(Deployment d, String h) {
    Blocks b = new Blocks(d.extras());
    List<String> envs = new ArrayList<>();
    for (Environment e : d.environments()) {
      envs.add(e.description().isEmpty() ? e.name() : e.name() + ": " + e.description());
    }
    b.part("environments", Vocabulary.ENVIRONMENTS, bullets(envs));
    b.part("ciCd", Vocabulary.CI_CD, bullets(d.ciCd()));
    b.part("rollback", Vocabulary.ROLLBACK, bullets(d.rollback()));
    return b.finish(h, true);
  }

  private String costEstimate(CostEstimate c, String h) {
    Blocks b = new Blocks(c.extras());
    List<List<String>> rows = new ArrayList<>();
    List<Map<String, String>> extra = new ArrayList<>();
    for (CostItem i : c.items()) {
      rows.add(List.of(i.item(), i.monthlyCost().text(), i.basis()));
      extra.add(i.extraCells());
    }
    c.total()
        .ifPresent(
            t -> {
              String amount = t.amount().text();
              rows.add(
                  List.of(
                      "**" + Vocabulary.TOTAL.in(lang) + "**",
                      amount.isEmpty() ? "" : "**" + amount + "**",
                      t.basis()));
              extra.add(t.extraCells());
            });
    b.lead(
        "items", rows.isEmpty() ? "" : table(c.columns(), CostEstimate.KNOWN_COLUMNS, rows, extra));
    return b.finish(h, true);
  }

  private String milestones(Milestones m, String h) {
    Blocks b = new Blocks(m.extras());
    List<List<String>> rows = new ArrayList<>();
    List<Map<String, String>> extra = new ArrayList<>();
    for (Milestone x : m.milestones()) {
      rows.add(List.of(x.phase(), x.work(), x.estimate().text()));
      extra.add(x.extraCells());
    }
    b.lead(
        "milestones",
        rows.isEmpty() ? "" : table(m.columns(), Milestones.KNOWN_COLUMNS, rows, extra));
    return b.finish(h, true);
  }

  private String risks(Risks r, String h) {
    Blocks b = new Blocks(r.extras());
    for (int i = 0; i < r.risks().size(); i++) {
      Risk risk = r.risks().get(i);
      String fields =
          new Fields(true)
              .add(Vocabulary.PROBABILITY, risk.probability())
              .add(Vocabulary.IMPACT, risk.impact())
              .add(Vocabulary.MITIGATION, risk.mitigation())
              .render(risk.extraItems());
      b.lead(
          "risks/" + i,
          item(itemHeading(Vocabulary.RISK, i + 1, risk.title()), risk.extras(), "fields", fields));
    }
    return b.finish(h, true);
  }

  private String nextSteps(NextSteps n, String h) {
    Blocks b = new Blocks(n.extras());
    b.lead("steps", ordered(n.steps()));
    return b.finish(h, true);
  }
}
