package dev.plandoc.json;

import static org.instancio.Select.all;
import static org.instancio.Select.field;

import dev.plandoc.model.ApiDesign;
import dev.plandoc.model.Architecture;
import dev.plandoc.model.Component;
import dev.plandoc.model.CostEstimate;
import dev.plandoc.model.DatabaseSchema;
import dev.plandoc.model.Deployment;
import dev.plandoc.model.Diagram;
import dev.plandoc.model.Environment;
import dev.plandoc.model.ErrorHandling;
import dev.plandoc.model.ExternalServices;
import dev.plandoc.model.ExtraSection;
import dev.plandoc.model.Language;
import dev.plandoc.model.Metadata;
import dev.plandoc.model.Milestones;
import dev.plandoc.model.Monitoring;
import dev.plandoc.model.NextSteps;
import dev.plandoc.model.Performance;
import dev.plandoc.model.Plan;
import dev.plandoc.model.PlanBuilder;
import dev.plandoc.model.RawMarkdown;
import dev.plandoc.model.Risks;
import dev.plandoc.model.SectionKind;
import dev.plandoc.model.Security;
import dev.plandoc.model.Step;
import dev.plandoc.model.TechStack;
import dev.plandoc.model.Testing;
import dev.plandoc.model.value.CountText;
import dev.plandoc.model.value.DurationText;
import dev.plandoc.model.value.PercentageText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.instancio.Instancio;
import org.instancio.Random;
import org.instancio.settings.Keys;
import org.instancio.settings.Settings;

/**
 * Valid, rich random plans for round-trip tests: Instancio with a fixed seed per plan, customised
 * so that every record's rules hold (single-line fields, anchors that name present parts, column
 * lists that cover every extra cell) while the values are as awkward as possible for JSON and YAML:
 * Markdown punctuation, quotes, Korean, YAML keywords ({@code yes}, {@code null}, {@code ~}),
 * indicators ({@code - x}, {@code : x}, {@code #x}), numbers as strings ({@code 007}), and typed
 * values that are canonical, not canonical, and not parseable. Some items are views over kept
 * Markdown, some steps are checklist items and some responses one-liners with a summary; some plans
 * have a title heading of their own form, a fence around the whole document, or metadata that is a
 * view over the content around the title.
 *
 * <p>For JSON and YAML only: a Markdown writer writes a view as its kept Markdown, so a plan with
 * views does not read back equal from Markdown. A Markdown round trip of these plans would need the
 * views left out.
 */
public final class RandomPlans {
  private RandomPlans() {}

  static final List<String> WORDS =
      List.of(
          "a",
          "Spring Boot",
          "**굵게**",
          "`code`",
          "a | b",
          "|",
          "*",
          "#",
          "#x",
          "- x",
          ": x",
          "x:",
          "yes",
          "no",
          "null",
          "~",
          "007",
          "1.5",
          "true",
          "'q'",
          "\"dq\"",
          "한국어 텍스트",
          "{기능명}",
          "${금액}",
          "a\\b",
          "<tag>",
          "[link](https://x.y)",
          "& *alias",
          "!tag",
          "% x",
          "@x",
          "1e3",
          "0x1F",
          "2026-03-09",
          "12:30",
          "PT1H",
          "High",
          "…",
          "🎉",
          "tab\tinside",
          "?",
          "---",
          "=",
          ".inf",
          "NaN",
          "1_000",
          "+1",
          "[a, b]",
          "{a: b}",
          "> quote",
          "x # y",
          "`a|b`");

  static final List<String> BLOCKS =
      List.of(
          "```mermaid\nflowchart LR\n  A --> B\n```",
          "CREATE TABLE t (\n  id UUID PRIMARY KEY,\n  name VARCHAR(255) NOT NULL\n);",
          "{\n  \"field1\": \"value\"\n}",
          "### 시퀀스\n- a\n- b",
          "trailing spaces  \nnext",
          "  indented first\nsecond",
          "ends with blank lines\n\n",
          "\nleading line break",
          "tab\tline\n\ttabbed",
          "- x\n- y: z\n  # not a comment",
          "> quote\n>\n> more",
          "| a | b |\n|---|---|\n| 1 | 2 |",
          "crlf line\r\nnext");

