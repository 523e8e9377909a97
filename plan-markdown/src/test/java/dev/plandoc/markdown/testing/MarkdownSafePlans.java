package dev.plandoc.markdown.testing;

import dev.plandoc.model.*;
import dev.plandoc.model.value.*;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.instancio.Instancio;
import org.instancio.Random;
import org.instancio.Select;

/**
 * Random plans that can exist in Markdown, generated from Instancio's seeded {@link Random}. Values
 * carry the characters Markdown treats specially ({@code |}, {@code *}, backticks, {@code #}),
 * Korean text and placeholders; multi-line fields carry line breaks. Raw content is shaped the way
 * the reader would keep it (paragraphs inside a part, whole sub-sections between items).
 */
public final class MarkdownSafePlans {
  private static final List<String> WORDS =
      List.of(
          "alpha",
          "beta",
          "감마",
          "델타",
          "x|y",
          "a * b",
          "`code`",
          "`a|b`",
          "C#",
          "#tag",
          "50%",
          "$12",
          "{placeholder}",
          "(note)",
          "Ω",
          "→",
          "**bold**",
          "_em_",
          "a:b",
          "[link](https://e.x)",
          "1.",
          "-dash",
          "<b>",
          "&amp;",
          "100",
          "‘q’",
          "\"quoted\"");

  private final Random random;

  private MarkdownSafePlans(Random random) {
    this.random = random;
  }

  /** The plan for a seed; the same seed always gives the same plan. */
  public static Plan plan(long seed) {
    return Instancio.of(Plan.class)
        .withSeed(seed)
        .supply(Select.root(), random -> new MarkdownSafePlans(random).plan())
        .create();
  }

  /** {@code count} plans from consecutive seeds. */
  public static Stream<Plan> plans(long firstSeed, int count) {
    return LongStream.range(firstSeed, firstSeed + count).mapToObj(MarkdownSafePlans::plan);
  }

  // ---------------------------------------------------------------- values

  private boolean chance(double p) {
    return random.trueOrFalse(p);
  }

  private int count(int max) {
    return random.intRange(0, max);
  }

