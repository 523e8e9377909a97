package dev.plandoc.model.testing;

import static org.instancio.Select.all;
import static org.instancio.Select.field;

import dev.plandoc.model.ApiDesign;
import dev.plandoc.model.ApiDesignBuilder;
import dev.plandoc.model.Architecture;
import dev.plandoc.model.Component;
import dev.plandoc.model.CostEstimate;
import dev.plandoc.model.CostEstimateBuilder;
import dev.plandoc.model.CostItem;
import dev.plandoc.model.CostItemBuilder;
import dev.plandoc.model.CostTotal;
import dev.plandoc.model.CostTotalBuilder;
import dev.plandoc.model.DatabaseSchema;
import dev.plandoc.model.Deployment;
import dev.plandoc.model.Diagram;
import dev.plandoc.model.EndpointSpec;
import dev.plandoc.model.Environment;
import dev.plandoc.model.ErrorClass;
import dev.plandoc.model.ErrorClassBuilder;
import dev.plandoc.model.ErrorHandling;
import dev.plandoc.model.ErrorHandlingBuilder;
import dev.plandoc.model.ExternalServices;
import dev.plandoc.model.ExtraSection;
import dev.plandoc.model.Header;
import dev.plandoc.model.Metadata;
import dev.plandoc.model.Milestone;
import dev.plandoc.model.MilestoneBuilder;
import dev.plandoc.model.Milestones;
import dev.plandoc.model.MilestonesBuilder;
import dev.plandoc.model.Monitoring;
import dev.plandoc.model.NextSteps;
import dev.plandoc.model.Performance;
import dev.plandoc.model.Plan;
import dev.plandoc.model.PlanBuilder;
import dev.plandoc.model.RawMarkdown;
import dev.plandoc.model.ResponseSpec;
import dev.plandoc.model.Risk;
import dev.plandoc.model.Risks;
import dev.plandoc.model.RisksBuilder;
import dev.plandoc.model.SectionKind;
import dev.plandoc.model.Security;
import dev.plandoc.model.ServiceSpec;
import dev.plandoc.model.Step;
import dev.plandoc.model.TableSpec;
import dev.plandoc.model.TechChoice;
import dev.plandoc.model.TechChoiceBuilder;
import dev.plandoc.model.TechStack;
import dev.plandoc.model.TechStackBuilder;
import dev.plandoc.model.Testing;
import dev.plandoc.model.value.CountText;
import dev.plandoc.model.value.DateText;
import dev.plandoc.model.value.DurationText;
import dev.plandoc.model.value.HttpMethodText;
import dev.plandoc.model.value.MoneyText;
import dev.plandoc.model.value.PercentageText;
import dev.plandoc.model.value.RiskLevelText;
import dev.plandoc.model.value.StatusCodeText;
import dev.plandoc.model.value.UrlText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.instancio.Instancio;
import org.instancio.InstancioApi;
import org.instancio.Random;
import org.instancio.settings.Keys;

/**
 * Random, valid, rich {@link Plan}s for property tests, generated with Instancio from a fixed seed:
 * the same seed always gives the same plan.
 *
 * <p>Plans have all sections most of the time, several endpoints, risks and table rows, extra
 * columns and cells, raw Markdown extras at valid anchors, extra sections, and text containing
 * {@code |}, {@code *}, {@code `}, {@code #}, Korean and typed values both well-formed and not
 * (placeholders, prose). Single-line fields never have line breaks or surrounding whitespace. Other
 * modules copy this class for their round-trip tests.
 *
 * <pre>{@code
 * Plan plan = RandomPlans.plan(42);
 * RandomPlans.plans(7, 300).forEach(p -> assertThat(roundTrip(p)).isEqualTo(p));
 * }</pre>
 */
public final class RandomPlans {
  /** Headers of the extra table columns random plans use. */
  public static final List<String> EXTRA_COLUMNS = List.of("비고", "Owner `id`", "v2 | 상태");

  private static final String SPECIALS = "|*`#:.-/()[]_~!?&";
  private static final int ALL_SECTIONS = SectionKind.values().length;

  private RandomPlans() {}

  /** One random plan; the same seed gives the same plan. */
  public static Plan plan(long seed) {
    return plan(seed, RandomPlans::text, true);
  }

  /** {@code n} random plans from consecutive seeds starting at {@code seed}. */
  public static Stream<Plan> plans(long seed, int n) {
    return LongStream.range(seed, seed + n).mapToObj(RandomPlans::plan);
  }