  static final List<String> DATES =
      List.of("2026-03-09", "2026/03/09", "{YYYY-MM-DD}", "2026-02-30", "내일", "**2026-03-09**");
  static final List<String> DURATIONS =
      List.of(
          "PT1H", "1시간", "7일", "30 days", "2.5 days", "{시간}", "PT0.5S", "P1D", "3 months", "007");
  static final List<String> METHODS = List.of("GET", "post", "POST", "DELETE", "{METHOD}", "");
  static final List<String> STATUSES =
      List.of("200", "404", "**201**", "2xx", "999", "{코드}", "007", "200 OK", "");
  static final List<String> LEVELS =
      List.of(
          "High", "높음", "HIGH", "Medium", "중간", "low", "낮음", "High | Medium | Low", "보통", "{확률}");
  static final List<String> URLS =
      List.of(
          "https://example.com/docs",
          "<https://x.y/a>",
          "[docs](https://x.y)",
          "{URL}",
          "ftp://x",
          "http://h");
  static final List<String> PERCENTAGES =
      List.of("80%", "70.5%", "**80%** (Testcontainers)", "80", "{목표}%", "-5%", "0%", "80.50%");
  static final List<String> COUNTS =
      List.of("20", "3회 재시도", "1,000", "{크기}", "HikariCP maximumPoolSize=10", "007", "0");
  static final List<String> MONEY =
      List.of(
          "$120",
          "₩45,000",
          "45,000원",
          "월 ${금액} (예상 {건}건 기준)",
          "USD 12.50",
          "EUR 12.5",
          "**$164**",
          "$1.234",
          "120",
          "free",
          "$0");
  static final List<String> PATHS = List.of("/api/v1/resource", "/a|b", "/#x", "/{id}", "", "/:x");

