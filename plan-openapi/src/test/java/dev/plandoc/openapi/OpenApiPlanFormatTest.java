package dev.plandoc.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plandoc.model.Plan;
import dev.plandoc.model.format.PlanFormat;
import dev.plandoc.model.format.PlanFormats;
import dev.plandoc.model.format.ReadOptions;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OpenApiPlanFormatTest {
  private static final PlanFormats FORMATS = PlanFormats.load();

  @Test
  void theFormatIsFoundByNameAndIsWriteOnly() {
    PlanFormat openapi = FORMATS.require("openapi");
    assertThat(openapi).isInstanceOf(OpenApiPlanFormat.class);
    assertThat(openapi.canRead()).isFalse();
    assertThat(openapi.mediaType()).isEqualTo("application/yaml");
    assertThatThrownBy(() -> openapi.reader(ReadOptions.LENIENT))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("write-only");
  }

  @Test
  void anExtensionNeverPicksTheWriteOnlyFormat() {
    assertThat(FORMATS.findByExtension("yaml")).isEmpty();
    assertThat(FORMATS.findByExtension("json")).isEmpty();
    assertThatThrownBy(() -> FORMATS.forPath(Path.of("openapi.yaml")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("openapi (write-only: .yaml, .yml, .json)");
  }

  @Test
  void theOutputsExtensionChoosesTheSyntax() {
    PlanFormat openapi = FORMATS.require("openapi");
    Plan plan = Plan.builder().title("Notes").build();
    PlanFormat json = openapi.forFileExtension("JSON");
    assertThat(json.mediaType()).isEqualTo("application/json");
    assertThat(json.fileExtensions()).first().isEqualTo("json");
    assertThat(json.writer().write(plan)).startsWith("{\n  \"openapi\": \"3.1.0\"");
    assertThat(openapi.forFileExtension("yml").writer().write(plan))
        .startsWith("openapi: \"3.1.0\"");
    assertThat(openapi.forFileExtension("txt")).isSameAs(openapi);
    assertThat(openapi.writer().write(plan))
        .isEqualTo(OpenApiWriter.builder().build().write(plan).text());
  }
}
