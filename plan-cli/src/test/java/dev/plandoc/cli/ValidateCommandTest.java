package dev.plandoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.plandoc.cli.Cli.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ValidateCommandTest {
  static final JsonMapper MAPPER = JsonMapper.builder().build();
  static final Schema SARIF =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
          .getSchema(MAPPER.readTree(Cli.sampleText("sarif-schema-2.1.0.json")));

  /** {@code file:line:col: severity CODE: message (at path)}, the position optional. */
  static final Pattern LINE =
      Pattern.compile("(.+?)(:\\d+:\\d+)?: (error|warning|info) (PLAN-[A-Z]\\d{3}): (.+)");

  static final Pattern SUMMARY =
      Pattern.compile(
          "\\d+ files? checked: \\d+ errors?, \\d+ warnings?, \\d+ infos?(; \\d+ files? could not"
              + " be read)?");

  @TempDir Path dir;

  static Stream<String> samples() {
    return Cli.SAMPLES.stream();
  }

  /** The OCR plan with a date that is no calendar date: one PLAN-E001 error. */
  Path planWithAnError() throws IOException {
    String text =
        Cli.sampleText("ocr-receipt.ko.md")
            .replace("- **작성일**: 2026-03-09", "- **작성일**: 2026-13-45");
    return Files.writeString(dir.resolve("broken-date.ko.md"), text);
  }

  static List<String> validateSarif(String sarif) {
    List<String> errors = new ArrayList<>();
    SARIF.validate(MAPPER.readTree(sarif)).forEach(e -> errors.add(e.toString()));
    return errors;
  }

  @ParameterizedTest
  @MethodSource("samples")
  void textIsOneLinePerDiagnosticThenASummary(String sample) {
    Path in = Cli.copy(sample, dir);
    Result r = Cli.run("validate", in.toString());
    List<String> lines = r.outLines();
    assertThat(lines).isNotEmpty();
    assertThat(lines.get(lines.size() - 1)).matches(SUMMARY).startsWith("1 file checked: 0 errors");
    Set<String> seen = new HashSet<>();
    for (String line : lines.subList(0, lines.size() - 1)) {
      var m = LINE.matcher(line);
      assertThat(m.matches()).as(line).isTrue();
      assertThat(m.group(1)).isEqualTo(in.toString());
      assertThat(seen.add(line)).as("reported once: %s", line).isTrue();
    }
    assertThat(r.err()).isEmpty();
    boolean warnings = lines.stream().anyMatch(l -> l.contains(": warning PLAN-"));
    assertThat(r.code()).isZero();
    assertThat(Cli.run("validate", "--strict", in.toString()).code())
        .isEqualTo(warnings ? ExitCode.FINDINGS : ExitCode.OK);
  }

  @Test
  void theTemplateListsItsPlaceholdersWithPositions() {
    Path in = Cli.copy("plan-template.ko.md", dir);
    Result r = Cli.run("validate", in.toString());
    // The date is on line 5; a position may be as precise as the field or its section (line 3).
    assertThat(r.outLines())
        .anyMatch(
            l ->
                l.matches(
                    Pattern.quote(in.toString())
                        + ":[345]:\\d+: warning PLAN-W002: unfilled placeholder \\{YYYY-MM-DD\\}"
                        + " \\(at metadata.date\\)"));
    assertThat(Cli.run("validate", "--strict", in.toString()).code()).isEqualTo(ExitCode.FINDINGS);
  }

  @Test
  void anErrorFailsWithExitCodeOne() throws IOException {
    Path in = planWithAnError();
    Result r = Cli.run("validate", in.toString());
    assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
    assertThat(r.outLines())
        .anyMatch(
            l ->
                l.matches(
                    Pattern.quote(in.toString())
                        + ":[345]:\\d+: error PLAN-E001: .*\\(at metadata.date\\)"));
    assertThat(r.outLines().get(r.outLines().size() - 1)).startsWith("1 file checked: 1 error,");
  }

  @Test
  void severalFilesOneSummary() {
    List<String> args = new ArrayList<>(List.of("validate"));
    Cli.SAMPLES.forEach(s -> args.add(Cli.copy(s, dir).toString()));
    Result r = Cli.run(args.toArray(String[]::new));
    assertThat(r.code()).isZero();
    assertThat(r.outLines().get(r.outLines().size() - 1)).startsWith("4 files checked: 0 errors");
    assertThat(r.outLines().stream().filter(l -> l.matches(SUMMARY.pattern()))).hasSize(1);
  }

  @Test
  void standardInput() {
    Result r = Cli.runWithInput(Cli.sampleText("plan-template.ko.md"), "validate", "-");
    assertThat(r.code()).isZero();
    assertThat(r.outLines().get(0)).startsWith("<stdin>:");
    Result json =
        Cli.runWithInput(
            Cli.run("convert", "-", "--to", "json").out(), "validate", "--from", "json", "-");
    assertThat(json.code()).isZero();
  }

  @Test
  void unreadableInputsExitTwoAndTheOthersAreStillChecked() throws IOException {
    Path good = Cli.copy("push-settings.en.md", dir);
    Path missing = dir.resolve("missing.md");
    Path directory = Files.createDirectory(dir.resolve("dir.md"));
    Path underFile = good.resolve("x.md");
    Path unknown = Files.writeString(dir.resolve("plan.txt"), "# PLAN: x\n");
    Path badJson =
        Files.writeString(dir.resolve("bad.json"), "{\"schemaVersion\": 1,\n  \"title\" 1}");
    Path badYaml = Files.writeString(dir.resolve("bad.yaml"), "title: x\n  - y: [\n");
    Result r =
        Cli.run(
            "validate",
            missing.toString(),
            directory.toString(),
            underFile.toString(),
            unknown.toString(),
            badJson.toString(),
            badYaml.toString(),
            good.toString());
    assertThat(r.code()).isEqualTo(ExitCode.USAGE_OR_IO);
    List<String> err = r.errLines();
    assertThat(err).hasSize(6);
    assertThat(err.get(0))
        .isEqualTo("plan: " + missing + ": cannot read: no such file or directory");
    assertThat(err.get(1)).isEqualTo("plan: " + directory + ": is a directory, not a plan file");
    assertThat(err.get(2)).isEqualTo("plan: " + underFile + ": cannot read: not a directory");
    assertThat(err.get(3)).contains("cannot tell the format of '" + unknown + "'");
    assertThat(err.get(4)).matches("plan: " + Pattern.quote(badJson.toString()) + ":2:\\d+: .+");
    assertThat(err.get(5)).matches("plan: " + Pattern.quote(badYaml.toString()) + ":\\d+:\\d+: .+");
    assertThat(r.err()).doesNotContain("\tat ");
    assertThat(r.outLines().get(r.outLines().size() - 1))
        .isEqualTo("1 file checked: 0 errors, 0 warnings, 0 infos; 6 files could not be read");
  }

  @Test
  void unreadableWinsOverErrors() throws IOException {
    Result r = Cli.run("validate", planWithAnError().toString(), dir.resolve("gone.md").toString());
    assertThat(r.code()).isEqualTo(ExitCode.USAGE_OR_IO);
  }

  @Test
  void jsonReport() throws IOException {
    Path template = Cli.copy("plan-template.ko.md", dir);
    Path broken = planWithAnError();
    Result text = Cli.run("validate", template.toString(), broken.toString());
    Result r = Cli.run("validate", "--format", "json", template.toString(), broken.toString());
    assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
    JsonNode root = MAPPER.readTree(r.out());
    assertThat(root.get("files")).hasSize(2);
    JsonNode first = root.get("files").get(0);
    assertThat(first.get("file").asString()).isEqualTo(template.toString());
    assertThat(first.get("format").asString()).isEqualTo("markdown");
    int diagnostics =
        root.get("files").get(0).get("diagnostics").size()
            + root.get("files").get(1).get("diagnostics").size();
    assertThat(diagnostics).isEqualTo(text.outLines().size() - 1);
    JsonNode d = first.get("diagnostics").get(0);
    assertThat(d.get("severity").asString()).isIn("error", "warning", "info");
    assertThat(d.get("code").asString()).startsWith("PLAN-");
    JsonNode summary = root.get("summary");
    assertThat(summary.get("errors").asInt()).isEqualTo(1);
    assertThat(summary.get("passed").asBoolean()).isFalse();
  }

  @Test
  void jsonReportNamesFilesThatCouldNotBeRead() {
    Result r = Cli.run("validate", "--format", "json", dir.resolve("gone.md").toString());
    assertThat(r.code()).isEqualTo(ExitCode.USAGE_OR_IO);
    JsonNode file = MAPPER.readTree(r.out()).get("files").get(0);
    assertThat(file.get("error").asString()).contains("no such file or directory");
    assertThat(r.errLines()).hasSize(1);
  }

  @Test
  void sarifOfEverySampleValidatesAgainstTheSarifSchema() throws IOException {
    List<String> args = new ArrayList<>(List.of("validate", "--format", "sarif"));
    Cli.SAMPLES.forEach(s -> args.add(Cli.copy(s, dir).toString()));
    args.add(planWithAnError().toString());
    Result r = Cli.run(args.toArray(String[]::new));
    assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
    assertThat(validateSarif(r.out())).isEmpty();

    JsonNode root = MAPPER.readTree(r.out());
    assertThat(root.get("version").asString()).isEqualTo("2.1.0");
    JsonNode run = root.get("runs").get(0);
    JsonNode rules = run.get("tool").get("driver").get("rules");
    JsonNode results = run.get("results");
    args.set(2, "text");
    assertThat(results.size())
        .isEqualTo(Cli.run(args.toArray(String[]::new)).outLines().size() - 1);
    for (JsonNode result : results) {
      JsonNode rule = rules.get(result.get("ruleIndex").asInt());
      assertThat(rule.get("id").asString()).isEqualTo(result.get("ruleId").asString());
      assertThat(result.get("level").asString()).isIn("error", "warning", "note");
    }
    assertThat(results)
        .anySatisfy(
            result -> {
              assertThat(result.get("ruleId").asString()).isEqualTo("PLAN-E001");
              JsonNode physical = result.get("locations").get(0).get("physicalLocation");
              assertThat(physical.get("artifactLocation").get("uri").asString())
                  .endsWith("broken-date.ko.md");
              assertThat(physical.get("region").get("startLine").asInt()).isBetween(3, 5);
            });
    assertThat(run.get("invocations").get(0).get("executionSuccessful").asBoolean()).isTrue();
  }

  @Test
  void sarifWithUnreadableFilesAndRelativeAndStandardInputPathsValidates() {
    Result r =
        Cli.runWithInput(
            Cli.sampleText("push-settings.en.md"),
            "validate",
            "--format",
            "sarif",
            "-",
            "no such/계획.md",
            "plan-cli/relative.md");
    assertThat(r.code()).isEqualTo(ExitCode.USAGE_OR_IO);
    assertThat(validateSarif(r.out())).isEmpty();
    JsonNode invocation = MAPPER.readTree(r.out()).get("runs").get(0).get("invocations").get(0);
    assertThat(invocation.get("executionSuccessful").asBoolean()).isFalse();
    JsonNode notes = invocation.get("toolExecutionNotifications");
    assertThat(notes).hasSize(2);
    assertThat(
            notes
                .get(0)
                .get("locations")
                .get(0)
                .get("physicalLocation")
                .get("artifactLocation")
                .get("uri")
                .asString())
        .isEqualTo("no%20such/%EA%B3%84%ED%9A%8D.md");
  }

  @Test
  void sarifUris() {
    assertThat(SarifReport.uri("-")).isEqualTo("stdin");
    assertThat(SarifReport.uri("plans/a b.md")).isEqualTo("plans/a%20b.md");
    assertThat(SarifReport.uri("./plans/../a.md")).isEqualTo("a.md");
    assertThat(SarifReport.uri("c:plan.md")).isEqualTo("./c:plan.md");
    assertThat(SarifReport.uri("/tmp/x.md")).isEqualTo("file:///tmp/x.md");
  }
}