  /** One line of words, never with surrounding whitespace. */
  private String text() {
    int n = random.intRange(1, 5);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(chance(0.5) ? random.oneOf(WORDS) : random.alphanumeric(random.intRange(1, 8)));
    }
    return sb.toString();
  }

  /** A plain word: for names and labels that markup could split. */
  private String word() {
    return chance(0.3)
        ? random.oneOf("감마", "델타", "Ω", "notify")
        : random.alphanumeric(random.intRange(1, 10));
  }

  private String name() {
    String n = word() + (chance(0.5) ? " " + word() : "");
    return chance(0.15) ? n + " #" : n;
  }

  private String maybeEmpty() {
    return chance(0.1) ? "" : text();
  }

  /** Text over several lines, as a list item or step may hold. */
  private String multiLine() {
    String t = text();
    if (chance(0.3)) {
      t += "\n" + text();
    }
    if (chance(0.2)) {
      t += "\n- " + text();
    }
    return t;
  }

  private String paragraph() {
    return "Remark " + text();
  }

  private String subsection() {
    return "### Extra " + word() + "\n\n" + paragraph();
  }

  private String body() {
    return random.oneOf(
        "{\n  \"id\": \"" + word() + "\"\n}", "(no body)", "", "{ \"a|b\": \"`x`\" }\n[1, 2]");
  }

  private <T> List<T> list(int max, java.util.function.Supplier<T> gen) {
    List<T> out = new ArrayList<>();
    for (int i = 0, n = count(max); i < n; i++) {
      out.add(gen.get());
    }
    return out;
  }

  private List<String> items(int max) {
    return list(max, this::multiLine);
  }

  /** Raw paragraphs: at the start, and after the parts given (which must be present). */
  private List<RawMarkdown> raws(List<String> anchors) {
    List<RawMarkdown> out = new ArrayList<>();
    for (String a : anchors) {
      if (chance(0.2)) {
        out.add(new RawMarkdown(a, paragraph()));
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- the plan

  private Plan plan() {
    PlanBuilder p = Plan.builder().language(random.oneOf(Language.values()));
    boolean titled = chance(0.9);
    if (titled) {
      p.title(name());
      if (chance(0.2)) {
        p.afterTitle(paragraph());
      }
    }
    if (chance(0.2)) {
      p.beforeTitle(paragraph());
    }
    List<String> present = new ArrayList<>();
    if (chance(0.9)) {
      p.metadata(metadata());
      present.add("metadata");
    }
    if (chance(0.9)) {
      p.techStack(techStack());
      present.add("techStack");
    }
    if (chance(0.9)) {
      p.architecture(architecture());
      present.add("architecture");
    }
    if (chance(0.9)) {
      p.apiDesign(apiDesign());
      present.add("apiDesign");
    }
    if (chance(0.9)) {
      p.databaseSchema(databaseSchema());
      present.add("databaseSchema");
    }
    if (chance(0.9)) {
      p.externalServices(externalServices());
      present.add("externalServices");
    }
    if (chance(0.9)) {
      p.security(security());
      present.add("security");
    }
    if (chance(0.9)) {
      p.performance(performance());
      present.add("performance");
    }
    if (chance(0.9)) {
      p.errorHandling(errorHandling());
      present.add("errorHandling");
    }
    if (chance(0.9)) {
      p.monitoring(monitoring());
      present.add("monitoring");
    }
    if (chance(0.9)) {
      p.testing(testing());
      present.add("testing");
    }
    if (chance(0.9)) {
      p.deployment(deployment());
      present.add("deployment");
    }
    if (chance(0.9)) {
      p.costEstimate(costEstimate());
      present.add("costEstimate");
    }
    if (chance(0.9)) {
      p.milestones(milestones());
      present.add("milestones");
    }
    if (chance(0.9)) {
      p.risks(risks());
      present.add("risks");
    }
    if (chance(0.9)) {
      p.nextSteps(nextSteps());
      present.add("nextSteps");
    }
    present.add("");
    for (int i = 0, n = count(2); i < n; i++) {
      p.addExtraSections(
          new ExtraSection(
              random.oneOf(present), "Appendix " + word(), chance(0.8) ? paragraph() : ""));
    }
    return p.build();
  }

  private Metadata metadata() {
    MetadataBuilder m = new MetadataBuilder();
    boolean any = false;
    if (chance(0.9)) {
      m.spec("`specs/" + word() + ".md`");
      any = true;
    }
    if (chance(0.9)) {
      m.date(new DateText(random.oneOf("2026-03-09", "{YYYY-MM-DD}", "2026-02-30", text())));
      any = true;
    }
    if (chance(0.9)) {
      m.author(text());
      any = true;
    }
    if (chance(0.9)) {
      m.agents(text());
      any = true;
    }
    List<String> extra = list(2, () -> "**Note " + word() + "**: " + text());
    m.extraItems(extra);
    List<String> anchors = new ArrayList<>(List.of(""));
    if (any || !extra.isEmpty()) {
      anchors.add("fields");
    }
    return m.extras(raws(anchors)).build();
  }

  private Map<String, String> extraCells(List<String> columns, List<String> known) {
    Map<String, String> cells = new LinkedHashMap<>();
    for (String c : columns) {
      if (!known.contains(c)) {
        cells.put(c, maybeEmpty());
      }
    }
    return cells;
  }

  /** A column list: empty (the template's) or the known keys, shuffled, with extra columns. */
  private List<String> columns(List<String> known, boolean hasRows) {
    if (!hasRows || chance(0.6)) {
      return List.of();
    }
    List<String> cols = new ArrayList<>(known);
    if (chance(0.3)) {
      cols.remove(random.intRange(0, cols.size() - 1));
    }
    for (int i = 0, n = random.intRange(1, 2); i < n; i++) {
      cols.add(random.intRange(0, cols.size()), "Extra" + i + " " + word());
    }
    return cols;
  }

  private TechStack techStack() {
    TechStackBuilder t = new TechStackBuilder();
    int rows = count(4);
    List<String> cols = columns(TechStack.KNOWN_COLUMNS, rows > 0);
    for (int i = 0; i < rows; i++) {
      t.addSelected(
          new TechChoice(
              has(cols, "area") ? maybeEmpty() : "",
              has(cols, "technology") ? text() : "",
              has(cols, "reason") ? maybeEmpty() : "",
              extraCells(cols, TechStack.KNOWN_COLUMNS)));
    }
    t.columns(cols);
    t.alternatives(
        list(
            3,
            () ->
                chance(0.8)
                    ? new Alternative(word(), maybeEmpty())
                    : new Alternative("", "plain " + text())));
    return t.extras(raws(List.of("", "selected", "alternatives"))).build();
  }

  private static boolean has(List<String> cols, String key) {
    return cols.isEmpty() || cols.contains(key);
  }

  private Architecture architecture() {
    ArchitectureBuilder a = new ArchitectureBuilder();
    List<String> anchors = new ArrayList<>(List.of("", "components", "dataFlow"));
    if (chance(0.8)) {
      a.diagram(
          new Diagram(
              random.oneOf("", "mermaid", "text"),
              random.oneOf("[A] → [B]\n   ↓\n[C]", "flowchart LR\n  A --> B", "```nested```\nx")));
      anchors.add("diagram");
    }
    a.components(
        list(
            4,
            () ->
                chance(0.8)
                    ? new Component(word(), random.oneOf("", " (existing)"), maybeEmpty())
                    : new Component("", "", "plain " + text())));
    a.dataFlow(list(4, () -> new Step(multiLine())));
    return a.extras(raws(anchors)).build();
  }

  private ApiDesign apiDesign() {
    ApiDesignBuilder b = new ApiDesignBuilder();
    int n = count(4);
    List<RawMarkdown> raws = new ArrayList<>(raws(List.of("")));
    for (int i = 0; i < n; i++) {
      b.addEndpoints(endpoint());
      if (chance(0.15)) {
        raws.add(new RawMarkdown("endpoints/" + i, subsection()));
      }
    }
    return b.extras(raws).build();
  }

  private EndpointSpec endpoint() {
    EndpointSpecBuilder e = new EndpointSpecBuilder().name(name());
    e.method(
        chance(0.9)
            ? HttpMethodText.of(random.oneOf(HttpMethod.values()))
            : new HttpMethodText("{METHOD}"));
    e.path("/api/v1/" + word() + (chance(0.3) ? "/{id}" : ""));
    e.headers(list(3, () -> new Header("X-" + random.alphanumeric(4), text())));
    if (chance(0.7)) {
      e.requestBody(body());
    }
    e.responses(
        list(
            3,
            () ->
                new ResponseSpec(
                    random.oneOf("Response", "Error"),
                    random.oneOf(
                        StatusCodeText.of(200),
                        StatusCodeText.of(404),
                        new StatusCodeText("{코드}"),
                        new StatusCodeText("2xx")),
                    body())));
    return e.extras(raws(List.of("", "spec"))).build();
  }

  private DatabaseSchema databaseSchema() {
    DatabaseSchemaBuilder d = new DatabaseSchemaBuilder();
    int n = count(3);
    List<RawMarkdown> raws = new ArrayList<>(raws(List.of("")));
    for (int i = 0; i < n; i++) {
      d.addTables(
          new TableSpec(
              word(),
              "sql",
              "CREATE TABLE " + word() + " (\n  id UUID PRIMARY KEY\n);",
              raws(List.of("", "ddl"))));
      if (chance(0.15)) {
        raws.add(new RawMarkdown("tables/" + i, subsection()));
      }
    }
    d.indexNotes(items(3));
    if (chance(0.2)) {
      raws.add(new RawMarkdown("indexNotes", paragraph()));
    }
    return d.extras(raws).build();
  }

  private ExternalServices externalServices() {
    ExternalServicesBuilder x = new ExternalServicesBuilder();
    int n = count(3);
    List<RawMarkdown> raws = new ArrayList<>(raws(List.of("")));
    for (int i = 0; i < n; i++) {
      ServiceSpecBuilder s =
          new ServiceSpecBuilder()
              .name(name())
              .purpose(text())
              .cost(new MoneyText(random.oneOf("$0/month", "월 ${금액}", "₩45,000", text())));
      if (chance(0.8)) {
        s.apiDocs(new UrlText(random.oneOf("https://example.com/docs", "{URL}")));
      }
      if (chance(0.8)) {
        s.authentication(text());
      }
      s.extraItems(list(2, () -> "**Note " + word() + "**: " + text()));
      x.addServices(s.extras(raws(List.of("", "fields"))).build());
      if (chance(0.15)) {
        raws.add(new RawMarkdown("services/" + i, subsection()));
      }
    }
    return x.extras(raws).build();
  }

  private List<String> extraItems() {
    return list(2, () -> "Note " + word() + ": " + text());
  }

  private Security security() {
    SecurityBuilder s = new SecurityBuilder();
    List<String> anchors = new ArrayList<>(List.of(""));
    if (chance(0.85)) {
      s.authentication(
          new AuthenticationBuilder()
              .method(text())
              .tokenLifetime(new DurationText(random.oneOf("1시간", "15 minutes", "PT1H", "{시간}")))
              .refreshTokenLifetime(new DurationText(random.oneOf("7일", "14 days")))
              .extraItems(extraItems())
              .build());
      anchors.add("authentication");
    }
    if (chance(0.85)) {
      AuthorizationBuilder a = new AuthorizationBuilder();
      if (chance(0.8)) {
        a.model(random.oneOf("Role-based Access Control (RBAC)", "ABAC " + word()));
      }
      if (chance(0.8)) {
        a.roles("Admin, " + word());
      }
      s.authorization(a.extraItems(extraItems()).build());
      anchors.add("authorization");
    }
    if (chance(0.85)) {
      s.dataProtection(
          new DataProtectionBuilder()
              .piiEncryption(text())
              .transportEncryption("TLS 1.3")
              .extraItems(extraItems())
              .build());
      anchors.add("dataProtection");
    }
    return s.extras(raws(anchors)).build();
  }

  private Performance performance() {
    PerformanceBuilder p = new PerformanceBuilder();
    List<String> anchors = new ArrayList<>(List.of(""));
    if (chance(0.85)) {
      p.caching(
          new CachingBuilder()
              .redisCache(text())
              .ttl(new DurationText(random.oneOf("10분", "{시간}", "1 hour")))
              .extraItems(extraItems())
              .build());
      anchors.add("caching");
    }
    if (chance(0.85)) {
      p.databaseOptimization(
          new DatabaseOptimizationBuilder()
              .indexing(text())
              .connectionPool(new CountText(random.oneOf("10", "{크기}", "HikariCP 10")))
              .extraItems(extraItems())
              .build());
      anchors.add("databaseOptimization");
    }
    if (chance(0.85)) {
      p.asyncProcessing(
          new AsyncProcessingBuilder().heavyJobs(text()).extraItems(extraItems()).build());
      anchors.add("asyncProcessing");
    }
    return p.extras(raws(anchors)).build();
  }

  private ErrorHandling errorHandling() {
    ErrorHandlingBuilder e = new ErrorHandlingBuilder();
    int rows = count(5);
    List<String> cols = columns(ErrorHandling.KNOWN_COLUMNS, rows > 0);
    for (int i = 0; i < rows; i++) {
      e.addErrorClasses(
          new ErrorClass(
              has(cols, "code")
                  ? random.oneOf(
                      StatusCodeText.of(400), StatusCodeText.of(500), new StatusCodeText("4xx"))
                  : new StatusCodeText(""),
              has(cols, "type") ? text() : "",
              has(cols, "handling") ? maybeEmpty() : "",
              extraCells(cols, ErrorHandling.KNOWN_COLUMNS)));
    }
    e.columns(cols);
    e.retryRules(items(3));
    return e.extras(raws(List.of("", "errorClasses", "retryRules"))).build();
  }

  private Monitoring monitoring() {
    MonitoringBuilder m = new MonitoringBuilder().metrics(items(3)).alerts(items(3));
    List<String> anchors = new ArrayList<>(List.of("", "metrics", "alerts"));
    if (chance(0.85)) {
      m.logging(
          new LoggingBuilder()
              .levels("INFO, ERROR")
              .format(text())
              .retention(new DurationText(random.oneOf("30일", "90 days (audit: 1 year)")))
              .extraItems(extraItems())
              .build());
      anchors.add("logging");
    }
    return m.extras(raws(anchors)).build();
  }

  private Testing testing() {
    TestingBuilder t = new TestingBuilder().contract(items(2));
    List<String> anchors = new ArrayList<>(List.of("", "contract"));
    if (chance(0.85)) {
      t.integration(
          new IntegrationTestingBuilder()
              .criticalPaths(text())
              .coverageTarget(
                  new PercentageText(random.oneOf("70%", "**80%** (CI)", "{비율}", "150%")))
              .extraItems(extraItems())
              .build());
      anchors.add("integration");
    }
    if (chance(0.85)) {
      t.load(
          new LoadTestingBuilder()
              .target(text())
              .tools("Locust / k6")
              .extraItems(extraItems())
              .build());
      anchors.add("load");
    }
    return t.extras(raws(anchors)).build();
  }

  private Deployment deployment() {
    DeploymentBuilder d = new DeploymentBuilder();
    d.environments(
        list(3, () -> chance(0.8) ? new Environment(word(), text()) : new Environment(word(), "")));
    d.ciCd(items(2)).rollback(items(2));
    return d.extras(raws(List.of("", "environments", "ciCd", "rollback"))).build();
  }

  private CostEstimate costEstimate() {
    CostEstimateBuilder c = new CostEstimateBuilder();
    int rows = count(4);
    boolean total = chance(0.7);
    List<String> cols = new ArrayList<>(columns(CostEstimate.KNOWN_COLUMNS, rows > 0 || total));
    if (total && !cols.isEmpty() && !cols.contains("item")) {
      cols.add(0, "item");
    }
    for (int i = 0; i < rows; i++) {
      c.addItems(
          new CostItem(
              has(cols, "item") ? text() : "",
              new MoneyText(
                  has(cols, "monthlyCost")
                      ? random.oneOf("$45", "${금액}", "₩45,000", "$1,200.50")
                      : ""),
              has(cols, "basis") ? maybeEmpty() : "",
              extraCells(cols, CostEstimate.KNOWN_COLUMNS)));
    }
    if (total) {
      c.total(
          new CostTotal(
              new MoneyText(
                  has(cols, "monthlyCost") ? random.oneOf("$164", "${금액}", "$109 + Redis") : ""),
              "",
              extraCells(cols, CostEstimate.KNOWN_COLUMNS)));
    }
    c.columns(cols);
    return c.extras(raws(List.of("", "items"))).build();
  }

  private Milestones milestones() {
    MilestonesBuilder m = new MilestonesBuilder();
    int rows = count(5);
    List<String> cols = columns(Milestones.KNOWN_COLUMNS, rows > 0);
    for (int i = 0; i < rows; i++) {
      m.addMilestones(
          new Milestone(
              has(cols, "phase") ? "Phase " + (i + 1) : "",
              has(cols, "work") ? text() : "",
              new DurationText(
                  has(cols, "estimate") ? random.oneOf("2일", "3 days", "{시간}", "12 hours") : ""),
              extraCells(cols, Milestones.KNOWN_COLUMNS)));
    }
    m.columns(cols);
    return m.extras(raws(List.of("", "milestones"))).build();
  }

  private Risks risks() {
    RisksBuilder r = new RisksBuilder();
    int n = count(4);
    List<RawMarkdown> raws = new ArrayList<>(raws(List.of("")));
    for (int i = 0; i < n; i++) {
      RiskBuilder risk = new RiskBuilder().title(name());
      risk.probability(
          new RiskLevelText(random.oneOf("High", "Medium", "Low", "높음", "High | Medium | Low")));
      risk.impact(new RiskLevelText(random.oneOf("High", "중간", "Low")));
      if (chance(0.9)) {
        risk.mitigation(text());
      }
      risk.extraItems(list(2, () -> "**Owner " + word() + "**: " + text()));
      r.addRisks(risk.extras(raws(List.of("", "fields"))).build());
      if (chance(0.15)) {
        raws.add(new RawMarkdown("risks/" + i, subsection()));
      }
    }
    return r.extras(raws).build();
  }

  private NextSteps nextSteps() {
    return new NextStepsBuilder()
        .steps(list(5, () -> new Step(multiLine())))
        .extras(raws(List.of("", "steps")))
        .build();
  }
}
