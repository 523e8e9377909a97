package dev.plandoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plandoc.cli.Cli.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class GetCommandTest {
  @TempDir Path dir;

  static java.util.stream.Stream<String> samples() {
    return Cli.SAMPLES.stream();
  }

  @Test
  void aStringIsPrintedAsPlainText() {
    Path md = Cli.copy("ocr-receipt.ko.md", dir);
    Result r = Cli.run("get", md.toString(), "/title");
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("OCR 영수증 인증\n");
    assertThat(r.err()).isEmpty();
    assertThat(Cli.get(md, "/apiDesign/endpoints/0/path"))
        .isEqualTo("/api/v1/receipts/upload-urls");
  }

  @Test
  void anythingElseIsPrintedAsJsonInTheWritersStyle() {
    Path md = Cli.copy("ocr-receipt.ko.md", dir);
    assertThat(Cli.run("get", md.toString(), "/testing/integration/coverageTarget").out())
        .isEqualTo("80\n");
    assertThat(Cli.run("get", md.toString(), "/risks/risks/0/probability").out())
        .isEqualTo("{\n  \"value\": \"MEDIUM\",\n  \"text\": \"Medium\"\n}\n");
    assertThat(Cli.run("get", md.toString(), "/nextSteps/steps/0").out())
        .isEqualTo("{\n  \"text\": \"SPEC 재검토 및 승인\"\n}\n");
    assertThat(Cli.run("get", md.toString(), "/apiDesign/endpoints/0/responses/0/status").out())
        .isEqualTo("200\n");
  }

  @Test
  void jsonPrintsAStringQuoted() {
    Path md = Cli.copy("ocr-receipt.ko.md", dir);
    assertThat(Cli.run("get", "--json", md.toString(), "/title").out())
        .isEqualTo("\"OCR 영수증 인증\"\n");
  }

  @ParameterizedTest
  @MethodSource("samples")
  void withoutAPointerTheWholePlanIsWhatConvertToJsonPrints(String sample) {
    Path md = Cli.copy(sample, dir);
    Result r = Cli.run("get", md.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo(Cli.run("convert", md.toString(), "--to", "json").out());
    assertThat(Cli.run("get", md.toString(), "").out()).isEqualTo(r.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"plan.json", "plan.yaml"})
  void jsonAndYamlFilesGiveTheSameValuesAsTheirMarkdown(String name) {
    Path md = Cli.copy("push-settings.en.md", dir);
    Path other = dir.resolve(name);
    assertThat(Cli.run("convert", md.toString(), "-o", other.toString()).code()).isZero();
    for (String pointer : new String[] {"", "/title", "/metadata", "/risks/risks/1/impact"}) {
      assertThat(Cli.run("get", other.toString(), pointer).out())
          .as(pointer)
          .isEqualTo(Cli.run("get", md.toString(), pointer).out());
    }
  }

  @Test
  void standardInputIsReadAsMarkdownOrAsFromSays() throws IOException {
    Path md = Cli.copy("push-settings.en.md", dir);
    String title = Cli.get(md, "/title");
    assertThat(Cli.runWithInput(Files.readString(md), "get", "-", "/title").out())
        .isEqualTo(title + "\n");
    String yaml = Cli.run("convert", md.toString(), "--to", "yaml").out();
    assertThat(Cli.runWithInput(yaml, "get", "--from", "yaml", "-", "/title").out())
        .isEqualTo(title + "\n");
  }

  @Test
  void aPointerThatNamesNothingIsOneLineAndExitsTwo() {
    Path md = Cli.copy("ocr-receipt.ko.md", dir);
    Result r = Cli.run("get", md.toString(), "/risks/risks/3/title");
    assertThat(r.code()).isEqualTo(ExitCode.USAGE_OR_IO);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines())
        .containsExactly(
            "plan: "
                + md
                + ": no such value: /risks/risks has 3 items, so there is no item 3 (at"
                + " /risks/risks/3/title)");
    assertThat(Cli.run("get", md.toString(), "/metadata/owner").err())
        .isEqualTo(
            "plan: "
                + md
                + ": no such value: /metadata has no property \"owner\" (at /metadata/owner)\n");
  }

  @Test
  void textThatIsNoPointerIsAUsageError() {
    Path md = Cli.copy("ocr-receipt.ko.md", dir);
    Result r = Cli.run("get", md.toString(), "title");
    assertThat(r.code()).isEqualTo(ExitCode.USAGE_OR_IO);
    assertThat(r.errLines())
        .containsExactly(
            "plan: not a JSON Pointer: 'title' (a pointer is empty for the whole plan or starts"
                + " with /, as in /title)");
  }

  @Test
  void aMissingFileIsOneLineWithoutAStackTrace() {
    Result r = Cli.run("get", dir.resolve("gone.md").toString(), "/title");
    assertThat(r.code()).isEqualTo(ExitCode.USAGE_OR_IO);
    assertThat(r.errLines())
        .containsExactly(
            "plan: " + dir.resolve("gone.md") + ": cannot read: no such file or directory");
  }
}