  /**
   * One random plan whose text fields (single-line strings, list items, cells, step texts and the
   * text of typed values) all come from {@code text}; verbatim code, anchors and column headers are
   * generated as usual. {@code text} must return non-empty single-line text without surrounding
   * whitespace, spaces, colons, {@code (} or {@code **}.
   *
   * <pre>{@code
   * AtomicInteger n = new AtomicInteger();
   * Plan all = RandomPlans.plan(1, r -> "{값" + n.incrementAndGet() + "}");
   * }</pre>
   */
  public static Plan plan(long seed, Function<Random, String> text) {
    return plan(seed, text, false);
  }

  private static Plan plan(long seed, Function<Random, String> text, boolean rich) {
    InstancioApi<Plan> api =
        Instancio.of(Plan.class)
            .withSeed(seed)
            .withSetting(Keys.COLLECTION_MIN_SIZE, 1)
            .withSetting(Keys.COLLECTION_MAX_SIZE, 4)
            .withSetting(Keys.MAX_DEPTH, 20)
            .supply(all(String.class), text::apply)
            .supply(field(EndpointSpec.class, "path"), r -> rich ? path(r) : text.apply(r))
            .supply(
                field(ResponseSpec.class, "label"),
                r -> rich ? r.oneOf("Response", "Error") : text.apply(r))
            .supply(field(ResponseSpec.class, "body"), RandomPlans::code)
            .supply(
                field(EndpointSpec.class, "requestBody"),
                r -> r.trueOrFalse(0.7) ? opt(code(r)) : none())
            .supply(field(TableSpec.class, "ddl"), RandomPlans::code)
            .supply(field(Diagram.class, "source"), RandomPlans::code)
            .supply(field(ExtraSection.class, "body"), RandomPlans::code)
            .supply(field(ExtraSection.class, "anchor"), () -> "")
            .supply(
                field(Plan.class, "beforeTitle"), r -> r.trueOrFalse(0.3) ? opt(code(r)) : none())
            .supply(
                field(Plan.class, "afterTitle"), r -> r.trueOrFalse(0.3) ? opt(code(r)) : none())
            .supply(
                field(Component.class, "note"),
                r -> rich ? r.oneOf("", "", " (기존)", " `v2`") : text.apply(r))
            .supply(field(Step.class, "text"), r -> step(r, text))
            .supply(field(Environment.class, "name"), r -> noColon(text.apply(r)))
            .supply(field(Header.class, "name"), r -> noColon(text.apply(r)))
            // Views over kept Markdown are what a reader makes; a plan built in code has none.
            .supply(field(Step.class, "checked"), () -> Optional.empty())
            .supply(field(Metadata.class, "viewOf"), () -> Optional.empty())
            .supply(field(Plan.class, "titleForm"), () -> Optional.empty())
            .supply(field(Plan.class, "enclosingFence"), () -> Optional.empty())
            // The author's wording of labels comes from reading Markdown; plans built in code
            // have none (and a random label would not match the section it names).
            .supply(field(Plan.class, "labels"), () -> Map.of())
            // A document's own section order is drawn in finish, from the sections kept.
            .supply(field(Plan.class, "sectionOrder"), () -> List.of());
    for (Class<?> item :
        List.of(
            EndpointSpec.class,
            TableSpec.class,
            ServiceSpec.class,
            Milestone.class,
            Risk.class,
            Step.class)) {
      api = api.supply(field(item, "viewOf"), () -> Optional.empty());
    }
    if (rich) {
      api =
          api.supply(all(DateText.class), r -> new DateText(date(r)))
              .supply(all(HttpMethodText.class), r -> new HttpMethodText(method(r)))
              .supply(all(StatusCodeText.class), r -> new StatusCodeText(status(r)))
              .supply(all(RiskLevelText.class), r -> new RiskLevelText(level(r)))
              .supply(all(UrlText.class), r -> new UrlText(url(r)))
              .supply(all(PercentageText.class), r -> new PercentageText(percent(r)))
              .supply(all(DurationText.class), r -> new DurationText(duration(r)))
              .supply(all(MoneyText.class), r -> new MoneyText(money(r)))
              .supply(all(CountText.class), r -> new CountText(count(r)));
    }
    api = api.supply(field(TechStack.class, "columns"), r -> columns(r, TechStack.KNOWN_COLUMNS));
    api =
        api.supply(
            field(ErrorHandling.class, "columns"), r -> columns(r, ErrorHandling.KNOWN_COLUMNS));
    api =
        api.supply(
            field(CostEstimate.class, "columns"), r -> columns(r, CostEstimate.KNOWN_COLUMNS));
    api = api.supply(field(Milestones.class, "columns"), r -> columns(r, Milestones.KNOWN_COLUMNS));
    for (Class<?> row :
        List.of(
            TechChoice.class, ErrorClass.class, CostItem.class, CostTotal.class, Milestone.class)) {
      api = api.supply(field(row, "extraCells"), r -> cells(r, text, rich));
    }
    api = extras(api);
    return finish(api.create(), new java.util.Random(seed));
  }

