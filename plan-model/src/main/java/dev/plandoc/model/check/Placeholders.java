package dev.plandoc.model.check;

import dev.plandoc.model.Architecture;
import dev.plandoc.model.Authentication;
import dev.plandoc.model.Authorization;
import dev.plandoc.model.Caching;
import dev.plandoc.model.CostEstimate;
import dev.plandoc.model.DataProtection;
import dev.plandoc.model.DatabaseOptimization;
import dev.plandoc.model.DatabaseSchema;
import dev.plandoc.model.Deployment;
import dev.plandoc.model.EndpointSpec;
import dev.plandoc.model.ErrorHandling;
import dev.plandoc.model.ExtraSection;
import dev.plandoc.model.IntegrationTesting;
import dev.plandoc.model.KeepsMarkdown;
import dev.plandoc.model.LoadTesting;
import dev.plandoc.model.Logging;
import dev.plandoc.model.Metadata;
import dev.plandoc.model.Monitoring;
import dev.plandoc.model.Performance;
import dev.plandoc.model.Plan;
import dev.plandoc.model.RawMarkdown;
import dev.plandoc.model.Risk;
import dev.plandoc.model.SectionKind;
import dev.plandoc.model.Security;
import dev.plandoc.model.ServiceSpec;
import dev.plandoc.model.TechStack;
import dev.plandoc.model.Testing;
import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.TypedText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every unfilled placeholder in a plan: {@code {…}}, {@code ${…}} and unresolved alternatives
 * such as {@code High | Medium | Low}, in every text field (titles, list items, table cells
 * including extra cells, header values, step texts and the text of typed values), in document
 * order.
 *
 * <p>Verbatim code is not searched, because braces there are code, not placeholders: request and
 * response bodies, DDL, diagrams, {@link dev.plandoc.model.RawMarkdown} blocks, the bodies of extra
 * sections and the content before and after the title. In an endpoint's path and header values a
 * brace around a plain ASCII identifier is HTTP notation rather than a placeholder, so {@code
 * /receipts/{receipt_id}} (a path parameter) and {@code Bearer {token}} are not reported, while
 * {@code /api/{리소스}} is.
 *
 * <p>Paths use the model's syntax: section keys ({@link SectionKind#key()}) and record component
 * names, list indexes in brackets and extra cells by their header in quotes, e.g. {@code
 * techStack.selected[0].extraCells["버전"]}.
 *
 * <pre>{@code
 * Plan plan = Plan.builder()
 *     .title("{기능명}")
 *     .metadata(new MetadataBuilder().date(new DateText("{YYYY-MM-DD}")).build())
 *     .build();
 * Placeholders.find(plan);
 * // [Placeholder[path=title, text={기능명}, fieldText={기능명}],
 * //  Placeholder[path=metadata.date, text={YYYY-MM-DD}, fieldText={YYYY-MM-DD}]]
 * }</pre>
 */
public final class Placeholders {
  private static final Pattern HTTP_PARAMETER = Pattern.compile("\\{[A-Za-z_][A-Za-z0-9_.-]*\\}");
  private static final Pattern PROSE_PLACEHOLDER =
      Pattern.compile(
          "(?<![$\\w{])\\{(?:[^{}\\n]*[\\uAC00-\\uD7A3][^{}\\n]*|[A-Z][A-Z0-9_-]*|[^{}\\n]*\\S \\S[^{}\\n]*)\\}(?!\\})");

  private Placeholders() {}

  /**
   * Every placeholder in the plan, in document order.
   *
   * @param plan the plan
   * @return the placeholders, an immutable list
   */
  public static List<Placeholder> find(Plan plan) {
    Walk walk = new Walk();
    walk.plan(plan);
    return List.copyOf(walk.found);
  }

  /**
   * The placeholders in one piece of text, in order, as {@link #find(Plan)} would report them for a
   * text field.
   *
   * <pre>{@code
   * Placeholders.in("월 ${금액} (예상 {건}건 기준)");   // [${금액}, {건}]
   * }</pre>
   *
   * @param text the text
   * @return the placeholders
   */
  public static List<String> in(String text) {
    return Texts.placeholdersIn(text);
  }

  /** Collects placeholders while walking a plan in document order. */
  private static final class Walk {
    private final List<Placeholder> found = new ArrayList<>();