  /** The plan for one seed; the same seed gives the same plan. */
  public static Plan plan(long seed) {
    Plan base =
        Instancio.of(Plan.class)
            .withSeed(seed)
            .lenient()
            .withSettings(
                Settings.create()
                    .set(Keys.COLLECTION_MIN_SIZE, 0)
                    .set(Keys.COLLECTION_MAX_SIZE, 3)
                    .set(Keys.MAP_MIN_SIZE, 0)
                    .set(Keys.MAP_MAX_SIZE, 0))
            .supply(all(String.class), RandomPlans::line)
            .supply(all(Language.class), r -> r.oneOf(Language.values()))
            .supply(all(DurationText.class), r -> new DurationText(r.oneOf(DURATIONS)))
            .supply(all(PercentageText.class), r -> new PercentageText(r.oneOf(PERCENTAGES)))
            .supply(all(CountText.class), r -> new CountText(r.oneOf(COUNTS)))
            .supply(all(Component.class), RandomPlans::component)
            .supply(all(Step.class), RandomPlans::step)
            .supply(all(Diagram.class), r -> new Diagram(r.oneOf("", "mermaid"), text(r)))
            .supply(all(Environment.class), RandomPlans::environment)
            .supply(all(Metadata.class), RandomSections::metadata)
            .supply(all(TechStack.class), RandomSections::techStack)
            .supply(all(ApiDesign.class), RandomSections::apiDesign)
            .supply(all(DatabaseSchema.class), RandomSections::databaseSchema)
            .supply(all(ExternalServices.class), RandomSections::externalServices)
            .supply(all(ErrorHandling.class), RandomSections::errorHandling)
            .supply(all(CostEstimate.class), RandomSections::costEstimate)
            .supply(all(Milestones.class), RandomSections::milestones)
            .supply(all(Risks.class), RandomSections::risks)
            .supply(
                field(Architecture.class, "extras"),
                r -> extras(r, "diagram", "components", "dataFlow"))
            .supply(
                field(Security.class, "extras"),
                r -> extras(r, "authentication", "authorization", "dataProtection"))
            .supply(
                field(Performance.class, "extras"),
                r -> extras(r, "caching", "databaseOptimization", "asyncProcessing"))
            .supply(
                field(Monitoring.class, "extras"), r -> extras(r, "metrics", "logging", "alerts"))
            .supply(
                field(Testing.class, "extras"), r -> extras(r, "contract", "integration", "load"))
            .supply(
                field(Deployment.class, "extras"),
                r -> extras(r, "environments", "ciCd", "rollback"))
            .supply(all(NextSteps.class), RandomSections::nextSteps)
            .set(field(Plan.class, "extraSections"), List.of())
            .set(field(Plan.class, "afterTitle"), Optional.empty())
            .set(field(Plan.class, "beforeTitle"), Optional.empty())
            .set(field(Plan.class, "titleForm"), Optional.empty())
            .set(field(Plan.class, "enclosingFence"), Optional.empty())
            .set(field(Plan.class, "labels"), Map.of())
            .set(field(Plan.class, "sectionOrder"), List.of())
            .create();
    java.util.Random r = new java.util.Random(seed);
    PlanBuilder b = new PlanBuilder().from(base);
    // Sections: keep each with probability 3/4, so that absent sections are covered too.
    b.metadata(base.metadata().filter(x -> r.nextInt(4) > 0))
        .techStack(base.techStack().filter(x -> r.nextInt(4) > 0))
        .architecture(base.architecture().filter(x -> r.nextInt(4) > 0))
        .apiDesign(base.apiDesign().filter(x -> r.nextInt(4) > 0))
        .databaseSchema(base.databaseSchema().filter(x -> r.nextInt(4) > 0))
        .externalServices(base.externalServices().filter(x -> r.nextInt(4) > 0))
        .security(base.security().filter(x -> r.nextInt(4) > 0))
        .performance(base.performance().filter(x -> r.nextInt(4) > 0))
        .errorHandling(base.errorHandling().filter(x -> r.nextInt(4) > 0))
        .monitoring(base.monitoring().filter(x -> r.nextInt(4) > 0))
        .testing(base.testing().filter(x -> r.nextInt(4) > 0))
        .deployment(base.deployment().filter(x -> r.nextInt(4) > 0))
        .costEstimate(base.costEstimate().filter(x -> r.nextInt(4) > 0))
        .milestones(base.milestones().filter(x -> r.nextInt(4) > 0))
        .risks(base.risks().filter(x -> r.nextInt(4) > 0))
        .nextSteps(base.nextSteps().filter(x -> r.nextInt(4) > 0));
    if (r.nextInt(5) == 0) {
      b.title("");
    }
    Plan sections = b.build();
    RandomSections.aroundTitle(r, b, sections);
    RandomSections.labels(r, b, sections);
    RandomSections.sectionOrder(r, b);
    List<String> anchors = new ArrayList<>(List.of(""));
    for (SectionKind k : SectionKind.values()) {
      if (sections.has(k)) {
        anchors.add(k.key());
      }
    }
    List<ExtraSection> extra = new ArrayList<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      extra.add(
          new ExtraSection(
              anchors.get(r.nextInt(anchors.size())),
              "16. " + WORDS.get(r.nextInt(WORDS.size())),
              r.nextBoolean() ? "" : BLOCKS.get(r.nextInt(BLOCKS.size()))));
    }
    return b.extraSections(extra).build();
  }

  /** The plans for seeds {@code 0 … count-1}. */
  public static Stream<Plan> plans(int count) {
    return java.util.stream.LongStream.range(0, count).mapToObj(RandomPlans::plan);
  }

  // ---- values

  static String line(Random r) {
    int n = r.intRange(1, 3);
    StringBuilder sb = new StringBuilder(r.oneOf(WORDS));
    for (int i = 1; i < n; i++) {
      sb.append(' ').append(r.oneOf(WORDS));
    }
    return sb.toString();
  }

  /** Text that may span lines, may be empty, and may start or end with white space. */
  static String text(Random r) {
    switch (r.intRange(0, 3)) {
      case 0:
        return "";
      case 1:
        return line(r);
      default:
        return r.oneOf(BLOCKS);
    }
  }

  static String nonBlank(Random r) {
    return r.trueOrFalse() ? line(r) : r.oneOf(BLOCKS);
  }

  static String maybe(Random r, Function<Random, String> f) {
    return r.diceRoll(true) ? "" : f.apply(r);
  }

  /** A single line that contains none of the forbidden text. */
  static String name(Random r, String forbidden) {
    String s = line(r).replace(forbidden, "");
    s = s.replace("  ", " ").strip();
    return s.isEmpty() ? "이름" : s;
  }

  static <T> List<T> list(Random r, int max, Supplier<T> item) {
    List<T> out = new ArrayList<>();
    for (int i = r.intRange(0, max); i > 0; i--) {
      out.add(item.get());
    }
    return out;
  }

  static List<String> items(Random r) {
    return list(r, 3, () -> r.trueOrFalse() ? line(r) : r.oneOf(BLOCKS));
  }

  /** 0–2 raw blocks at distinct anchors among {@code ""} and the given ones. */
  static List<RawMarkdown> extras(Random r, String... anchors) {
    List<String> all = new ArrayList<>(List.of(""));
    all.addAll(List.of(anchors));
    Set<String> used = new LinkedHashSet<>();
    for (int i = r.intRange(0, 2); i > 0; i--) {
      used.add(r.oneOf(all));
    }
    return used.stream().map(a -> new RawMarkdown(a, nonBlank(r))).toList();
  }

  static String[] indexed(String part, int size, String... more) {
    List<String> out = new ArrayList<>(List.of(more));
    for (int i = 0; i < size; i++) {
      out.add(part + "/" + i);
    }
    return out.toArray(String[]::new);
  }

  /** A column order (or empty) over the known keys plus 0–2 extra headers. */
  static List<String> columns(Random r, List<String> known) {
    if (r.trueOrFalse()) {
      return List.of();
    }
    List<String> cols = new ArrayList<>(known);
    if (r.trueOrFalse()) {
      java.util.Collections.reverse(cols);
    }
    for (int i = r.intRange(0, 2); i > 0; i--) {
      String h = name(r, "\u0000");
      if (!cols.contains(h)) {
        cols.add(r.intRange(0, cols.size()), h);
      }
    }
    return cols;
  }

  static Map<String, String> cells(Random r, List<String> columns, List<String> known) {
    Map<String, String> cells = new LinkedHashMap<>();
    for (String c : columns) {
      if (!known.contains(c) && r.trueOrFalse()) {
        cells.put(c, maybe(r, RandomPlans::line));
      }
    }
    return cells;
  }

  // ---- records with rules across their parts

  static Component component(Random r) {
    String name = r.trueOrFalse() ? name(r, "**") : "";
    String note = name.isEmpty() ? "" : maybe(r, RandomPlans::text);
    return new Component(name, note, text(r));
  }

  static Environment environment(Random r) {
    String description = maybe(r, RandomPlans::text);
    String name = description.isEmpty() ? nonBlank(r) : name(r, ": ");
    return new Environment(name.isBlank() ? "dev" : name, description);
  }

  /** A step of its own: a plain list item, or a checklist item checked or not. */
  static Step step(Random r) {
    Optional<Boolean> checked = r.oneOf(Optional.empty(), Optional.of(true), Optional.of(false));
    return new Step(nonBlank(r).strip(), checked, Optional.empty());
  }

  static Optional<String> opt(Random r, Supplier<String> s) {
    return r.diceRoll(true) ? Optional.empty() : Optional.of(s.get());
  }
}
