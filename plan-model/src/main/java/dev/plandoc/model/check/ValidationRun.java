package dev.plandoc.model.check;

import dev.plandoc.model.ApiDesign;
import dev.plandoc.model.CostEstimate;
import dev.plandoc.model.EndpointSpec;
import dev.plandoc.model.ExtraSection;
import dev.plandoc.model.KeepsMarkdown;
import dev.plandoc.model.Plan;
import dev.plandoc.model.Risk;
import dev.plandoc.model.SectionKind;
import dev.plandoc.model.ddl.DdlParser;
import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.Money;
import dev.plandoc.model.value.TypedText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One validation by a {@link PlanValidator}: its checks over a plan, with the diagnostics collected
 * per section in document order. One instance per validation.
 */
final class ValidationRun {
  private final Set<Rule> rules;
  private final Optional<DdlParser> ddlParser;
  final Map<String, List<Diagnostic>> buckets = new LinkedHashMap<>();

  ValidationRun(Set<Rule> rules, Optional<DdlParser> ddlParser) {
    this.rules = rules;
    this.ddlParser = ddlParser;
    buckets.put("", new ArrayList<>());
    buckets.put("title", new ArrayList<>());
    for (SectionKind kind : SectionKind.values()) {
      buckets.put(kind.key(), new ArrayList<>());
    }
    buckets.put("extraSections", new ArrayList<>());
  }

  void check(Plan plan) {
    if (plan.title().isEmpty()) {
      report(Rule.MISSING_TITLE, "title", "the plan has no title (# PLAN: …)");
    }
    for (SectionKind kind : SectionKind.values()) {
      if (!plan.has(kind)) {
        report(
            Rule.MISSING_SECTION,
            kind.key(),
            kind == SectionKind.METADATA
                ? "the Metadata section is missing"
                : "section " + kind.number() + " (" + kind.key() + ") is missing");
      }
    }
    plan.metadata().flatMap(m -> m.date()).ifPresent(this::date);
    plan.techStack()
        .ifPresent(t -> emptyTable(t.selected(), t, "techStack.selected", "selected technologies"));
    plan.apiDesign().ifPresent(this::apiDesign);
    plan.databaseSchema()
        .ifPresent(
            d -> {
              emptySection(d.tables(), "databaseSchema.tables", "tables");
              if (ddlParser.isPresent() && DdlChecks.RULES.stream().anyMatch(rules::contains)) {
                DdlChecks.check(d, ddlParser.get().parse(d), this::report);
              }
            });
    plan.externalServices()
        .ifPresent(
            e -> {
              emptySection(e.services(), "externalServices.services", "services");
              for (int i = 0; i < e.services().size(); i++) {
                String at = "externalServices.services[" + i + "]";
                parsed(at + ".cost", e.services().get(i).cost(), "an amount of money");
                parsed(at + ".apiDocs", e.services().get(i).apiDocs(), "an http(s) URL");
              }
            });
    plan.security()
        .flatMap(s -> s.authentication())
        .ifPresent(
            a -> {
              String at = "security.authentication";
              parsed(at + ".tokenLifetime", a.tokenLifetime(), "a duration");
              parsed(at + ".refreshTokenLifetime", a.refreshTokenLifetime(), "a duration");
            });
    plan.performance()
        .ifPresent(
            p -> {
              p.caching().ifPresent(c -> parsed("performance.caching.ttl", c.ttl(), "a duration"));
              p.databaseOptimization()
                  .ifPresent(
                      d ->
                          parsed(
                              "performance.databaseOptimization.connectionPool",
                              d.connectionPool(),
                              "a count"));
            });
    plan.errorHandling()
        .ifPresent(
            e -> {
              emptyTable(e.errorClasses(), e, "errorHandling.errorClasses", "error classes");
              for (int i = 0; i < e.errorClasses().size(); i++) {
                status(
                    "errorHandling.errorClasses[" + i + "].code",
                    e.errorClasses().get(i).code(),
                    true);
              }
            });
    plan.monitoring()
        .flatMap(m -> m.logging())
        .ifPresent(l -> parsed("monitoring.logging.retention", l.retention(), "a duration"));
    plan.testing()
        .flatMap(t -> t.integration())
        .flatMap(i -> i.coverageTarget())
        .ifPresent(this::coverage);
    plan.costEstimate().ifPresent(this::costEstimate);
    plan.milestones()
        .ifPresent(
            m -> {
              emptyTable(m.milestones(), m, "milestones.milestones", "milestones");
              for (int i = 0; i < m.milestones().size(); i++) {
                parsed(
                    "milestones.milestones[" + i + "].estimate",
                    m.milestones().get(i).estimate(),
                    "a duration");
              }
            });
    plan.risks()
        .ifPresent(
            r -> {
              emptySection(r.risks(), "risks.risks", "risks");
              for (int i = 0; i < r.risks().size(); i++) {
                risk("risks.risks[" + i + "]", r.risks().get(i));
              }
            });
    plan.nextSteps().ifPresent(n -> emptySection(n.steps(), "nextSteps.steps", "steps"));
    List<ExtraSection> extras = plan.extraSections();
    for (int i = 0; i < extras.size(); i++) {
      report(
          Rule.EXTRA_SECTION,
          "extraSections[" + i + "]",
          "section '" + extras.get(i).heading() + "' is not part of the template");
    }
    for (Placeholder p : Placeholders.find(plan)) {
      report(Rule.UNFILLED_PLACEHOLDER, p.path(), "unfilled placeholder " + p.text());
    }
  }