    void plan(Plan p) {
      text("title", p.title());
      extraSections(p, "");
      p.metadata().ifPresent(this::metadata);
      extraSections(p, SectionKind.METADATA.key());
      p.techStack().ifPresent(this::techStack);
      extraSections(p, SectionKind.TECH_STACK.key());
      p.architecture().ifPresent(this::architecture);
      extraSections(p, SectionKind.ARCHITECTURE.key());
      p.apiDesign().ifPresent(a -> each("apiDesign.endpoints", a.endpoints(), this::endpoint));
      extraSections(p, SectionKind.API_DESIGN.key());
      p.databaseSchema().ifPresent(this::databaseSchema);
      extraSections(p, SectionKind.DATABASE_SCHEMA.key());
      p.externalServices()
          .ifPresent(e -> each("externalServices.services", e.services(), this::service));
      extraSections(p, SectionKind.EXTERNAL_SERVICES.key());
      p.security().ifPresent(this::security);
      extraSections(p, SectionKind.SECURITY.key());
      p.performance().ifPresent(this::performance);
      extraSections(p, SectionKind.PERFORMANCE.key());
      p.errorHandling().ifPresent(this::errorHandling);
      extraSections(p, SectionKind.ERROR_HANDLING.key());
      p.monitoring().ifPresent(this::monitoring);
      extraSections(p, SectionKind.MONITORING.key());
      p.testing().ifPresent(this::testing);
      extraSections(p, SectionKind.TESTING.key());
      p.deployment().ifPresent(this::deployment);
      extraSections(p, SectionKind.DEPLOYMENT.key());
      p.costEstimate().ifPresent(this::costEstimate);
      extraSections(p, SectionKind.COST_ESTIMATE.key());
      p.milestones()
          .ifPresent(
              m ->
                  each(
                      "milestones.milestones",
                      m.milestones(),
                      (at, row) ->
                          row(
                              at,
                              m.columns(),
                              row.extraCells(),
                              "phase",
                              row.phase(),
                              "work",
                              row.work(),
                              "estimate",
                              row.estimate().text())));
      extraSections(p, SectionKind.MILESTONES.key());
      p.risks().ifPresent(r -> each("risks.risks", r.risks(), this::risk));
      extraSections(p, SectionKind.RISKS.key());
      p.nextSteps()
          .ifPresent(
              n -> each("nextSteps.steps", n.steps(), (at, s) -> text(at + ".text", s.text())));
      extraSections(p, SectionKind.NEXT_STEPS.key());
      for (SectionKind kind : SectionKind.values()) {
        p.section(kind)
            .map(KeepsMarkdown.class::cast)
            .ifPresent(section -> kept(kind.key() + ".extras", section.extras()));
      }
    }

    /**
     * Placeholders in the prose of kept Markdown: outside code, and only the template's kind — a
     * brace holding Korean, capitals ({@code {URL}}, {@code {YYYY-MM-DD}}) or several words ({@code
     * {경로 2}}). Braces around a lower-case or camel-case name ({@code {eventId}}) are code or
     * notation in prose, and alternatives with {@code |} are table syntax there.
     */
    private void kept(String at, List<RawMarkdown> extras) {
      for (int i = 0; i < extras.size(); i++) {
        String prose = Texts.withoutCode(extras.get(i).markdown());
        Matcher m = PROSE_PLACEHOLDER.matcher(prose);
        while (m.find()) {
          found.add(new Placeholder(at + "[" + i + "]", m.group(), m.group()));
        }
      }
    }

    private void extraSections(Plan p, String anchor) {
      List<ExtraSection> extras = p.extraSections();
      for (int i = 0; i < extras.size(); i++) {
        if (extras.get(i).anchor().equals(anchor)) {
          text("extraSections[" + i + "].heading", extras.get(i).heading());
        }
      }
    }

    private void metadata(Metadata m) {
      String at = "metadata";
      text(at + ".spec", m.spec());
      typed(at + ".date", m.date());
      text(at + ".author", m.author());
      text(at + ".agents", m.agents());
      texts(at + ".extraItems", m.extraItems());
    }

