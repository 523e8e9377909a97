package dev.plandoc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.plandoc.cli.Cli.Result;
import dev.plandoc.model.Language;
import dev.plandoc.model.Plan;
import dev.plandoc.model.format.PlanFormats;
import dev.plandoc.model.format.WriteOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ConvertCommandTest {
  static final PlanFormats FORMATS = PlanFormats.load();

  @TempDir Path dir;

  static Stream<String> samples() {
    return Cli.SAMPLES.stream();
  }

  static Plan read(String format, String text) {
    return FORMATS.require(format).reader().read(text).plan();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void markdownToYamlOnStandardOutputIsWhatTheYamlWriterWrites(String sample) {
    Path in = Cli.copy(sample, dir);
    Result r = Cli.run("convert", in.toString(), "--to", "yaml");
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    Plan plan = read("markdown", Cli.sampleText(sample));
    assertThat(r.out()).isEqualTo(FORMATS.require("yaml").writer().write(plan));
  }

  @ParameterizedTest
  @MethodSource("samples")
  void markdownToJsonToYamlToMarkdownThroughFilesIsByteIdentical(String sample) throws IOException {
    Path md = Cli.copy(sample, dir);
    Path json = dir.resolve("plan.json");
    Path yaml = dir.resolve("plan.yml");
    Path back = dir.resolve("back.md");
    assertThat(Cli.run("convert", md.toString(), "-o", json.toString()).code()).isZero();
    assertThat(Cli.run("convert", json.toString(), "-o", yaml.toString()).code()).isZero();
    assertThat(Cli.run("convert", yaml.toString(), "-o", back.toString()).code()).isZero();
    assertThat(Files.readString(json)).startsWith("{");
    assertThat(Files.readAllBytes(back)).isEqualTo(Cli.sample(sample));
  }

  @Test
  void standardInputToStandardOutput() {
    String md = Cli.sampleText("ocr-receipt.ko.md");
    Result json = Cli.runWithInput(md, "convert", "-", "--to", "json");
    assertThat(json.code()).isZero();
    assertThat(read("json", json.out())).isEqualTo(read("markdown", md));

    Result back =
        Cli.runWithInput(json.out(), "convert", "--from", "json", "-", "-o", "-", "--to", "md");
    assertThat(back.code()).as("a format's extension names it too").isZero();
    assertThat(back.out()).isEqualTo(md);
  }

  @Test
  void languageOptionWritesEnglishHeadings() {
    Path in = Cli.copy("ocr-receipt.ko.md", dir);
    Result r = Cli.run("convert", in.toString(), "--to", "markdown", "--lang", "en");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("## 1. Technology Stack").doesNotContain("## 1. 기술 스택 선정");
    Plan english = read("markdown", r.out());
    assertThat(english.language()).isEqualTo(Language.ENGLISH);
    assertThat(english.title())
        .isEqualTo(read("markdown", Cli.sampleText("ocr-receipt.ko.md")).title());
    String viaWriter =
        FORMATS
            .require("markdown")
            .writer(WriteOptions.defaults().withLanguage(Language.ENGLISH))
            .write(read("markdown", Cli.sampleText("ocr-receipt.ko.md")));
    assertThat(r.out()).isEqualTo(viaWriter);
  }

  @Test
  void severalInputsGoToADirectoryNamedAfterTheirInputs() throws IOException {
    Path plans = Files.createDirectory(dir.resolve("plans"));
    for (String sample : Cli.SAMPLES) {
      Cli.copy(sample, plans);
    }
    Path out = dir.resolve("out");
    String[] args =
        Stream.concat(
                Stream.of("convert", "--to", "yaml", "-o", out.toString()),
                Cli.SAMPLES.stream().map(s -> plans.resolve(s).toString()))
            .toArray(String[]::new);
    Result r = Cli.run(args);
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).as("no progress line off a terminal").isEmpty();
    for (String sample : Cli.SAMPLES) {
      String name = sample.substring(0, sample.length() - ".md".length()) + ".yaml";
      assertThat(read("yaml", Files.readString(out.resolve(name))))
          .isEqualTo(read("markdown", Cli.sampleText(sample)));
    }
  }

  @Test
  void aProgressLineOnlyOnATerminal() {
    Path a = Cli.copy("ocr-receipt.ko.md", dir);
    Path b = Cli.copy("push-settings.en.md", dir);
    Path out = dir.resolve("out");
    Result r =
        Cli.runWithInput(
            new byte[0],
            true,
            "convert",
            a.toString(),
            b.toString(),
            "--to",
            "json",
            "-o",
            out.toString());
    assertThat(r.code()).isZero();
    assertThat(r.errLines())
        .containsExactly(
            "[1/2] " + a + " -> " + out.resolve("ocr-receipt.ko.json"),
            "[2/2] " + b + " -> " + out.resolve("push-settings.en.json"));
  }

  @Test
  void severalInputsNeedADirectory() throws IOException {
    Path a = Cli.copy("ocr-receipt.ko.md", dir);
    Path b = Cli.copy("push-settings.en.md", dir);
    Result toStdout = Cli.run("convert", a.toString(), b.toString(), "--to", "json");
    assertThat(toStdout.code()).isEqualTo(ExitCode.USAGE_OR_IO);
    assertThat(toStdout.errLines())
        .containsExactly("plan: several inputs need -o DIR, a directory to write them to");
    Path file = Files.writeString(dir.resolve("out.json"), "{}");
    Result toFile =
        Cli.run("convert", a.toString(), b.toString(), "--to", "json", "-o", file.toString());
    assertThat(toFile.code()).isEqualTo(ExitCode.USAGE_OR_IO);
    assertThat(toFile.err()).contains("not a directory");
    assertThat(Files.readString(file)).isEqualTo("{}");
  }

  @Test
  void twoInputsWithTheSameOutputNameAreRefusedBeforeAnythingIsWritten() throws IOException {
    Path a = Cli.copy("ocr-receipt.ko.md", Files.createDirectory(dir.resolve("a")));
    Path b = Cli.copy("ocr-receipt.ko.md", Files.createDirectory(dir.resolve("b")));
    Path out = dir.resolve("out");
    Result r = Cli.run("convert", a.toString(), b.toString(), "--to", "json", "-o", out.toString());
    assertThat(r.code()).isEqualTo(ExitCode.USAGE_OR_IO);
    assertThat(r.err()).contains("would both be written to");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void aFailingInputIsReportedAndTheOthersAreStillConverted() throws IOException {
    Path good = Cli.copy("ocr-receipt.ko.md", dir);
    Path out = dir.resolve("out");
    Result r =
        Cli.run(
            "convert",
            dir.resolve("missing.md").toString(),
            good.toString(),
            "--to",
            "json",
            "-o",
            out.toString());
    assertThat(r.code()).isEqualTo(ExitCode.USAGE_OR_IO);
    assertThat(r.errLines())
        .containsExactly(
            "plan: " + dir.resolve("missing.md") + ": cannot read: no such file or directory",
            "plan: 1 of 2 files not converted");
    assertThat(out.resolve("ocr-receipt.ko.json")).exists();
  }

  @Test
  void missingFile() {
    Result r = Cli.run("convert", dir.resolve("nope.md").toString(), "--to", "json");
    assertThat(r.code()).isEqualTo(ExitCode.USAGE_OR_IO);
    assertThat(r.errLines())
        .containsExactly(
            "plan: " + dir.resolve("nope.md") + ": cannot read: no such file or directory");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void directoryGivenAsFile() throws IOException {
    Path d = Files.createDirectory(dir.resolve("plans.md"));
    Result r = Cli.run("convert", d.toString(), "--to", "json");
    assertThat(r.code()).isEqualTo(ExitCode.USAGE_OR_IO);
    assertThat(r.errLines()).containsExactly("plan: " + d + ": is a directory, not a plan file");
  }

  @Test
  void unreadableFileBecauseItsParentIsAFile() throws IOException {
    Path file = Files.writeString(dir.resolve("file"), "x");
    Path in = file.resolve("plan.md");
    Result r = Cli.run("convert", in.toString(), "--to", "json");
    assertThat(r.code()).isEqualTo(ExitCode.USAGE_OR_IO);
    assertThat(r.errLines()).containsExactly("plan: " + in + ": cannot read: not a directory");
  }

  @Test
  void unreadableFileWithoutPermission() throws IOException {
    Path in = Cli.copy("ocr-receipt.ko.md", dir);
    Files.setPosixFilePermissions(in, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(in), "running as root: every file is readable");
    Result r = Cli.run("convert", in.toString(), "--to", "json");
    assertThat(r.code()).isEqualTo(ExitCode.USAGE_OR_IO);
    assertThat(r.errLines()).containsExactly("plan: " + in + ": cannot read: permission denied");
  }

  @Test
  void unknownExtension() throws IOException {
    Path in = Files.writeString(dir.resolve("plan.txt"), "# PLAN: x\n");
    Result r = Cli.run("convert", in.toString(), "--to", "json");
    assertThat(r.code()).isEqualTo(ExitCode.USAGE_OR_IO);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err())
        .contains("cannot tell the format of '" + in + "' from its extension")
        .contains("name the format with --from");
    Result from = Cli.run("convert", in.toString(), "--from", "markdown", "--to", "json");
    assertThat(from.code()).isZero();
    assertThat(read("json", from.out()).title()).isEqualTo("x");
    Result out =
        Cli.run(
            "convert", in.toString(), "--from", "markdown", "-o", dir.resolve("x.out").toString());
    assertThat(out.code()).isEqualTo(ExitCode.USAGE_OR_IO);
    assertThat(out.err()).contains("name the format with --to");
  }

  @Test
  void unknownTargetFormatNamesTheKnownOnes() {
    Path in = Cli.copy("ocr-receipt.ko.md", dir);
    Result r = Cli.run("convert", in.toString(), "--to", "toml");
    assertThat(r.code()).isEqualTo(ExitCode.USAGE_OR_IO);
    assertThat(r.errLines())
        .containsExactly(
            "plan: unknown format 'toml'; known formats: markdown (.md, .markdown), json (.json),"
                + " yaml (.yaml, .yml), openapi (write-only: .yaml, .yml, .json)");
  }

  @Test
  void noTargetFormatIsAUsageError() {
    Path in = Cli.copy("ocr-receipt.ko.md", dir);
    Result r = Cli.run("convert", in.toString());
    assertThat(r.code()).isEqualTo(ExitCode.USAGE_OR_IO);
    assertThat(r.errLines())
        .containsExactly("plan: say which format to write with --to markdown, json or yaml");
  }

  @Test
  void malformedJsonNamesLineAndColumn() throws IOException {
    Path in =
        Files.writeString(
            dir.resolve("bad.json"), "{\n  \"schemaVersion\": 1,\n  \"title\": ]\n}\n");
    Result r = Cli.run("convert", in.toString(), "--to", "yaml");
    assertThat(r.code()).isEqualTo(ExitCode.USAGE_OR_IO);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err()).startsWith("plan: " + in + ":3:").doesNotContain("\tat ");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void malformedYamlNamesLineAndColumn() throws IOException {
    Path in =
        Files.writeString(
            dir.resolve("bad.yaml"), "schemaVersion: 1\ntitle: [unclosed\nlanguage: ko\n");
    Result r = Cli.run("convert", in.toString(), "--to", "json");
    assertThat(r.code()).isEqualTo(ExitCode.USAGE_OR_IO);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err())
        .matches("(?s)plan: " + java.util.regex.Pattern.quote(in.toString()) + ":\\d+:\\d+: .*");
  }

  @Test
  void anExistingOutputIsKeptWhenTheNewContentCannotBeMade() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"schemaVersion\": 1, ");
    Path out = Files.writeString(dir.resolve("out.yaml"), "old: content\n");
    Result r = Cli.run("convert", bad.toString(), "-o", out.toString());
    assertThat(r.code()).isEqualTo(ExitCode.USAGE_OR_IO);
    assertThat(Files.readString(out)).isEqualTo("old: content\n");

    Path good = Cli.copy("push-settings.en.md", dir);
    assertThat(Cli.run("convert", good.toString(), "-o", out.toString()).code()).isZero();
    assertThat(read("yaml", Files.readString(out)))
        .isEqualTo(read("markdown", Cli.sampleText("push-settings.en.md")));
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void anOutputInAMissingDirectoryIsAOneLineError() {
    Path in = Cli.copy("push-settings.en.md", dir);
    Path out = dir.resolve("no/such/dir/plan.json");
    Result r = Cli.run("convert", in.toString(), "-o", out.toString());
    assertThat(r.code()).isEqualTo(ExitCode.USAGE_OR_IO);
    assertThat(r.errLines())
        .containsExactly("plan: " + out + ": cannot write: no such file or directory");
  }

  @Test
  void newFilesAreReadableByOthersLikeAnyFileAToolCreates() throws IOException {
    Path in = Cli.copy("push-settings.en.md", dir);
    Path out = dir.resolve("plan.json");
    assertThat(Cli.run("convert", in.toString(), "-o", out.toString()).code()).isZero();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
        .isEqualTo("rw-r--r--");
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("\"title\"");
  }
}
