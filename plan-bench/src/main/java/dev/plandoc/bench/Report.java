package dev.plandoc.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a JMH JSON result ({@code -rf json}) into the tables of BENCHMARKS.md: the ratio of each
 * plandoc operation to its baseline with error bars, the absolute times, and time per KB of the
 * large plan against the small ones. The tables replace what stands between the markers {@value
 * #START} and {@value #END} in the target file; the rest of the file is left as it is.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.plandoc.bench.Report result.json BENCHMARKS.md "<jmh
 * options>"}
 */
public final class Report {
  static final String START = "<!-- results:start -->";
  static final String END = "<!-- results:end -->";
  private static final String LARGE = "large";

  /**
   * A plandoc operation, its baseline and the ratio it should stay under (issue 11's targets); NaN
   * for a pair shown for information, without a target of its own.
   */
  record Pair(String label, String ours, String baseline, String baselineLabel, double target) {}

  static final List<Pair> PAIRS =
      List.of(
          new Pair(
              "DDL typed view, cold",
              "DdlBenchmark.parse",
              "DdlBenchmark.jsqlParser",
              "JSqlParser alone on the same statements",
              Double.NaN),
          new Pair(
              "Markdown read",
              "MarkdownBenchmark.read",
              "MarkdownBenchmark.parseSameConfig",
              "commonmark `Parser.parse`, reader's config (tables, block spans, inlines)",
              Double.NaN),
          new Pair(
              "Markdown read",
              "MarkdownBenchmark.read",
              "MarkdownBenchmark.parseDefault",
              "commonmark `Parser.parse`, default config",
              1.0),
          new Pair(
              "Markdown write",
              "MarkdownBenchmark.write",
              "MarkdownBenchmark.render",
              "commonmark `MarkdownRenderer` of the same document's AST",
              1.0),
          new Pair(
              "Markdown faithful write-back, unchanged plan",
              "MarkdownBenchmark.update",
              "MarkdownBenchmark.write",
              "plandoc's canonical write of the same plan",
              1.0),
          new Pair(
              "JSON read",
              "JsonBenchmark.jsonRead",
              "JsonBenchmark.jsonReadTree",
              "Jackson `readTree`",
              1.0),
          new Pair(
              "JSON write",
              "JsonBenchmark.jsonWrite",
              "JsonBenchmark.jsonWriteTree",
              "Jackson writing that tree (same bytes)",
              1.0),
          new Pair(
              "YAML read",
              "JsonBenchmark.yamlRead",
              "JsonBenchmark.yamlReadTree",
              "Jackson YAML `readTree`",
              1.2),
          new Pair(
              "YAML write",
              "JsonBenchmark.yamlWrite",
              "JsonBenchmark.yamlWriteTree",
              "Jackson YAML writing that tree (same bytes)",
              1.0));

  /**
   * JMH's secondary metric of {@code -prof gc}: bytes allocated per operation. JMH 1.37 names it
   * without the {@code ·} its text output shows (older versions kept it in the JSON too).
   */
  static final String ALLOCATION = "gc.alloc.rate.norm";

  /** A JMH score: mean and the half-width of its 99.9% confidence interval, in µs. */
  record Score(double mean, double error) {
    double relative() {
      return Double.isNaN(error) ? 0 : error / mean;
    }
  }

  private Report() {}

  /**
   * Writes the tables.
   *
   * @param args the JMH JSON result, the Markdown file to update, and the JMH options used
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: Report <jmh-result.json> <BENCHMARKS.md> [jmh options]");
      System.exit(2);
    }
    JsonNode results = JsonMapper.builder().build().readTree(Files.readString(Path.of(args[0])));
    String options = args.length > 2 ? args[2] : "";
    String tables = tables(results, options, Sizes.measure());
    System.out.println(tables);
    Path target = Path.of(args[1]);
    String doc = Files.exists(target) ? Files.readString(target) : START + "\n" + END + "\n";
    int s = doc.indexOf(START);
    int e = doc.indexOf(END);
    if (s < 0 || e < s) {
      throw new IllegalStateException(target + " has no " + START + " … " + END + " markers");
    }
    String updated = doc.substring(0, s + START.length()) + "\n" + tables + doc.substring(e);
    Files.writeString(target, updated, StandardCharsets.UTF_8);
  }

  static String tables(JsonNode results, String options, Map<String, Sizes> sizes) {
    Map<String, Map<String, Score>> scores = new LinkedHashMap<>();
    Map<String, Map<String, Score>> allocations = new LinkedHashMap<>();
    JsonNode first = results.get(0);
    for (JsonNode r : results) {
      String name = r.get("benchmark").asString().replace("dev.plandoc.bench.", "");
      String doc = r.get("params").get("doc").asString();
      JsonNode m = r.get("primaryMetric");
      if (!m.get("scoreUnit").asString().equals("us/op")) {
        throw new IllegalStateException("expected us/op, got " + m.get("scoreUnit"));
      }
      scores
          .computeIfAbsent(name, k -> new LinkedHashMap<>())
          .put(doc, new Score(m.get("score").asDouble(), m.get("scoreError").asDouble()));
      JsonNode metrics = r.path("secondaryMetrics");
      JsonNode a =
          metrics.has(ALLOCATION) ? metrics.path(ALLOCATION) : metrics.path("·" + ALLOCATION);
      if (a.has("score")) {
        allocations
            .computeIfAbsent(name, k -> new LinkedHashMap<>())
            .put(doc, new Score(a.get("score").asDouble(), a.get("scoreError").asDouble()));
      }
    }
    List<String> docs = new ArrayList<>(Documents.NAMES);
    docs.removeIf(d -> !scores.getOrDefault("MarkdownBenchmark.read", Map.of()).containsKey(d));

    StringBuilder out = new StringBuilder();
    out.append("\n### Run\n\n");
    out.append("- JMH options: `").append(options).append("`");
    out.append(
        String.format(
            Locale.ROOT,
            " (forks %d, warm-up %d × %s, measurement %d × %s, mode avgt, µs/op)%n",
            first.get("forks").asInt(),
            first.get("warmupIterations").asInt(),
            first.get("warmupTime").asString(),
            first.get("measurementIterations").asInt(),
            first.get("measurementTime").asString()));
    out.append("- JVM: ")
        .append(first.get("vmName").asString())
        .append(' ')
        .append(first.get("vmVersion").asString())
        .append(" (JDK ")
        .append(first.get("jdkVersion").asString())
        .append("), args `")
        .append(first.get("jvmArgs").toString())
        .append("`\n");
    out.append("- Machine: ")
        .append(Runtime.getRuntime().availableProcessors())
        .append(" CPUs available (`nproc`), ")
        .append(cpuModel())
        .append(", ")
        .append(System.getProperty("os.name"))
        .append(' ')
        .append(System.getProperty("os.arch"))
        .append("\n");
    out.append("- Documents (UTF-8 KB as Markdown / JSON / YAML): ");
    List<String> sizeNotes = new ArrayList<>();
    for (String d : docs) {
      Sizes z = sizes.get(d);
      sizeNotes.add(
          String.format(
              Locale.ROOT,
              "%s %.1f / %.1f / %.1f (%d lines of Markdown)",
              d,
              z.markdownKb(),
              z.jsonKb(),
              z.yamlKb(),
              z.markdownLines()));
    }
    out.append(String.join("; ", sizeNotes)).append("\n");

    out.append("\n### Ratios: plandoc ÷ baseline (lower is better)\n\n");
    out.append(
        "± is the 99.9% confidence half-width JMH reports for each score, propagated to the"
            + " ratio (relative errors added in quadrature).\n\n");
    ratios(out, docs, scores, true);
    if (!allocations.isEmpty()) {
      out.append("\n### Allocation: plandoc ÷ baseline, bytes per operation (`-prof gc`)\n\n");
      out.append(
          "The same pairs, comparing what each side allocates per operation (JMH's `"
              + ALLOCATION
              + "`); the issue sets no target for it.\n\n");
      ratios(out, docs, allocations, false);
    }

    out.append("\n### Time per KB: large plan against the small ones (target ≤ 1.2×)\n\n");
    out.append(
        "µs per KB of the document in the operation's format (input for reads, output for"
            + " writes). \"small\" is the mean over the other documents.\n\n");
    out.append("| operation |");
    List<String> small = new ArrayList<>(docs);
    small.remove(LARGE);
    for (String d : small) {
      out.append(' ').append(d).append(" |");
    }
    out.append(" small (mean) | large | large ÷ small | met? |\n|---|");
    out.append("---:|".repeat(small.size())).append("---:|---:|---:|---|\n");
    Map<String, String> ops = new LinkedHashMap<>();
    ops.put("Markdown read", "MarkdownBenchmark.read");
    ops.put("Markdown write", "MarkdownBenchmark.write");
    ops.put("JSON read", "JsonBenchmark.jsonRead");
    ops.put("JSON write", "JsonBenchmark.jsonWrite");
    ops.put("YAML read", "JsonBenchmark.yamlRead");
    ops.put("YAML write", "JsonBenchmark.yamlWrite");
    for (Map.Entry<String, String> op : ops.entrySet()) {
      Map<String, Score> s = scores.get(op.getValue());
      if (s == null || !s.containsKey(LARGE)) {
        continue;
      }
      out.append("| ").append(op.getKey()).append(" |");
      double sum = 0;
      for (String d : small) {
        double perKb = s.get(d).mean() / sizes.get(d).kb(op.getKey());
        sum += perKb;
        out.append(String.format(Locale.ROOT, " %.1f |", perKb));
      }
      double smallMean = sum / small.size();
      Score large = s.get(LARGE);
      double largePerKb = large.mean() / sizes.get(LARGE).kb(op.getKey());
      double ratio = largePerKb / smallMean;
      out.append(
          String.format(
              Locale.ROOT,
              " %.1f | %.1f ± %.1f | %.2f | %s |%n",
              smallMean,
              largePerKb,
              large.error() / sizes.get(LARGE).kb(op.getKey()),
              ratio,
              ratio <= 1.2 ? "yes" : "no"));
    }

    out.append("\n### Absolute times (µs/op, ± 99.9% CI half-width)\n\n");
    absolute(out, docs, scores, 1);
    if (!allocations.isEmpty()) {
      out.append("\n### Allocation per operation (KB/op, `-prof gc`)\n\n");
      absolute(out, docs, allocations, 1024);
    }
    return out.toString();
  }

  /** One row per pair: the ratio on each document, and whether it meets the target. */
  private static void ratios(
      StringBuilder out,
      List<String> docs,
      Map<String, Map<String, Score>> scores,
      boolean withTargets) {
    out.append("| operation | baseline |");
    for (String d : docs) {
      out.append(' ').append(d).append(" |");
    }
    out.append(withTargets ? " target | met? |\n|---|---|" : "\n|---|---|");
    out.append("---:|".repeat(docs.size())).append(withTargets ? "---:|---|\n" : "\n");
    for (Pair p : PAIRS) {
      Map<String, Score> ours = scores.get(p.ours());
      Map<String, Score> base = scores.get(p.baseline());
      if (ours == null || base == null) {
        continue;
      }
      out.append("| ").append(p.label()).append(" | ").append(p.baselineLabel()).append(" |");
      List<String> missed = new ArrayList<>();
      for (String d : docs) {
        Score a = ours.get(d);
        Score b = base.get(d);
        if (a == null || b == null) {
          out.append(" – |");
          continue;
        }
        double ratio = a.mean() / b.mean();
        double err = ratio * Math.hypot(a.relative(), b.relative());
        out.append(String.format(Locale.ROOT, " %.2f ± %.2f |", ratio, err));
        if (ratio > p.target()) {
          missed.add(d);
        }
      }
      if (withTargets) {
        if (Double.isNaN(p.target())) {
          out.append(" – | for information |");
        } else {
          out.append(String.format(Locale.ROOT, " ≤ %.1f× |", p.target()));
          out.append(missed.isEmpty() ? " yes" : " no (" + String.join(", ", missed) + ")");
          out.append(" |");
        }
      }
      out.append('\n');
    }
  }

  /** Every benchmark's score on each document, divided by {@code unit}. */
  private static void absolute(
      StringBuilder out, List<String> docs, Map<String, Map<String, Score>> scores, double unit) {
    out.append("| benchmark |");
    for (String d : docs) {
      out.append(' ').append(d).append(" |");
    }
    out.append("\n|---|").append("---:|".repeat(docs.size())).append('\n');
    for (Map.Entry<String, Map<String, Score>> e : scores.entrySet()) {
      out.append("| ").append(e.getKey()).append(" |");
      for (String d : docs) {
        Score sc = e.getValue().get(d);
        out.append(
            sc == null
                ? " – |"
                : String.format(
                    Locale.ROOT, " %.1f ± %.1f |", sc.mean() / unit, sc.error() / unit));
      }
      out.append('\n');
    }
  }

  private static String cpuModel() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).strip();
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: no model name
    }
    return "CPU model unknown";
  }
}
