package dev.plandoc.examples;

import dev.plandoc.markdown.MarkdownPlanReader;
import dev.plandoc.model.CostItem;
import dev.plandoc.model.EndpointSpec;
import dev.plandoc.model.Plan;
import dev.plandoc.model.Risk;
import dev.plandoc.model.format.ReadResult;
import dev.plandoc.model.value.Money;
import dev.plandoc.model.value.RiskLevel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads a Markdown plan (the shipped sample, or the file given as the first argument) and pulls
 * typed data out of it: the endpoints, the risks grouped by level, and the total monthly cost.
 *
 * <p>Its test runs it in {@code mvn -pl examples -am verify}. To run it yourself, after {@code mvn
 * -q -pl plan-cli,examples -am package -DskipTests}: {@code java -cp
 * examples/target/classes:plan-cli/target/plan.jar dev.plandoc.examples.ReadMarkdownPlan}.
 */
public final class ReadMarkdownPlan {
  /** A filled-in plan shipped with the examples. */
  public static final String SAMPLE = "/plans/ocr-receipt.ko.md";

  private ReadMarkdownPlan() {}

  /**
   * Prints what the plan contains.
   *
   * @param args an optional path to a Markdown plan
   * @throws IOException when the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    String markdown = args.length > 0 ? Files.readString(Path.of(args[0])) : sample();

    // Lenient by default: any Markdown reads; problems come back as diagnostics.
    ReadResult result = MarkdownPlanReader.builder().build().read(markdown);
    Plan plan = result.plan();
    System.out.println("Plan: " + plan.title() + " (" + plan.language().tag() + ")");

    System.out.println();
    System.out.println("Endpoints:");
    List<EndpointSpec> endpoints = plan.apiDesign().map(api -> api.endpoints()).orElse(List.of());
    for (EndpointSpec e : endpoints) {
      // The method is typed (HttpMethod) when it parses; the text is kept either way.
      String method = e.method().value().map(Enum::name).orElse(e.method().text());
      System.out.printf("  %-6s %s  (%s)%n", method, e.path(), e.name());
    }

    System.out.println();
    System.out.println("Risks by probability:");
    Map<RiskLevel, List<String>> byLevel = new EnumMap<>(RiskLevel.class);
    List<String> unrated = new ArrayList<>();
    for (Risk r : plan.risks().map(rs -> rs.risks()).orElse(List.of())) {
      Optional<RiskLevel> level = r.probability().flatMap(p -> p.value());
      if (level.isPresent()) {
        byLevel.computeIfAbsent(level.get(), k -> new ArrayList<>()).add(r.title());
      } else {
        unrated.add(r.title());
      }
    }
    byLevel.forEach(
        (level, titles) ->
            titles.forEach(t -> System.out.printf("  %-7s %s%n", level.english(), t)));
    unrated.forEach(t -> System.out.printf("  %-7s %s%n", "?", t));

    System.out.println();
    System.out.println("Monthly cost:");
    Map<String, Money> sums = new TreeMap<>();
    for (CostItem item : plan.costEstimate().map(c -> c.items()).orElse(List.of())) {
      item.monthlyCost().value().ifPresent(m -> sums.merge(m.currency(), m, Money::plus));
    }
    sums.values()
        .forEach(m -> System.out.println("  sum of the rows: " + m.amount() + " " + m.currency()));
    plan.costEstimate()
        .flatMap(c -> c.total())
        .ifPresent(t -> System.out.println("  stated total:    " + t.amount().text()));

    System.out.println();
    System.out.println(result.diagnostics().size() + " reader diagnostics");
  }

  static String sample() {
    try (InputStream in = ReadMarkdownPlan.class.getResourceAsStream(SAMPLE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
