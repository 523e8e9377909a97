package dev.plandoc.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The tables of BENCHMARKS.md computed from a JMH result: ratios, targets and allocation. */
class ReportTest {
  private static String result(String benchmark, String doc, double us, double bytes) {
    return """
        {"benchmark": "dev.plandoc.bench.%s", "params": {"doc": "%s"}, "forks": 3,
         "warmupIterations": 5, "warmupTime": "500 ms", "measurementIterations": 10,
         "measurementTime": "500 ms", "vmName": "VM", "vmVersion": "17", "jdkVersion": "17",
         "jvmArgs": [],
         "primaryMetric": {"score": %s, "scoreError": 0.0, "scoreUnit": "us/op"},
         "secondaryMetrics": {"gc.alloc.rate.norm": {"score": %s, "scoreError": 0.0}}}
        """
        .formatted(benchmark, doc, us, bytes);
  }

  private static String tables() {
    String json =
        "["
            + String.join(
                ",",
                result("MarkdownBenchmark.read", "template", 300, 4096),
                result("MarkdownBenchmark.parseDefault", "template", 100, 1024),
                result("MarkdownBenchmark.parseSameConfig", "template", 150, 2048),
                result("JsonBenchmark.jsonRead", "template", 90, 2048),
                result("JsonBenchmark.jsonReadTree", "template", 100, 4096))
            + "]";
    JsonNode results = JsonMapper.builder().build().readTree(json);
    return Report.tables(
        results, "-f 3", Map.of("template", new Sizes(4096, 4096, 8192, 6144, 200)));
  }

  @Test
  void aRatioOverItsTargetIsMarkedMissedAndOneUnderItMet() {
    String tables = tables();
    assertThat(tables)
        .contains(
            "| Markdown read | commonmark `Parser.parse`, default config | 3.00 ± 0.00 | ≤ 1.0× |"
                + " no (template) |")
        .contains("| JSON read | Jackson `readTree` | 0.90 ± 0.00 | ≤ 1.0× | yes |");
  }

  @Test
  void aPairWithoutATargetIsShownForInformation() {
    assertThat(tables()).contains("| 2.00 ± 0.00 | – | for information |");
  }

  @Test
  void allocationPerOperationIsComparedAndListedWhenTheRunHadTheGcProfiler() {
    String tables = tables();
    assertThat(tables).contains("### Allocation: plandoc ÷ baseline");
    assertThat(tables.substring(tables.indexOf("### Allocation: plandoc")))
        .contains("| Markdown read | commonmark `Parser.parse`, default config | 4.00 ± 0.00 |")
        .contains("| JSON read | Jackson `readTree` | 0.50 ± 0.00 |");
    assertThat(tables.substring(tables.indexOf("### Allocation per operation")))
        .contains("| MarkdownBenchmark.read | 4.0 ± 0.0 |");
  }
}
