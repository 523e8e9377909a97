package dev.plandoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plandoc.cli.Cli.Result;
import dev.plandoc.model.Plan;
import dev.plandoc.model.format.PlanFormats;
import dev.plandoc.openapi.OpenApiSyntax;
import dev.plandoc.openapi.OpenApiWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code plan convert --to openapi}: YAML, JSON by the output's extension, standard output. */
class ConvertOpenApiTest {
  @TempDir Path dir;

  /** What the Java API writes for the sample. */
  private static String expected(String sample, OpenApiSyntax syntax) {
    Plan plan = PlanFormats.load().require("markdown").reader().read(Cli.sampleText(sample)).plan();
    return OpenApiWriter.builder().syntax(syntax).build().write(plan).text();
  }

  @ParameterizedTest
  @CsvSource({
    "ocr-receipt.ko.md, openapi.yaml, YAML, 'openapi: \"3.1.0\"'",
    "push-settings.en.md, api.json, JSON, '{'",
    "push-settings.en.md, api.yml, YAML, 'openapi: '"
  })
  void theOutputFilesExtensionChoosesYamlOrJson(
      String sample, String file, OpenApiSyntax syntax, String start) throws IOException {
    Path in = Cli.copy(sample, dir);
    Path out = dir.resolve(file);
    Result r = Cli.run("convert", in.toString(), "--to", "openapi", "-o", out.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(Files.readString(out)).isEqualTo(expected(sample, syntax)).startsWith(start);
  }

  @Test
  void standardOutputGetsYaml() {
    Path in = Cli.copy("ocr-receipt.ko.md", dir);
    Result r = Cli.run("convert", in.toString(), "--to", "openapi", "-o", "-");
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo(expected("ocr-receipt.ko.md", OpenApiSyntax.YAML));
    assertThat(Cli.run("convert", in.toString(), "--to", "openapi").out()).isEqualTo(r.out());
  }

  @Test
  void withoutToAYamlOutputIsStillThePlansOwnYaml() throws IOException {
    Path in = Cli.copy("ocr-receipt.ko.md", dir);
    Path out = dir.resolve("plan.yaml");
    assertThat(Cli.run("convert", in.toString(), "-o", out.toString()).code()).isZero();
    assertThat(Files.readString(out)).doesNotContain("openapi:").contains("apiDesign");
  }

  @Test
  void readingOpenApiIsAOneLineErrorWithExitCode2() throws IOException {
    Path api = dir.resolve("openapi.yaml");
    Files.writeString(api, "openapi: \"3.1.0\"\n");
    Result r = Cli.run("convert", api.toString(), "--from", "openapi", "--to", "json");
    assertThat(r.code()).isEqualTo(ExitCode.USAGE_OR_IO);
    assertThat(r.errLines())
        .containsExactly("plan: the openapi format is write-only: plans cannot be read from it");
    Result validate = Cli.run("validate", api.toString(), "--from", "openapi");
    assertThat(validate.code()).isEqualTo(ExitCode.USAGE_OR_IO);
    assertThat(validate.errLines()).hasSize(1).first().asString().contains("write-only");
  }
}