  private static InstancioApi<Plan> extras(InstancioApi<Plan> api) {
    Map<Class<?>, List<String>> anchors = new LinkedHashMap<>();
    anchors.put(Metadata.class, List.of("fields"));
    anchors.put(TechStack.class, List.of("selected", "alternatives"));
    anchors.put(Architecture.class, List.of("diagram", "components", "dataFlow"));
    anchors.put(ApiDesign.class, List.of());
    anchors.put(DatabaseSchema.class, List.of("indexNotes"));
    anchors.put(ExternalServices.class, List.of());
    anchors.put(Security.class, List.of("authentication", "authorization", "dataProtection"));
    anchors.put(Performance.class, List.of("caching", "databaseOptimization", "asyncProcessing"));
    anchors.put(ErrorHandling.class, List.of("errorClasses", "retryRules"));
    anchors.put(Monitoring.class, List.of("metrics", "logging", "alerts"));
    anchors.put(Testing.class, List.of("contract", "integration", "load"));
    anchors.put(Deployment.class, List.of("environments", "ciCd", "rollback"));
    anchors.put(CostEstimate.class, List.of("items"));
    anchors.put(Milestones.class, List.of("milestones"));
    anchors.put(Risks.class, List.of());
    anchors.put(NextSteps.class, List.of("steps"));
    anchors.put(EndpointSpec.class, List.of("spec"));
    anchors.put(TableSpec.class, List.of("ddl"));
    anchors.put(ServiceSpec.class, List.of("fields"));
    anchors.put(Risk.class, List.of("fields"));
    for (Map.Entry<Class<?>, List<String>> e : anchors.entrySet()) {
      List<String> parts = e.getValue();
      api = api.supply(field(e.getKey(), "extras"), r -> raws(r, parts));
    }
    return api;
  }

  /** Drops some sections, strips some tables to the template's columns, anchors extras. */
  private static Plan finish(Plan plan, java.util.Random random) {
    PlanBuilder b = new PlanBuilder().from(plan);
    // Each section is present about 93% of the time, so that most plans have all of them.
    Optional<?>[] keep = new Optional<?>[ALL_SECTIONS];
    for (SectionKind kind : SectionKind.values()) {
      keep[kind.ordinal()] = random.nextInt(100) < 93 ? plan.section(kind) : Optional.empty();
    }
    b.metadata(cast(keep[SectionKind.METADATA.ordinal()]));
    b.techStack(
        cast(keep[SectionKind.TECH_STACK.ordinal()]).map(t -> plain(random, (TechStack) t)));
    b.architecture(cast(keep[SectionKind.ARCHITECTURE.ordinal()]));
    b.apiDesign(
        cast(keep[SectionKind.API_DESIGN.ordinal()]).map(a -> anchored(random, (ApiDesign) a)));
    b.databaseSchema(cast(keep[SectionKind.DATABASE_SCHEMA.ordinal()]));
    b.externalServices(cast(keep[SectionKind.EXTERNAL_SERVICES.ordinal()]));
    b.security(cast(keep[SectionKind.SECURITY.ordinal()]));
    b.performance(cast(keep[SectionKind.PERFORMANCE.ordinal()]));
    b.errorHandling(
        cast(keep[SectionKind.ERROR_HANDLING.ordinal()])
            .map(e -> plain(random, (ErrorHandling) e)));
    b.monitoring(cast(keep[SectionKind.MONITORING.ordinal()]));
    b.testing(cast(keep[SectionKind.TESTING.ordinal()]));
    b.deployment(cast(keep[SectionKind.DEPLOYMENT.ordinal()]));
    b.costEstimate(
        cast(keep[SectionKind.COST_ESTIMATE.ordinal()]).map(c -> plain(random, (CostEstimate) c)));
    b.milestones(
        cast(keep[SectionKind.MILESTONES.ordinal()]).map(m -> plain(random, (Milestones) m)));
    b.risks(cast(keep[SectionKind.RISKS.ordinal()]).map(r -> anchored(random, (Risks) r)));
    b.nextSteps(cast(keep[SectionKind.NEXT_STEPS.ordinal()]));
    List<String> present = new ArrayList<>();
    present.add("");
    for (SectionKind kind : SectionKind.values()) {
      if (keep[kind.ordinal()].isPresent()) {
        present.add(kind.key());
      }
    }
    List<ExtraSection> extras = new ArrayList<>();
    for (ExtraSection e :
        random.nextInt(100) < 40 ? plan.extraSections() : List.<ExtraSection>of()) {
      String anchor = present.get(random.nextInt(present.size()));
      extras.add(new ExtraSection(anchor, e.heading(), e.body()));
    }
    b.extraSections(extras);
    // About a third of the plans keep their sections in an order of their own.
    if (random.nextInt(100) < 30) {
      List<SectionKind> order = new ArrayList<>(List.of(SectionKind.values()));
      java.util.Collections.shuffle(order, random);
      b.sectionOrder(order);
    }
    return b.build();
  }