    private void techStack(TechStack t) {
      each(
          "techStack.selected",
          t.selected(),
          (at, row) ->
              row(
                  at,
                  t.columns(),
                  row.extraCells(),
                  "area",
                  row.area(),
                  "technology",
                  row.technology(),
                  "reason",
                  row.reason()));
      each(
          "techStack.alternatives",
          t.alternatives(),
          (at, a) -> {
            text(at + ".technology", a.technology());
            text(at + ".reason", a.reason());
          });
    }

    private void architecture(Architecture a) {
      a.diagram().ifPresent(d -> text("architecture.diagram.language", d.language()));
      each(
          "architecture.components",
          a.components(),
          (at, c) -> {
            text(at + ".name", c.name());
            text(at + ".note", c.note());
            text(at + ".role", c.role());
          });
      each("architecture.dataFlow", a.dataFlow(), (at, s) -> text(at + ".text", s.text()));
    }

    private void endpoint(String at, EndpointSpec e) {
      text(at + ".name", e.name());
      typed(at + ".method", e.method());
      httpText(at + ".path", e.path());
      each(
          at + ".headers",
          e.headers(),
          (h, header) -> {
            text(h + ".name", header.name());
            httpText(h + ".value", header.value());
          });
      each(
          at + ".responses",
          e.responses(),
          (r, response) -> {
            text(r + ".label", response.label());
            typed(r + ".status", response.status());
            response.summary().ifPresent(t -> text(r + ".summary", t));
          });
    }

    private void databaseSchema(DatabaseSchema d) {
      each(
          "databaseSchema.tables",
          d.tables(),
          (at, t) -> {
            text(at + ".name", t.name());
            text(at + ".ddlLanguage", t.ddlLanguage());
          });
      texts("databaseSchema.indexNotes", d.indexNotes());
    }

    private void service(String at, ServiceSpec s) {
      text(at + ".name", s.name());
      text(at + ".purpose", s.purpose());
      typed(at + ".cost", s.cost());
      typed(at + ".apiDocs", s.apiDocs());
      text(at + ".authentication", s.authentication());
      texts(at + ".extraItems", s.extraItems());
    }

    private void security(Security s) {
      s.authentication().ifPresent(this::authentication);
      s.authorization().ifPresent(this::authorization);
      s.dataProtection().ifPresent(this::dataProtection);
    }

    private void authentication(Authentication a) {
      String at = "security.authentication";
      text(at + ".method", a.method());
      typed(at + ".tokenLifetime", a.tokenLifetime());
      typed(at + ".refreshTokenLifetime", a.refreshTokenLifetime());
      texts(at + ".extraItems", a.extraItems());
    }

    private void authorization(Authorization a) {
      String at = "security.authorization";
      text(at + ".model", a.model());
      text(at + ".roles", a.roles());
      texts(at + ".extraItems", a.extraItems());
    }

    private void dataProtection(DataProtection d) {
      String at = "security.dataProtection";
      text(at + ".piiEncryption", d.piiEncryption());
      text(at + ".transportEncryption", d.transportEncryption());
      texts(at + ".extraItems", d.extraItems());
    }

    private void performance(Performance p) {
      p.caching().ifPresent(this::caching);
      p.databaseOptimization().ifPresent(this::databaseOptimization);
      p.asyncProcessing()
          .ifPresent(
              a -> {
                text("performance.asyncProcessing.heavyJobs", a.heavyJobs());
                texts("performance.asyncProcessing.extraItems", a.extraItems());
              });
    }

    private void caching(Caching c) {
      String at = "performance.caching";
      text(at + ".redisCache", c.redisCache());
      typed(at + ".ttl", c.ttl());
      texts(at + ".extraItems", c.extraItems());
    }

    private void databaseOptimization(DatabaseOptimization d) {
      String at = "performance.databaseOptimization";
      text(at + ".indexing", d.indexing());
      typed(at + ".connectionPool", d.connectionPool());
      texts(at + ".extraItems", d.extraItems());
    }

    private void errorHandling(ErrorHandling e) {
      each(
          "errorHandling.errorClasses",
          e.errorClasses(),
          (at, row) ->
              row(
                  at,
                  e.columns(),
                  row.extraCells(),
                  "code",
                  row.code().text(),
                  "type",
                  row.type(),
                  "handling",
                  row.handling()));
      texts("errorHandling.retryRules", e.retryRules());
    }

    private void monitoring(Monitoring m) {
      texts("monitoring.metrics", m.metrics());
      m.logging().ifPresent(this::logging);
      texts("monitoring.alerts", m.alerts());
    }

