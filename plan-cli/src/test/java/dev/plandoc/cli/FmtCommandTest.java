package dev.plandoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plandoc.cli.Cli.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FmtCommandTest {
  @TempDir Path dir;

  static Stream<String> samples() {
    return Cli.SAMPLES.stream();
  }

  /**
   * A plan in a non-canonical layout: a byte order mark, CRLF line breaks, extra blank lines before
   * its sections and at the end. Layout only: the words, numbers and code are the sample's.
   */
  static byte[] messy(String sample) {
    String text =
        "\uFEFF"
            + Cli.sampleText(sample).replace("\n## ", "\n\n\n## ").replace("\n", "\r\n")
            + "\r\n\r\n";
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private List<String> filesIn(Path d) {
    return Cli.filesIn(d);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void canonicalPlansAreLeftUntouched(String sample) throws IOException {
    Path in = Cli.copy(sample, dir);
    FileTime old = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(in, old);
    Result r = Cli.run("fmt", in.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(Files.readAllBytes(in)).isEqualTo(Cli.sample(sample));
    assertThat(Files.getLastModifiedTime(in)).isEqualTo(old);
    assertThat(Cli.run("fmt", "--check", in.toString()).code()).isZero();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void messyPlansAreRewrittenInCanonicalForm(String sample) throws IOException {
    Path in = Files.write(dir.resolve(sample), messy(sample));
    Result r = Cli.run("fmt", in.toString());
    assertThat(r.code()).isZero();
    assertThat(r.outLines()).containsExactly("formatted " + in);
    assertThat(Files.readAllBytes(in)).isEqualTo(Cli.sample(sample));
    assertThat(filesIn(dir)).containsExactly(sample);
  }

  @Test
  void checkChangesNothingAndNamesTheFilesThatWouldChange() throws IOException {
    Path messy = Files.write(dir.resolve("messy.md"), messy("ocr-receipt.ko.md"));
    Path clean = Cli.copy("push-settings.en.md", dir);
    Result r = Cli.run("fmt", "--check", messy.toString(), clean.toString());
    assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
    assertThat(r.outLines()).containsExactly("would reformat " + messy);
    assertThat(Files.readAllBytes(messy)).isEqualTo(messy("ocr-receipt.ko.md"));
  }

  /** Out of the template's order, an unnumbered heading, a Korean key, a trailing space in code. */
  private static final String AUTHORS =
      "# logfold\n\n"
          + "## Risks\n\n"
          + "### Risk 1: Disk fills up\n"
          + "- **확률**: High\n\n"
          + "## Technology Stack\n\n"
          + "| Area | Technology | Reason |\n"
          + "|---|---|---|\n"
          + "| Storage | SQLite | one file |\n\n"
          + "## 3. API\n\n"
          + "### Endpoint 1: Append\n"
          + "```\n"
          + "POST /v1/lines\n\n"
          + "Response (200):\n"
          + "{ \"ok\": true } \n"
          + "```\n";

  @Test
  void fmtChangesTheLayoutOnlyKeepingWordsNumbersOrderAndCode() throws IOException {
    Path in = Files.writeString(dir.resolve("authors.md"), AUTHORS.replace("\n", "\r\n"));
    Result r = Cli.run("fmt", in.toString());
    assertThat(r.code()).as(r.err()).isZero();
    // The layout only: a delimiter row as wide as its header, '---' between sections, LF.
    assertThat(Files.readString(in))
        .isEqualTo(
            AUTHORS
                .replace("|---|---|---|", "|------|------------|--------|")
                .replace("\n\n## Technology", "\n\n---\n\n## Technology")
                .replace("\n\n## 3. API", "\n\n---\n\n## 3. API"));
    assertThat(Cli.run("fmt", "--check", in.toString()).code()).isZero();
  }

  @Test
  void languageOptionTranslatesTheTemplatesWordsOnlyKeepingNumbersAndTheAuthorsWords()
      throws IOException {
    Path in =
        Files.writeString(
            dir.resolve("ko.md"),
            "# PLAN: 예약\n\n## 기술 스택 선정\n\n## 7. 보안 설계 및 권한\n\n"
                + "## 12. 비용 예측\n\n| 항목 | 월 비용 | 비고 |\n|---|---|---|\n| RDS | $1 | x |\n");
    Result r = Cli.run("fmt", "--lang", "en", in.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(in))
        .contains("\n## Technology Stack\n")
        .contains("\n## 7. 보안 설계 및 권한\n")
        .contains("\n## 12. Cost Estimate\n")
        .contains("| Item | Monthly Cost | 비고 |");
  }

  @Test
  void languageOptionRewritesHeadingsAndBack() throws IOException {
    Path in = Cli.copy("ocr-receipt.ko.md", dir);
    assertThat(Cli.run("fmt", "--lang", "en", in.toString()).code()).isZero();
    assertThat(Files.readString(in)).contains("## 1. Technology Stack");
    assertThat(Cli.run("fmt", "--lang", "ko", in.toString()).code()).isZero();
    assertThat(Files.readAllBytes(in)).isEqualTo(Cli.sample("ocr-receipt.ko.md"));
  }

  @Test
  void jsonAndYamlAreRewrittenInTheirOwnFormat() throws IOException {
    Path json = dir.resolve("plan.json");
    Cli.run("convert", Cli.copy("push-settings.en.md", dir).toString(), "-o", json.toString());
    String canonical = Files.readString(json);
    Files.writeString(json, canonical.replace("\n", "\n\n  "));
    Result r = Cli.run("fmt", json.toString());
    assertThat(r.code()).isZero();
    assertThat(Files.readString(json)).isEqualTo(canonical);
  }

  @Test
  void standardInputToStandardOutput() {
    Result r = Cli.runWithInput(messy("push-settings.en.md"), false, "fmt", "-");
    assertThat(r.code()).isZero();
    assertThat(r.stdout()).isEqualTo(Cli.sample("push-settings.en.md"));
    Result check = Cli.runWithInput(messy("push-settings.en.md"), false, "fmt", "--check", "-");
    assertThat(check.code()).isEqualTo(ExitCode.FINDINGS);
    assertThat(check.out()).isEmpty();
  }

  @Test
  void malformedInputLeavesTheFileByteIdentical() throws IOException {
    byte[] notUtf8 =
        "# PLAN: x\n\n## 15. 다음 단계\n\n1. caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    Path md = Files.write(dir.resolve("latin1.md"), notUtf8);
    Result r = Cli.run("fmt", md.toString());
    assertThat(r.code()).isEqualTo(ExitCode.USAGE_OR_IO);
    assertThat(r.errLines())
        .containsExactly(
            "plan: " + md + ":5:7: not UTF-8 (byte 0xE9 at offset 31); plans are read as UTF-8");
    assertThat(Files.readAllBytes(md)).isEqualTo(notUtf8);

    byte[] badJson = "{\"schemaVersion\": 1,\n \"title\": }".getBytes(StandardCharsets.UTF_8);
    Path json = Files.write(dir.resolve("bad.json"), badJson);
    Result j = Cli.run("fmt", json.toString());
    assertThat(j.code()).isEqualTo(ExitCode.USAGE_OR_IO);
    assertThat(j.err()).startsWith("plan: " + json + ":2:");
    assertThat(Files.readAllBytes(json)).isEqualTo(badJson);

    byte[] badYaml = "title: [x\n".getBytes(StandardCharsets.UTF_8);
    Path yaml = Files.write(dir.resolve("bad.yaml"), badYaml);
    assertThat(Cli.run("fmt", yaml.toString()).code()).isEqualTo(ExitCode.USAGE_OR_IO);
    assertThat(Files.readAllBytes(yaml)).isEqualTo(badYaml);
    assertThat(filesIn(dir)).containsExactly("bad.json", "bad.yaml", "latin1.md");
  }

  @Test
  void aFailedWriteLeavesTheFileByteIdentical() throws IOException {
    // The file's name is legal, but the temporary file beside it (".NAME.<random>.tmp") would be
    // longer than the 255 bytes a file name may have: the write fails, even for root.
    String name = "p".repeat(240) + ".md";
    Path in = Files.write(dir.resolve(name), messy("ocr-receipt.ko.md"));
    Result r = Cli.run("fmt", in.toString());
    assertThat(r.code()).isEqualTo(ExitCode.USAGE_OR_IO);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err()).contains(name + ": cannot write: file name too long");
    assertThat(Files.readAllBytes(in)).isEqualTo(messy("ocr-receipt.ko.md"));
    assertThat(filesIn(dir)).containsExactly(name);
  }

  @Test
  void aFailingFileDoesNotStopTheOthers() throws IOException {
    Path messy = Files.write(dir.resolve("messy.md"), messy("push-settings.en.md"));
    Result r = Cli.run("fmt", dir.resolve("gone.md").toString(), messy.toString());
    assertThat(r.code()).isEqualTo(ExitCode.USAGE_OR_IO);
    assertThat(r.errLines())
        .containsExactly(
            "plan: " + dir.resolve("gone.md") + ": cannot read: no such file or directory",
            "plan: 1 of 2 files not formatted");
    assertThat(Files.readAllBytes(messy)).isEqualTo(Cli.sample("push-settings.en.md"));
  }

  @Test
  void keepsPermissionsAndFollowsLinks() throws IOException {
    Path real = Files.write(dir.resolve("real.md"), messy("push-settings.en.md"));
    Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-rw----"));
    Path link = Files.createSymbolicLink(dir.resolve("link.md"), real.getFileName());
    assertThat(Cli.run("fmt", link.toString()).code()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readAllBytes(real)).isEqualTo(Cli.sample("push-settings.en.md"));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(real)))
        .isEqualTo("rw-rw----");
  }

  @Test
  void directoryAndUnknownExtension() throws IOException {
    Path d = Files.createDirectory(dir.resolve("plans.md"));
    assertThat(Cli.run("fmt", d.toString()).err())
        .isEqualTo("plan: " + d + ": is a directory, not a plan file\n");
    Path txt = Files.writeString(dir.resolve("plan.txt"), "# PLAN: x\n");
    Result r = Cli.run("fmt", txt.toString());
    assertThat(r.code()).isEqualTo(ExitCode.USAGE_OR_IO);
    assertThat(r.err()).contains("cannot tell the format");
    assertThat(Files.readString(txt)).isEqualTo("# PLAN: x\n");
  }
}