  private void date(TypedText<?> date) {
    if (!date.isPlaceholder() && !date.isParsed()) {
      report(
          Rule.INVALID_DATE,
          "metadata.date",
          date.text().isEmpty()
              ? "the date is empty (expected YYYY-MM-DD)"
              : "'" + date.text() + "' is not a valid date (expected YYYY-MM-DD)");
    }
  }

  private void apiDesign(ApiDesign api) {
    List<EndpointSpec> endpoints = api.endpoints();
    emptySection(endpoints, "apiDesign.endpoints", "endpoints");
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < endpoints.size(); i++) {
      EndpointSpec e = endpoints.get(i);
      String at = "apiDesign.endpoints[" + i + "]";
      String method = e.method().text();
      if (!method.isEmpty() && !e.method().isPlaceholder() && !e.method().isParsed()) {
        report(Rule.INVALID_HTTP_METHOD, at + ".method", "'" + method + "' is not an HTTP method");
      }
      if (method.isEmpty() || e.path().isEmpty()) {
        String missing =
            method.isEmpty() && e.path().isEmpty()
                ? "no HTTP method and no request path"
                : method.isEmpty() ? "no HTTP method" : "no request path";
        report(Rule.INCOMPLETE_ENDPOINT, at, "endpoint '" + e.name() + "' has " + missing);
      }
      for (int j = 0; j < e.responses().size(); j++) {
        status(at + ".responses[" + j + "].status", e.responses().get(j).status(), false);
      }
      if (e.method().isParsed() && !e.path().isEmpty()) {
        String key = e.method().value().orElseThrow() + " " + routeOf(e.path());
        Integer first = seen.putIfAbsent(key, i);
        if (first != null) {
          report(
              Rule.DUPLICATE_ENDPOINT,
              at,
              "endpoint '"
                  + e.name()
                  + "' repeats "
                  + e.method().value().orElseThrow()
                  + " "
                  + e.path()
                  + " of endpoints["
                  + first
                  + "]");
        }
      }
    }
  }

  private void status(String at, TypedText<Integer> code, boolean required) {
    String text = Texts.stripDecoration(code.text());
    if (text.isEmpty()) {
      if (required) {
        report(Rule.INVALID_STATUS_CODE, at, "the status code is empty");
      }
    } else if (!code.isPlaceholder() && !code.isParsed() && !text.matches("[1-5][xX]{2}")) {
      report(
          Rule.INVALID_STATUS_CODE,
          at,
          "'" + code.text() + "' is not an HTTP status code (100 to 599)");
    }
  }

  private void coverage(TypedText<BigDecimal> target) {
    target
        .value()
        .filter(v -> v.signum() < 0 || v.compareTo(BigDecimal.valueOf(100)) > 0)
        .ifPresent(
            v ->
                report(
                    Rule.COVERAGE_OUT_OF_RANGE,
                    "testing.integration.coverageTarget",
                    "coverage target " + target.text() + " is outside 0% to 100%"));
    parsed("testing.integration.coverageTarget", Optional.of(target), "a percentage");
  }

  private void costEstimate(CostEstimate cost) {
    emptyTable(cost.items(), cost, "costEstimate.items", "cost items");
    for (int i = 0; i < cost.items().size(); i++) {
      parsed(
          "costEstimate.items[" + i + "].monthlyCost",
          cost.items().get(i).monthlyCost(),
          "an amount of money");
    }
    if (cost.total().isEmpty()) {
      if (!cost.items().isEmpty()) {
        report(Rule.MISSING_COST_TOTAL, "costEstimate.total", "the cost table has no total row");
      }
      return;
    }
    var total = cost.total().get().amount();
    parsed("costEstimate.total.amount", total, "an amount of money");
    Optional<Money> sum = cost.sumOfItems();
    if (total.isExact() && sum.isPresent()) {
      Money t = total.value().orElseThrow();
      Money s = sum.get();
      if (!t.currency().equals(s.currency()) || t.amount().compareTo(s.amount()) != 0) {
        report(
            Rule.COST_TOTAL_MISMATCH,
            "costEstimate.total.amount",
            "total "
                + total.text()
                + " differs from the sum of the rows, "
                + s.amount().toPlainString()
                + " "
                + s.currency());
      }
    }
  }

  private void risk(String at, Risk risk) {
    level(at + ".probability", risk.probability(), "probability");
    level(at + ".impact", risk.impact(), "impact");
    List<String> missing = new ArrayList<>();
    if (risk.probability().map(p -> p.text().isBlank()).orElse(true)) {
      missing.add("probability");
    }
    if (risk.impact().map(p -> p.text().isBlank()).orElse(true)) {
      missing.add("impact");
    }
    if (!missing.isEmpty()) {
      report(
          Rule.RISK_WITHOUT_LEVEL,
          at,
          "risk '" + risk.title() + "' has no " + String.join(" and no ", missing));
    }
    if (risk.mitigation().map(String::isBlank).orElse(true)) {
      report(
          Rule.RISK_WITHOUT_MITIGATION,
          at,
          "risk '" + risk.title() + "' has no mitigation (완화 방안)");
    }
  }

  private void level(String at, Optional<? extends TypedText<?>> level, String what) {
    level
        .filter(l -> !l.text().isBlank() && !l.isPlaceholder() && !l.isParsed())
        .ifPresent(
            l ->
                report(
                    Rule.UNKNOWN_RISK_LEVEL,
                    at,
                    what + " '" + l.text() + "' is not High, Medium or Low"));
  }

  private void parsed(String at, Optional<? extends TypedText<?>> value, String what) {
    value.ifPresent(v -> parsed(at, v, what));
  }

  private void parsed(String at, TypedText<?> value, String what) {
    if (!value.text().isBlank() && !value.isPlaceholder() && !value.isParsed()) {
      report(Rule.UNPARSED_VALUE, at, "'" + value.text() + "' does not parse as " + what);
    }
  }

  /**
   * An empty template table, in a section that says nothing else either: a section that keeps
   * content of its own (an error policy in bullets, a stack described in prose) is not empty.
   */
  private void emptyTable(List<?> rows, KeepsMarkdown section, String at, String what) {
    if (rows.isEmpty() && section.extras().isEmpty()) {
      report(Rule.EMPTY_TABLE, at, "the " + what + " table has no rows");
    }
  }

  private void emptySection(List<?> entries, String at, String what) {
    if (entries.isEmpty()) {
      report(Rule.EMPTY_SECTION, at, "the section lists no " + what);
    }
  }

  void report(Rule rule, String path, String message) {
    if (rules.contains(rule)) {
      buckets.getOrDefault(sectionOf(path), buckets.get("")).add(rule.at(path, message));
    }
  }

  /** The first segment of a path: {@code apiDesign.endpoints[0]} is in {@code apiDesign}. */
  private static String sectionOf(String path) {
    int end = path.length();
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '.' || c == '[') {
        end = i;
        break;
      }
    }
    return path.substring(0, end);
  }

  /**
   * A path with parameter names and a trailing slash dropped: {@code /u/{id}/} is {@code /u/{}}.
   */
  private static String routeOf(String path) {
    String route = path.replaceAll("\\{[^{}/]*\\}", "{}").replaceAll(":[A-Za-z_]\\w*", "{}");
    return route.length() > 1 && route.endsWith("/")
        ? route.substring(0, route.length() - 1)
        : route;
  }
}