    private void logging(Logging l) {
      String at = "monitoring.logging";
      text(at + ".levels", l.levels());
      text(at + ".format", l.format());
      typed(at + ".retention", l.retention());
      texts(at + ".extraItems", l.extraItems());
    }

    private void testing(Testing t) {
      texts("testing.contract", t.contract());
      t.integration().ifPresent(this::integration);
      t.load().ifPresent(this::load);
    }

    private void integration(IntegrationTesting i) {
      String at = "testing.integration";
      text(at + ".criticalPaths", i.criticalPaths());
      typed(at + ".coverageTarget", i.coverageTarget());
      texts(at + ".extraItems", i.extraItems());
    }

    private void load(LoadTesting l) {
      String at = "testing.load";
      text(at + ".target", l.target());
      text(at + ".tools", l.tools());
      texts(at + ".extraItems", l.extraItems());
    }

    private void deployment(Deployment d) {
      each(
          "deployment.environments",
          d.environments(),
          (at, e) -> {
            text(at + ".name", e.name());
            text(at + ".description", e.description());
          });
      texts("deployment.ciCd", d.ciCd());
      texts("deployment.rollback", d.rollback());
    }

    private void costEstimate(CostEstimate c) {
      each(
          "costEstimate.items",
          c.items(),
          (at, row) ->
              row(
                  at,
                  c.columns(),
                  row.extraCells(),
                  "item",
                  row.item(),
                  "monthlyCost",
                  row.monthlyCost().text(),
                  "basis",
                  row.basis()));
      c.total()
          .ifPresent(
              t ->
                  row(
                      "costEstimate.total",
                      c.columns(),
                      t.extraCells(),
                      "amount",
                      t.amount().text(),
                      "basis",
                      t.basis()));
    }

    private void risk(String at, Risk r) {
      text(at + ".title", r.title());
      typed(at + ".probability", r.probability());
      typed(at + ".impact", r.impact());
      text(at + ".mitigation", r.mitigation());
      texts(at + ".extraItems", r.extraItems());
    }

    /**
     * A table row in column order: the known cells given as key/text pairs, then the extra cells,
     * both placed where {@code columns} lists them (a total row's {@code amount} stands in the
     * {@code monthlyCost} column).
     */
    private void row(
        String at, List<String> columns, Map<String, String> extraCells, String... keyTexts) {
      Map<String, String> cells = new LinkedHashMap<>();
      for (int i = 0; i < keyTexts.length; i += 2) {
        cells.put(keyTexts[i], keyTexts[i + 1]);
      }
      for (String column : columns) {
        String key =
            column.equals("monthlyCost") && cells.containsKey("amount") ? "amount" : column;
        if (cells.containsKey(key)) {
          text(at + "." + key, cells.remove(key));
        } else if (extraCells.containsKey(column)) {
          text(at + ".extraCells[\"" + column + "\"]", extraCells.get(column));
        }
      }
      cells.forEach((key, value) -> text(at + "." + key, value));
      extraCells.forEach(
          (header, value) -> {
            if (!columns.contains(header)) {
              text(at + ".extraCells[\"" + header + "\"]", value);
            }
          });
    }

    private <T> void each(String at, List<T> items, BiConsumer<String, T> walk) {
      for (int i = 0; i < items.size(); i++) {
        walk.accept(at + "[" + i + "]", items.get(i));
      }
    }

    private void texts(String at, List<String> items) {
      each(at, items, this::text);
    }

    private void typed(String at, Optional<? extends TypedText<?>> value) {
      value.ifPresent(v -> text(at, v.text()));
    }

    private void typed(String at, TypedText<?> value) {
      text(at, value.text());
    }

    private void text(String at, Optional<String> text) {
      text.ifPresent(t -> text(at, t));
    }

    private void text(String at, String text) {
      for (String p : Texts.placeholdersIn(text)) {
        found.add(new Placeholder(at, p, text));
      }
    }

    /** Text of a request line or header, where {@code {name}} is an HTTP parameter. */
    private void httpText(String at, String text) {
      for (String p : Texts.placeholdersIn(text)) {
        if (!HTTP_PARAMETER.matcher(p).matches()) {
          found.add(new Placeholder(at, p, text));
        }
      }
    }
  }
}
