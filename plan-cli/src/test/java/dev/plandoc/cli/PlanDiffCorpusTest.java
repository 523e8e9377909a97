package dev.plandoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plandoc.cli.Cli.Result;
import dev.plandoc.json.PlanPointer;
import dev.plandoc.model.Component;
import dev.plandoc.model.EndpointSpecBuilder;
import dev.plandoc.model.Environment;
import dev.plandoc.model.Plan;
import dev.plandoc.model.ResponseSpec;
import dev.plandoc.model.RiskBuilder;
import dev.plandoc.model.Step;
import dev.plandoc.model.diff.ChangeKind;
import dev.plandoc.model.diff.PlanChange;
import dev.plandoc.model.diff.PlanDiff;
import dev.plandoc.model.format.PlanFormats;
import dev.plandoc.model.format.ReadOptions;
import dev.plandoc.model.value.HttpMethod;
import dev.plandoc.model.value.HttpMethodText;
import dev.plandoc.model.value.Money;
import dev.plandoc.model.value.MoneyText;
import dev.plandoc.model.value.RiskLevel;
import dev.plandoc.model.value.RiskLevelText;
import dev.plandoc.model.value.StatusCodeText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code plan diff} and {@link PlanDiff} on the corpus: the three sample plans and the six wild
 * ones. Layout-only pairs (fmt, CRLF, LF, a BOM, the other language, the plan's own JSON and YAML)
 * have no change; each edit of a matrix (every kind, every section) gives exactly the expected
 * changes, at pointers that {@code plan get} resolves.
 */
class PlanDiffCorpusTest {
  static final List<String> CORPUS =
      List.of(
          "ocr-receipt.ko.md",
          "push-settings.en.md",
          "user-auth.llm-drift.ko.md",
          "wild/coupon-first-come.ko.md",
          "wild/feature-flag-service.en.md",
          "wild/gym-gx-booking.ko.md",
          "wild/pet-clinic-records.ko.md",
          "wild/shared-photo-albums.en.md",
          "wild/wiki-search.ko.md");

  @TempDir Path dir;

  static Stream<String> corpus() {
    return CORPUS.stream();
  }

  private Path copy(String sample) {
    try {
      return Files.write(dir.resolve(sample.replace('/', '-')), Cli.sample(sample));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path write(String name, String text) {
    try {
      return Files.write(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Plan read(String sample) {
    return PlanFormats.load()
        .require("markdown")
        .reader(ReadOptions.LENIENT)
        .read(Cli.sampleText(sample))
        .plan();
  }

  private static void assertSame(Path a, Path b) {
    Result r = Cli.run("diff", a.toString(), b.toString());
    assertThat(r.out()).as("%s against %s", a.getFileName(), b.getFileName()).isEmpty();
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isEqualTo(ExitCode.OK);
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void layoutOnlyPairsHaveNoChange(String sample) {
    Path md = copy(sample);
    String text = Cli.sampleText(sample);
    String lf = text.replace("\r\n", "\n");
    assertSame(md, write("lf.md", lf));
    assertSame(md, write("crlf.md", lf.replace("\n", "\r\n")));
    assertSame(md, write("bom.md", "\uFEFF" + text));
    Path formatted = write("fmt.md", text);
    assertThat(Cli.run("fmt", formatted.toString()).code()).isZero();
    assertSame(md, formatted);
    for (String lang : List.of("en", "ko")) {
      Path other = dir.resolve("lang-" + lang + ".md");
      assertThat(Cli.run("convert", md.toString(), "-o", other.toString(), "--lang", lang).code())
          .isZero();
      assertSame(md, other);
      assertSame(other, md);
    }
    for (String ext : List.of("yaml", "json")) {
      Path other = dir.resolve("own." + ext);
      assertThat(Cli.run("convert", md.toString(), "-o", other.toString()).code()).isZero();
      assertSame(md, other);
      assertSame(other, md);
    }
  }

  /**
   * An edit of a plan and the changes it must give.
   *
   * @param name what it does, for the test's name
   * @param applies whether the plan has what the edit changes
   * @param edit the edit
   * @param expected each change as {@code KIND pointer}, given the plan before the edit
   */
  record Edit(
      String name,
      Predicate<Plan> applies,
      UnaryOperator<Plan> edit,
      Function<Plan, List<String>> expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  static int size(Optional<? extends List<?>> list) {
    return list.map(List::size).orElse(0);
  }

  static Money plus(MoneyText m, int amount) {
    Money v = m.value().orElseThrow();
    return new Money(v.amount().add(BigDecimal.valueOf(amount)), v.currency());
  }

  static final List<Edit> EDITS =
      List.of(
          new Edit(
              "title changed",
              p -> !p.title().isEmpty(),
              p -> p.withTitle(p.title() + " v2"),
              p -> List.of("CHANGED /title")),
          new Edit(
              "metadata author changed",
              p -> p.metadata().flatMap(m -> m.author()).isPresent(),
              p -> p.withMetadata(m -> m.withAuthor("Someone Else")),
              p -> List.of("CHANGED /metadata/author")),
          new Edit(
              "tech choice changed",
              p -> size(p.techStack().map(t -> t.selected())) > 0,
              p -> p.withTechStack(t -> t.withTechChoice(0, c -> c.withTechnology("Quarkus 3"))),
              p -> List.of("CHANGED /techStack/selected/0/technology")),
          new Edit(
              "component added",
              p -> p.architecture().isPresent(),
              p -> p.withArchitecture(a -> a.withComponentAdded(Component.of("Audit log", "감사"))),
              p ->
                  List.of(
                      "ADDED /architecture/components/"
                          + size(p.architecture().map(a -> a.components())))),
          new Edit(
              "endpoint inserted first",
              p -> size(p.apiDesign().map(a -> a.endpoints())) > 0,
              p ->
                  p.withApiDesign(
                      a ->
                          a.withEndpointAdded(
                              0,
                              new EndpointSpecBuilder()
                                  .name("Health")
                                  .method(HttpMethodText.of(HttpMethod.GET))
                                  .path("/internal/health-check")
                                  .addResponses(
                                      new ResponseSpec("Response", StatusCodeText.of(200), "{}"))
                                  .build())),
              p -> List.of("ADDED /apiDesign/endpoints/0")),
          new Edit(
              "last endpoint removed",
              p -> size(p.apiDesign().map(a -> a.endpoints())) > 1,
              p -> p.withApiDesign(a -> a.withoutEndpoint(a.endpoints().size() - 1)),
              p ->
                  List.of(
                      "REMOVED /apiDesign/endpoints/"
                          + (size(p.apiDesign().map(a -> a.endpoints())) - 1))),
          new Edit(
              "table DDL changed",
              p -> size(p.databaseSchema().map(d -> d.tables())) > 0,
              p ->
                  p.withDatabaseSchema(
                      d -> d.withTable(0, t -> t.withDdl(t.ddl() + "\n-- reviewed"))),
              p -> List.of("CHANGED /databaseSchema/tables/0/ddl")),
          new Edit(
              "first table moved last",
              p -> size(p.databaseSchema().map(d -> d.tables())) > 1,
              p -> p.withDatabaseSchema(d -> d.withTableMoved(0, d.tables().size() - 1)),
              p ->
                  List.of(
                      "MOVED /databaseSchema/tables/"
                          + (size(p.databaseSchema().map(d -> d.tables())) - 1))),
          new Edit(
              "service removed",
              p -> size(p.externalServices().map(e -> e.services())) > 0,
              p -> p.withExternalServices(e -> e.withoutService(0)),
              p -> List.of("REMOVED /externalServices/services/0")),
          new Edit(
              "security removed",
              p -> p.security().isPresent(),
              Plan::withoutSecurity,
              p -> List.of("REMOVED /security")),
          new Edit(
              "performance removed",
              p -> p.performance().isPresent(),
              Plan::withoutPerformance,
              p -> List.of("REMOVED /performance")),
          new Edit(
              "error class handling changed",
              p -> size(p.errorHandling().map(e -> e.errorClasses())) > 0,
              p ->
                  p.withErrorHandling(
                      e -> e.withErrorClass(0, c -> c.withHandling(c.handling() + " (재시도)"))),
              p -> List.of("CHANGED /errorHandling/errorClasses/0/handling")),
          new Edit(
              "metric added first",
              p -> p.monitoring().isPresent(),
              p ->
                  p.withMonitoring(
                      m ->
                          m.withMetrics(
                              Stream.concat(Stream.of("queue depth p99"), m.metrics().stream())
                                  .toList())),
              p -> List.of("ADDED /monitoring/metrics/0")),
          new Edit(
              "testing removed",
              p -> p.testing().isPresent(),
              Plan::withoutTesting,
              p -> List.of("REMOVED /testing")),
          new Edit(
              "environment added",
              p -> p.deployment().isPresent(),
              p -> p.withDeployment(d -> d.withEnvironmentAdded(new Environment("DR", "재해 복구"))),
              p ->
                  List.of(
                      "ADDED /deployment/environments/"
                          + size(p.deployment().map(d -> d.environments())))),
          new Edit(
              "cost raised",
              p ->
                  p.costEstimate().map(c -> c.items()).orElse(List.of()).stream()
                      .anyMatch(i -> i.monthlyCost().isParsed()),
              p ->
                  p.withCostEstimate(
                      c ->
                          c.withCostItem(
                              firstPriced(p),
                              i ->
                                  i.withMonthlyCost(
                                      MoneyText.of(plus(i.monthlyCost(), 10)).text()))),
              p -> List.of("CHANGED /costEstimate/items/" + firstPriced(p) + "/monthlyCost")),
          new Edit(
              "cost restated",
              p ->
                  p.costEstimate().map(c -> c.items()).orElse(List.of()).stream()
                      .anyMatch(i -> i.monthlyCost().isParsed()),
              p ->
                  p.withCostEstimate(
                      c ->
                          c.withCostItem(
                              firstPriced(p), i -> i.withMonthlyCost(restated(i.monthlyCost())))),
              p -> List.of()),
          new Edit(
              "first milestone moved last",
              p -> size(p.milestones().map(m -> m.milestones())) > 1,
              p -> p.withMilestones(m -> m.withMilestoneMoved(0, m.milestones().size() - 1)),
              p ->
                  List.of(
                      "MOVED /milestones/milestones/"
                          + (size(p.milestones().map(m -> m.milestones())) - 1))),
          new Edit(
              "risk inserted second",
              p -> size(p.risks().map(r -> r.risks())) > 0,
              p ->
                  p.withRisks(
                      r ->
                          r.withRiskAdded(
                              1,
                              new RiskBuilder()
                                  .title("Vendor lock-in")
                                  .impact(new RiskLevelText("Low"))
                                  .mitigation("Keep an adapter")
                                  .build())),
              p -> List.of("ADDED /risks/risks/1")),
          new Edit(
              "risk impact changed",
              p ->
                  p.risks().map(r -> r.risks()).orElse(List.of()).stream()
                      .findFirst()
                      .flatMap(r -> r.impact())
                      .flatMap(i -> i.value())
                      .isPresent(),
              p ->
                  p.withRisks(
                      r ->
                          r.withRisk(
                              0,
                              k ->
                                  k.withImpact(
                                      k.impact().orElseThrow().value().orElseThrow()
                                              == RiskLevel.LOW
                                          ? "High"
                                          : "Low"))),
              p -> List.of("CHANGED /risks/risks/0/impact")),
          new Edit(
              "next step added",
              p -> p.nextSteps().isPresent(),
              p ->
                  p.withNextSteps(
                      n ->
                          n.withStepAdded(
                              new Step("Publish the plan", Optional.empty(), Optional.empty()))),
              p -> List.of("ADDED /nextSteps/steps/" + size(p.nextSteps().map(n -> n.steps())))));

  /** The same amount written otherwise: {@code KRW 45000.00} for {@code ₩45,000}. */
  static String restated(MoneyText m) {
    Money v = m.value().orElseThrow();
    return v.currency() + " " + v.amount().setScale(v.amount().scale() + 2).toPlainString();
  }

  static int firstPriced(Plan p) {
    List<dev.plandoc.model.CostItem> items = p.costEstimate().orElseThrow().items();
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).monthlyCost().isParsed()) {
        return i;
      }
    }
    throw new AssertionError("no priced row");
  }

  static Stream<Arguments> matrix() {
    List<Arguments> out = new ArrayList<>();
    for (String sample : CORPUS) {
      Plan plan = read(sample);
      for (Edit e : EDITS) {
        if (e.applies().test(plan)) {
          out.add(Arguments.of(sample, e));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("matrix")
  void eachEditGivesExactlyItsChangesAtPointersThatResolve(String sample, Edit edit) {
    Plan before = read(sample);
    Plan after = edit.edit().apply(before);
    PlanDiff diff = PlanDiff.between(before, after);
    List<String> expected = new ArrayList<>(edit.expected().apply(before));
    if (edit.name().equals("cost restated")) {
      expected.add("TEXT /costEstimate/items/" + firstPriced(before) + "/monthlyCost");
    }
    assertThat(diff.changes().stream().map(c -> c.kind() + " " + c.pointer()))
        .containsExactlyElementsOf(expected);
    for (PlanChange c : diff.changes()) {
      Plan in = c.kind() == ChangeKind.REMOVED ? before : after;
      assertThat(PlanPointer.parse(c.pointer()).find(in)).as(c.line()).isPresent();
      // The JSON form leaves out empty text: an old value that was empty has no pointer there.
      if (!c.oldValue().equals(Optional.of(""))) {
        c.oldPointer()
            .ifPresent(p -> assertThat(PlanPointer.parse(p).find(before)).as(c.line()).isPresent());
      }
    }
  }

  static Stream<String> templateShaped() {
    return CORPUS.stream()
        .filter(
            s -> {
              String text = Cli.sampleText(s);
              return text.contains("\n### Endpoint 1:")
                  && (text.contains("\n### 리스크 1:") || text.contains("\n### Risk 1:"));
            });
  }

  /**
   * The lines from the first heading that starts with {@code start} to the next heading of its
   * level or above, each line with its break.
   */
  static String block(String text, String start) {
    int heading = text.indexOf("\n" + start);
    assertThat(heading).as(start).isNotNegative();
    int from = heading + 1;
    int to = from;
    do {
      to = text.indexOf('\n', to) + 1;
    } while (to > 0
        && to < text.length()
        && !text.startsWith("### ", to)
        && !text.startsWith("## ", to));
    return text.substring(from, to <= 0 ? text.length() : to);
  }

  @ParameterizedTest
  @MethodSource("templateShaped")
  void anEndpointOrARiskInsertedInTheMarkdownIsOneAddition(String sample) {
    String text = Cli.sampleText(sample).replace("\r\n", "\n");
    Path md = write("before.md", text);
    String endpoint = block(text, "### Endpoint 1:");
    String copy =
        endpoint
            .replaceFirst("### Endpoint 1: ", "### Endpoint 1: Inserted ")
            .replaceFirst("(?m)^(GET|POST|PUT|PATCH|DELETE) (\\S+)", "$1 $2/inserted");
    Path withEndpoint = write("endpoint.md", text.replace(endpoint, copy + endpoint));
    Result r = Cli.run("diff", md.toString(), withEndpoint.toString());
    assertThat(r.outLines())
        .hasSize(1)
        .allMatch(l -> l.startsWith("added /apiDesign/endpoints/0: endpoint "));
    assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);

    String heading = text.contains("\n### 리스크 1:") ? "### 리스크 1:" : "### Risk 1:";
    String risk = block(text, heading);
    String riskCopy = risk.replaceFirst(heading + " ", heading + " Inserted ");
    Path withRisk = write("risk.md", text.replace(risk, risk + riskCopy));
    assertThat(Cli.run("diff", md.toString(), withRisk.toString()).outLines())
        .hasSize(1)
        .allMatch(l -> l.startsWith("added /risks/risks/1: risk Inserted "));
  }

  /** The samples whose first risk is a row of the author's table. */
  static Stream<String> risksAsTables() {
    return CORPUS.stream().filter(s -> firstRiskRow(s).startsWith("|"));
  }

  /** The line of a sample that holds its first risk's title, with its line break. */
  static String firstRiskRow(String sample) {
    List<dev.plandoc.model.Risk> risks = read(sample).risks().map(r -> r.risks()).orElse(List.of());
    if (risks.isEmpty() || !risks.get(0).isView()) {
      return "";
    }
    String text = Cli.sampleText(sample);
    int at = text.indexOf(risks.get(0).title());
    return text.substring(text.lastIndexOf('\n', at) + 1, text.indexOf('\n', at) + 1);
  }

  /**
   * A row added to the author's risk table: the risk it holds is added, and the kept table it is
   * read from changed at that row.
   */
  @ParameterizedTest
  @MethodSource("risksAsTables")
  void aRowAddedToATableOfRisksIsOneRiskAddedAndItsTableChanged(String sample) {
    String text = Cli.sampleText(sample);
    Plan plan = read(sample);
    String title = plan.risks().orElseThrow().risks().get(0).title();
    int at = text.indexOf(title);
    int rowStart = text.lastIndexOf('\n', at) + 1;
    int rowEnd = text.indexOf('\n', at) + 1;
    String row = text.substring(rowStart, rowEnd);
    assertThat(row).startsWith("|");
    String added = row.replace(title, "Inserted supply risk");
    Path before = write("before.md", text);
    Path after = write("after.md", text.substring(0, rowEnd) + added + text.substring(rowEnd));
    PlanDiff diff = PlanDiff.between(plan, read(after));
    List<String> kinds = diff.changes().stream().map(c -> c.kind() + " " + c.pointer()).toList();
    assertThat(kinds).hasSize(2).contains("ADDED /risks/risks/1");
    assertThat(kinds.get(1)).matches("CHANGED /risks/extras/\\d+/markdown");
    assertThat(diff.changes().get(1).describeNew()).contains("Inserted supply risk");
    assertThat(Cli.run("diff", before.toString(), after.toString()).code())
        .isEqualTo(ExitCode.FINDINGS);
  }

  private static Plan read(Path file) {
    try {
      return PlanFormats.load()
          .require("markdown")
          .reader(ReadOptions.LENIENT)
          .read(Files.readString(file))
          .plan();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
