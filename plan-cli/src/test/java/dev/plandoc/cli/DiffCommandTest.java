package dev.plandoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plandoc.cli.Cli.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code plan diff}: its exit codes, its three reports and its one-line errors. */
class DiffCommandTest {
  @TempDir Path dir;

  /** The sample with one endpoint more, a cost raised, one restated and a risk removed. */
  private Path edited(Path md) throws IOException {
    String text = Files.readString(md);
    int at = text.indexOf("### Endpoint 1:");
    String inserted =
        "### Endpoint 0: 헬스 체크\n```\nGET /api/v1/health\n\nResponse (200):\n{ \"status\": \"ok\" }\n```\n\n";
    String edited =
        (text.substring(0, at) + inserted + text.substring(at))
            .replace("| Cloud Run | $38 |", "| Cloud Run | $38.00 |")
            .replace("| Database | $64 |", "| Database | $80 |");
    Path out = dir.resolve("edited.md");
    Files.writeString(out, edited);
    return out;
  }

  @Test
  void samePlansExitZeroAndPrintNothing() {
    Path md = Cli.copy("ocr-receipt.ko.md", dir);
    Path yaml = dir.resolve("ocr.yaml");
    assertThat(Cli.run("convert", md.toString(), "-o", yaml.toString()).code()).isZero();
    Result r = Cli.run("diff", md.toString(), yaml.toString());
    assertThat(r.code()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEmpty();
  }

  @Test
  void differentPlansExitOneWithOneLinePerChange() throws IOException {
    Path md = Cli.copy("ocr-receipt.ko.md", dir);
    Result r = Cli.run("diff", md.toString(), edited(md).toString());
    assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
    assertThat(r.outLines())
        .containsExactly(
            "added /apiDesign/endpoints/0: endpoint GET /api/v1/health",
            "text /costEstimate/items/0/monthlyCost (cost item Cloud Run): $38 → $38.00",
            "changed /costEstimate/items/1/monthlyCost (cost item Database): $64 → $80");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void theJsonReportGivesEachChangeWithItsValuesAsPlanGetPrintsThem() throws IOException {
    Path md = Cli.copy("ocr-receipt.ko.md", dir);
    Path edited = edited(md);
    Result r = Cli.run("diff", "--format", "json", md.toString(), edited.toString());
    assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
    JsonNode root = JsonReport.MAPPER.readTree(r.out());
    assertThat(root.get("old").stringValue()).isEqualTo(md.toString());
    assertThat(root.get("same").booleanValue()).isFalse();
    assertThat(root.get("summary").get("added").intValue()).isEqualTo(1);
    assertThat(root.get("summary").get("changed").intValue()).isEqualTo(1);
    assertThat(root.get("summary").get("text").intValue()).isEqualTo(1);
    assertThat(root.get("summary").get("removed").intValue()).isZero();
    JsonNode added = root.get("changes").get(0);
    assertThat(added.get("kind").stringValue()).isEqualTo("added");
    assertThat(added.get("section").stringValue()).isEqualTo("apiDesign");
    assertThat(added.has("old")).isFalse();
    assertThat(added.has("oldPointer")).isFalse();
    assertThat(added.get("new").get("path").stringValue()).isEqualTo("/api/v1/health");
    JsonNode raised = root.get("changes").get(2);
    assertThat(raised.get("pointer").stringValue()).isEqualTo("/costEstimate/items/1/monthlyCost");
    assertThat(raised.get("oldPointer").stringValue())
        .isEqualTo("/costEstimate/items/1/monthlyCost");
    assertThat(raised.get("item").stringValue()).isEqualTo("cost item Database");
    assertThat(raised.get("old").toString()).isEqualTo("{\"amount\":\"64\",\"currency\":\"USD\"}");
    assertThat(raised.get("newText").stringValue()).isEqualTo("$80");
    // The values are what plan get prints at those pointers.
    String viaGet = Cli.run("get", edited.toString(), "/costEstimate/items/1/monthlyCost").out();
    assertThat(JsonReport.MAPPER.readTree(viaGet)).isEqualTo(raised.get("new"));
    JsonNode same =
        JsonReport.MAPPER.readTree(
            Cli.run("diff", "--format", "json", md.toString(), md.toString()).out());
    assertThat(same.get("same").booleanValue()).isTrue();
    assertThat(same.get("changes")).isEmpty();
  }

  @Test
  void theMarkdownReportListsChangesBySectionWithTheTotalsBeforeAndAfter() throws IOException {
    Path md = Cli.copy("ocr-receipt.ko.md", dir);
    Result r = Cli.run("diff", "--format", "markdown", md.toString(), edited(md).toString());
    assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
    assertThat(r.out())
        .startsWith("## Plan changes: 1 added, 1 changed, 1 restated\n")
        .contains(
            "### 3. API Design\n\n- Added endpoint GET /api/v1/health at `/apiDesign/endpoints/0`\n")
        .contains(
            "### 12. Cost Estimate\n\n"
                + "- Restated `/costEstimate/items/0/monthlyCost` in cost item Cloud Run: `$38` →"
                + " `$38.00` (the same value)\n"
                + "- Changed `/costEstimate/items/1/monthlyCost` in cost item Database: `$64` →"
                + " `$80`\n")
        .contains("| Monthly cost (total row) | $346 | $346 |\n")
        .contains("| Monthly cost (sum of rows) | $346 | $362 (changed) |\n")
        .contains("| Milestone estimates (sum) | 9.67 days | 9.67 days |\n");
    assertThat(Cli.run("diff", "--format", "markdown", md.toString(), md.toString()).out())
        .startsWith("## Plan changes: none\n");
  }

  @Test
  void standardInputIsReadOnceInTheFormatFromNames() throws IOException {
    Path md = Cli.copy("ocr-receipt.ko.md", dir);
    Path yaml = dir.resolve("ocr.yaml");
    Cli.run("convert", md.toString(), "-o", yaml.toString());
    byte[] yamlBytes = Files.readAllBytes(yaml);
    Result r = Cli.runWithInput(yamlBytes, false, "diff", "--from", "yaml", "-", md.toString());
    assertThat(r.code()).isZero();
    Result md2 = Cli.runWithInput(Files.readString(md), "diff", md.toString(), "-");
    assertThat(md2.code()).isZero();
    Result twice = Cli.run("diff", "-", "-");
    assertThat(twice.code()).isEqualTo(ExitCode.USAGE_OR_IO);
    assertThat(twice.errLines()).containsExactly("plan: standard input (-) can be read only once");
  }

  @Test
  void inputErrorsAreOneLineAndExitTwo() throws IOException {
    Path md = Cli.copy("ocr-receipt.ko.md", dir);
    Result missing = Cli.run("diff", md.toString(), dir.resolve("gone.md").toString());
    assertThat(missing.code()).isEqualTo(ExitCode.USAGE_OR_IO);
    assertThat(missing.errLines())
        .containsExactly(
            "plan: " + dir.resolve("gone.md") + ": cannot read: no such file or directory");
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"title\": ]}", StandardCharsets.UTF_8);
    Result malformed = Cli.run("diff", bad.toString(), md.toString());
    assertThat(malformed.code()).isEqualTo(ExitCode.USAGE_OR_IO);
    assertThat(malformed.errLines()).hasSize(1).allMatch(l -> l.startsWith("plan: " + bad + ":1:"));
    Path txt = dir.resolve("notes.txt");
    Files.writeString(txt, "x");
    Result unknown = Cli.run("diff", txt.toString(), md.toString());
    assertThat(unknown.code()).isEqualTo(ExitCode.USAGE_OR_IO);
    assertThat(unknown.errLines()).hasSize(1);
    assertThat(unknown.err()).contains("notes.txt").doesNotContain("Exception");
    Result usage = Cli.run("diff", md.toString());
    assertThat(usage.code()).isEqualTo(ExitCode.USAGE_OR_IO);
    assertThat(usage.errLines()).hasSize(1);
    Result format = Cli.run("diff", "--format", "html", md.toString(), md.toString());
    assertThat(format.code()).isEqualTo(ExitCode.USAGE_OR_IO);
    assertThat(format.errLines()).hasSize(1);
  }

  @Test
  void theHelpShowsTheExitCodes() {
    Result r = Cli.run("diff", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .startsWith("Usage: plan diff")
        .contains("Exit codes: 0 the plans say the same; 1 they differ; 2 usage error");
  }
}
