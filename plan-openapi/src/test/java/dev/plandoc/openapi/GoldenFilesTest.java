package dev.plandoc.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The whole output for two plans, byte for byte: a sample in YAML and a wild plan in JSON. To
 * accept a deliberate change, run with {@code -Dplandoc.golden.update=true} and review the diff.
 */
class GoldenFilesTest {
  @ParameterizedTest
  @CsvSource({
    "plans/ocr-receipt.ko.md, golden/ocr-receipt.openapi.yaml, YAML",
    "wild/coupon-first-come.ko.md, golden/coupon-first-come.openapi.json, JSON"
  })
  void theDocumentIsTheGoldenFile(String plan, String golden, OpenApiSyntax syntax)
      throws IOException {
    String text = OpenApiWriter.builder().syntax(syntax).build().write(Corpus.plan(plan)).text();
    if (Boolean.getBoolean("plandoc.golden.update")) {
      Files.writeString(Path.of("src/test/resources", golden), text);
    }
    assertThat(text).isEqualTo(Corpus.text(golden));
  }
}
