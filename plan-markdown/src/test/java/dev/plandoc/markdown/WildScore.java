package dev.plandoc.markdown;

import dev.plandoc.model.EndpointSpec;
import dev.plandoc.model.Language;
import dev.plandoc.model.Milestone;
import dev.plandoc.model.Plan;
import dev.plandoc.model.ResponseSpec;
import dev.plandoc.model.Risk;
import dev.plandoc.model.SectionKind;
import dev.plandoc.model.check.Diagnostic;
import dev.plandoc.model.format.ReadResult;
import dev.plandoc.model.value.Money;
import dev.plandoc.model.value.RiskLevelText;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Scores one read of a wild plan against its answer key: for each category, the facts the key
 * expects and the facts the reader extracted, compared as multisets (a fact extracted twice where
 * the key has it once counts once as right and once as wrong).
 *
 * <p>The comparison is deliberately plain: decoration ({@code **}, backticks) is stripped from
 * texts, amounts are compared as numbers, durations in hours. It measures; it never feeds anything
 * back into the reader.
 */
final class WildScore {
  /** The categories of the issue, in the order they are printed. */
  static final List<String> CATEGORIES =
      List.of(
          "sections",
          "endpoints",
          "statuses",
          "tables",
          "services",
          "costRows",
          "total",
          "milestones",
          "estimates",
          "risks",
          "levels",
          "nextSteps",
          "placeholders",
          "title",
          "language",
          "metadata");

  /** Right, expected and extracted counts of one category. */
  record Count(int right, int expected, int extracted) {
    Count plus(Count o) {
      return new Count(right + o.right, expected + o.expected, extracted + o.extracted);
    }

    double recall() {
      return expected == 0 ? 1.0 : (double) right / expected;
    }

    double precision() {
      return extracted == 0 ? 1.0 : (double) right / extracted;
    }
  }

  private final Map<String, Count> counts = new LinkedHashMap<>();
  private final List<String> misses = new ArrayList<>();

  private WildScore() {}

  Map<String, Count> counts() {
    return counts;
  }

  /** What was expected and not extracted, or extracted and not expected, for the report. */
  List<String> misses() {
    return misses;
  }

  static WildScore of(JsonNode key, ReadResult read) {
    WildScore s = new WildScore();
    Plan plan = read.plan();
    s.compare("sections", keySections(key), planSections(plan));
    s.compare("endpoints", keyEndpoints(key, false), planEndpoints(plan, false));
    s.compare("statuses", keyEndpoints(key, true), planEndpoints(plan, true));
    s.compare("tables", texts(key.path("tables")), planTables(plan));
    s.compare("services", texts(key.path("services")), planServices(plan));
    s.compare("costRows", keyCostRows(key), planCostRows(plan));
    s.compare("total", keyTotal(key), planTotal(plan));
    s.compare("milestones", keyMilestones(key, false), planMilestones(plan, false));
    s.compare("estimates", keyMilestones(key, true), planMilestones(plan, true));
    s.compare("risks", keyRisks(key, false), planRisks(plan, false));
    s.compare("levels", keyRisks(key, true), planRisks(plan, true));
    s.compareCount("nextSteps", key.path("nextSteps").asInt(), planNextSteps(plan));
    s.compare("placeholders", keyPlaceholders(key), planPlaceholders(read));
    s.compare("title", List.of(key.path("title").asString()), List.of(clean(plan.title())));
    s.compare(
        "language",
        List.of(key.path("language").asString()),
        List.of(plan.language() == Language.KOREAN ? "ko" : "en"));
    s.compare("metadata", keyMetadata(key), planMetadata(plan));
    return s;
  }

  private void compare(String category, List<String> expected, List<String> extracted) {
    Map<String, Integer> left = new HashMap<>();
    expected.forEach(f -> left.merge(f, 1, Integer::sum));
    int right = 0;
    for (String f : extracted) {
      Integer n = left.get(f);
      if (n != null && n > 0) {
        left.put(f, n - 1);
        right++;
      } else {
        misses.add(category + ": extracted, not expected: " + f);
      }
    }
    left.forEach(
        (f, n) -> {
          for (int i = 0; i < n; i++) {
            misses.add(category + ": expected, not extracted: " + f);
          }
        });
    counts.merge(category, new Count(right, expected.size(), extracted.size()), Count::plus);
  }