  @SuppressWarnings("unchecked")
  private static <T> Optional<T> cast(Optional<?> section) {
    return (Optional<T>) section;
  }

  private static TechStack plain(java.util.Random random, TechStack t) {
    if (random.nextInt(100) < 60) {
      return t;
    }
    return new TechStackBuilder()
        .from(t)
        .columns(List.of())
        .selected(
            t.selected().stream()
                .map(s -> new TechChoiceBuilder().from(s).extraCells(Map.of()).build())
                .toList())
        .build();
  }

  private static ErrorHandling plain(java.util.Random random, ErrorHandling e) {
    if (random.nextInt(100) < 60) {
      return e;
    }
    return new ErrorHandlingBuilder()
        .from(e)
        .columns(List.of())
        .errorClasses(
            e.errorClasses().stream()
                .map(c -> new ErrorClassBuilder().from(c).extraCells(Map.of()).build())
                .toList())
        .build();
  }

  private static CostEstimate plain(java.util.Random random, CostEstimate c) {
    if (random.nextInt(100) < 60) {
      return c;
    }
    return new CostEstimateBuilder()
        .from(c)
        .columns(List.of())
        .items(
            c.items().stream()
                .map(i -> new CostItemBuilder().from(i).extraCells(Map.of()).build())
                .toList())
        .total(c.total().map(t -> new CostTotalBuilder().from(t).extraCells(Map.of()).build()))
        .build();
  }

  private static Milestones plain(java.util.Random random, Milestones m) {
    if (random.nextInt(100) < 60) {
      return m;
    }
    return new MilestonesBuilder()
        .from(m)
        .columns(List.of())
        .milestones(
            m.milestones().stream()
                .map(x -> new MilestoneBuilder().from(x).extraCells(Map.of()).build())
                .toList())
        .build();
  }

  private static ApiDesign anchored(java.util.Random random, ApiDesign a) {
    if (a.endpoints().isEmpty() || random.nextBoolean()) {
      return a;
    }
    String anchor = "endpoints/" + random.nextInt(a.endpoints().size());
    return new ApiDesignBuilder()
        .from(a)
        .extras(withBlock(a.extras(), anchor, "### 시퀀스 다이어그램\n```mermaid\nA->>B: x\n```"))
        .build();
  }

  private static Risks anchored(java.util.Random random, Risks r) {
    if (r.risks().isEmpty() || random.nextBoolean()) {
      return r;
    }
    String anchor = "risks/" + random.nextInt(r.risks().size());
    return new RisksBuilder()
        .from(r)
        .extras(withBlock(r.extras(), anchor, "> 참고: 리스크 | 검토 *필요*"))
        .build();
  }

  private static List<RawMarkdown> withBlock(List<RawMarkdown> extras, String anchor, String md) {
    List<RawMarkdown> out = new ArrayList<>(extras);
    out.add(new RawMarkdown(anchor, md));
    return out;
  }

  // ---- generators -------------------------------------------------------------------------