  private void compareCount(String category, int expected, int extracted) {
    if (expected != extracted) {
      misses.add(category + ": expected " + expected + ", extracted " + extracted);
    }
    counts.merge(
        category, new Count(Math.min(expected, extracted), expected, extracted), Count::plus);
  }

  // ---------------------------------------------------------------- the key's facts

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asString()));
    return out;
  }

  private static List<String> keySections(JsonNode key) {
    List<String> out = new ArrayList<>();
    key.path("sections").propertyNames().forEach(out::add);
    return out;
  }

  private static List<String> keyEndpoints(JsonNode key, boolean withStatus) {
    List<String> out = new ArrayList<>();
    for (JsonNode e : key.path("endpoints")) {
      String id = e.path("method").asString() + " " + e.path("path").asString();
      if (!withStatus) {
        out.add(id);
      } else if (!e.path("status").isNull() && !e.path("status").isMissingNode()) {
        out.add(id + " " + e.path("status").asInt());
      }
    }
    return out;
  }

  private static List<String> keyCostRows(JsonNode key) {
    List<String> out = new ArrayList<>();
    for (JsonNode c : key.path("costItems")) {
      out.add(
          c.path("item").asString()
              + " = "
              + amount(c.path("amount").decimalValue(), c.path("currency").asString()));
    }
    return out;
  }

  private static List<String> keyTotal(JsonNode key) {
    JsonNode t = key.path("costTotal");
    if (t.isNull() || t.isMissingNode()) {
      return List.of();
    }
    return List.of(amount(t.path("amount").decimalValue(), t.path("currency").asString()));
  }

  private static List<String> keyMilestones(JsonNode key, boolean withEstimate) {
    List<String> out = new ArrayList<>();
    for (JsonNode m : key.path("milestones")) {
      String phase = m.path("phase").asString();
      if (!withEstimate) {
        out.add(phase);
      } else if (!m.path("estimateHours").isNull() && !m.path("estimateHours").isMissingNode()) {
        out.add(phase + " = " + hours(m.path("estimateHours").decimalValue()) + "h");
      }
    }
    return out;
  }

  private static List<String> keyRisks(JsonNode key, boolean levels) {
    List<String> out = new ArrayList<>();
    for (JsonNode r : key.path("risks")) {
      String title = r.path("title").asString();
      if (!levels) {
        out.add(title);
        continue;
      }
      for (String level : List.of("probability", "impact")) {
        if (!r.path(level).isNull() && !r.path(level).isMissingNode()) {
          out.add(title + " " + level + "=" + r.path(level).asString());
        }
      }
    }
    return out;
  }

  private static List<String> keyPlaceholders(JsonNode key) {
    List<String> out = new ArrayList<>();
    for (JsonNode p : key.path("placeholders")) {
      out.add(p.path("line").asInt() + ": " + p.path("text").asString());
    }
    return out;
  }

  private static List<String> keyMetadata(JsonNode key) {
    List<String> out = new ArrayList<>();
    key.path("metadata")
        .properties()
        .forEach(e -> out.add(e.getKey() + "=" + e.getValue().asString()));
    return out;
  }

  // ---------------------------------------------------------------- the reader's facts

  private static List<String> planSections(Plan plan) {
    List<String> out = new ArrayList<>();
    for (SectionKind kind : SectionKind.values()) {
      if (kind != SectionKind.METADATA && plan.section(kind).isPresent()) {
        out.add(kind.key());
      }
    }
    return out;
  }

  private static List<String> planEndpoints(Plan plan, boolean withStatus) {
    List<String> out = new ArrayList<>();
    for (EndpointSpec e : plan.apiDesign().map(a -> a.endpoints()).orElse(List.of())) {
      if (!e.hasSpec()) {
        continue; // an endpoint kept verbatim types nothing
      }
      String id = e.method().text() + " " + e.path();
      if (!withStatus) {
        out.add(id);
        continue;
      }
      e.responses().stream()
          .filter(r -> !r.isError())
          .map(ResponseSpec::status)
          .flatMap(s -> s.value().stream())
          .findFirst()
          .ifPresent(status -> out.add(id + " " + status));
    }
    return out;
  }

  private static List<String> planTables(Plan plan) {
    List<String> out = new ArrayList<>();
    plan.databaseSchema().ifPresent(d -> d.tables().forEach(t -> out.add(clean(t.name()))));
    return out;
  }

  private static List<String> planServices(Plan plan) {
    List<String> out = new ArrayList<>();
    plan.externalServices().ifPresent(x -> x.services().forEach(s -> out.add(clean(s.name()))));
    return out;
  }

  private static List<String> planCostRows(Plan plan) {
    List<String> out = new ArrayList<>();
    plan.costEstimate()
        .ifPresent(
            c ->
                c.items()
                    .forEach(
                        i ->
                            out.add(
                                clean(i.item())
                                    + " = "
                                    + i.monthlyCost()
                                        .value()
                                        .map(WildScore::amount)
                                        .orElse("?" + i.monthlyCost().text()))));
    return out;
  }

  private static List<String> planTotal(Plan plan) {
    return plan.costEstimate()
        .flatMap(c -> c.total())
        .map(
            t -> List.of(t.amount().value().map(WildScore::amount).orElse("?" + t.amount().text())))
        .orElse(List.of());
  }

  private static List<String> planMilestones(Plan plan, boolean withEstimate) {
    List<String> out = new ArrayList<>();
    for (Milestone m : plan.milestones().map(x -> x.milestones()).orElse(List.of())) {
      String phase = clean(m.phase());
      if (!withEstimate) {
        out.add(phase);
      } else {
        Optional<Duration> d = m.estimate().value();
        d.ifPresent(
            x ->
                out.add(
                    phase
                        + " = "
                        + hours(BigDecimal.valueOf(x.toMinutes()).divide(BigDecimal.valueOf(60)))
                        + "h"));
      }
    }
    return out;
  }

  private static List<String> planRisks(Plan plan, boolean levels) {
    List<String> out = new ArrayList<>();
    for (Risk r : plan.risks().map(x -> x.risks()).orElse(List.of())) {
      String title = clean(r.title());
      if (!levels) {
        out.add(title);
        continue;
      }
      level(r.probability()).ifPresent(l -> out.add(title + " probability=" + l));
      level(r.impact()).ifPresent(l -> out.add(title + " impact=" + l));
    }
    return out;
  }

  private static Optional<String> level(Optional<RiskLevelText> level) {
    return level.flatMap(RiskLevelText::value).map(Enum::name);
  }

  private static int planNextSteps(Plan plan) {
    return plan.nextSteps().map(n -> n.steps().size()).orElse(0);
  }

  private static List<String> planPlaceholders(ReadResult read) {
    List<String> out = new ArrayList<>();
    for (Diagnostic d : read.diagnostics()) {
      if (d.code().equals("PLAN-W002") && d.position().isPresent()) {
        String text = d.message().replaceFirst("^unfilled placeholder ", "");
        out.add(d.position().get().line() + ": " + text);
      }
    }
    return out;
  }

  private static List<String> planMetadata(Plan plan) {
    List<String> out = new ArrayList<>();
    plan.metadata()
        .ifPresent(
            m -> {
              m.spec().ifPresent(v -> out.add("spec=" + clean(v)));
              m.date().ifPresent(v -> out.add("date=" + clean(v.text())));
              m.author().ifPresent(v -> out.add("author=" + clean(v)));
              m.agents().ifPresent(v -> out.add("agents=" + clean(v)));
            });
    return out;
  }

  // ---------------------------------------------------------------- normal forms

  private static String amount(Money m) {
    return amount(m.amount(), m.currency());
  }

  private static String amount(BigDecimal amount, String currency) {
    return amount.stripTrailingZeros().toPlainString() + " " + currency;
  }

  private static String hours(BigDecimal h) {
    return h.stripTrailingZeros().toPlainString();
  }

  /** A text as the keys give it: trimmed, without emphasis or backticks around it. */
  static String clean(String s) {
    String t = s.strip();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (String mark : new String[] {"**", "__", "`"}) {
        if (t.length() > 2 * mark.length() && t.startsWith(mark) && t.endsWith(mark)) {
          t = t.substring(mark.length(), t.length() - mark.length()).strip();
          changed = true;
        }
      }
    }
    return t;
  }
}