  /** Single-line text: ASCII, Korean and Markdown punctuation, no surrounding whitespace. */
  public static String text(Random r) {
    int length = r.intRange(1, 24);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < length; i++) {
      int kind = r.intRange(0, 9);
      if (kind <= 3) {
        sb.append(r.alphanumericCharacter());
      } else if (kind <= 5) {
        sb.append(r.characterRange('가', '힣'));
      } else if (kind <= 7) {
        sb.append(' ');
      } else {
        sb.append(SPECIALS.charAt(r.intRange(0, SPECIALS.length() - 1)));
      }
    }
    String s = sb.toString().strip().replace("**", "*x");
    while (s.contains("**")) {
      s = s.replace("**", "*x");
    }
    return s.isEmpty() ? "가" + r.alphanumericCharacter() : s;
  }

  private static String path(Random r) {
    if (r.trueOrFalse(0.05)) {
      return "";
    }
    StringBuilder sb = new StringBuilder("/api/v1");
    int segments = r.intRange(1, 3);
    for (int i = 0; i < segments; i++) {
      sb.append('/').append(r.oneOf("users", "receipts", "{id}", "설정", "me", "auth"));
    }
    return sb.toString();
  }

  private static String step(Random r, Function<Random, String> text) {
    String first = text.apply(r);
    return r.trueOrFalse(0.2) ? first + "\n   → `sutory tasks \"" + text.apply(r) + "\"`" : first;
  }

  /** Verbatim multi-line code such as a JSON body, with braces that are not placeholders. */
  private static String code(Random r) {
    return r.oneOf(
        "{\n  \"field1\": \"value\",\n  \"id\": " + r.digits(3) + "\n}",
        "CREATE TABLE t (\n  id UUID PRIMARY KEY -- {not a placeholder}\n);",
        "[Client] → [API] → [DB]\n      ↓\n  [" + r.alphanumeric(5) + "]",
        "## 참고\n- `${VAR}` 는 코드 | *강조* #" + r.digits(2),
        "<!-- comment -->");
  }

  private static Optional<String> opt(String s) {
    return Optional.of(s);
  }

  private static Optional<String> none() {
    return Optional.empty();
  }

  /** The template's column keys and the extra headers, shuffled. */
  private static List<String> columns(Random r, List<String> known) {
    List<String> columns = new ArrayList<>(known);
    columns.addAll(EXTRA_COLUMNS);
    for (int i = columns.size() - 1; i > 0; i--) {
      Collections.swap(columns, i, r.intRange(0, i));
    }
    return columns;
  }

  private static Map<String, String> cells(Random r, Function<Random, String> text, boolean rich) {
    Map<String, String> cells = new LinkedHashMap<>();
    for (String header : EXTRA_COLUMNS) {
      if (r.trueOrFalse(0.6)) {
        cells.put(header, rich && r.trueOrFalse(0.15) ? "" : text.apply(r));
      }
    }
    return cells;
  }

  private static String noColon(String s) {
    String t = s.replace(":", "").strip();
    return t.isEmpty() ? "이름" : t;
  }

  private static List<RawMarkdown> raws(Random r, List<String> parts) {
    List<RawMarkdown> out = new ArrayList<>();
    if (r.trueOrFalse(0.3)) {
      out.add(new RawMarkdown("", code(r)));
    }
    if (!parts.isEmpty() && r.trueOrFalse(0.3)) {
      out.add(new RawMarkdown(r.oneOf(parts), code(r)));
    }
    return out;
  }

  private static String date(Random r) {
    return r.oneOf(
        String.format("20%02d-%02d-%02d", r.intRange(0, 40), r.intRange(1, 12), r.intRange(1, 28)),
        "2026/03/09",
        "{YYYY-MM-DD}",
        "2026-02-30",
        text(r));
  }

  private static String method(Random r) {
    return r.oneOf("GET", "POST", "PUT", "PATCH", "DELETE", "get", "{METHOD}", "FETCH");
  }

  private static String status(Random r) {
    return r.oneOf(
        String.valueOf(r.intRange(100, 599)), "200", "404", "4xx", "{코드}", "999", "**201**");
  }

  private static String level(Random r) {
    return r.oneOf(
        "High", "Medium", "Low", "높음", "중간", "낮음", "**High**", "High | Medium | Low", text(r));
  }

  private static String url(Random r) {
    return r.oneOf(
        "https://example.com/" + r.alphanumeric(4),
        "<https://docs.example.com>",
        "[문서](https://example.com/docs)",
        "{URL}",
        text(r));
  }

  private static String percent(Random r) {
    return r.oneOf(r.intRange(0, 100) + "%", "**80%** (Testcontainers)", "{커버리지}", "120%", text(r));
  }

  private static String duration(Random r) {
    return r.oneOf(
        "1시간", "7일", "15분", "30 days", "PT1H", "2.5 days", "{시간}", "14일 (Rotation 적용)", text(r));
  }

  private static String money(Random r) {
    return r.oneOf(
        "$" + r.intRange(0, 500),
        "₩45,000",
        "45,000원",
        "$0/month (free tier)",
        "$109 + Redis",
        "${금액}",
        "**$164**",
        text(r));
  }

  private static String count(Random r) {
    return r.oneOf(String.valueOf(r.intRange(1, 200)), "1,000", "{크기}", "3회 재시도", text(r));
  }
}
