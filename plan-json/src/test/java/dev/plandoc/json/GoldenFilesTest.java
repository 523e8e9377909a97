package dev.plandoc.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The template's JSON and YAML are checked in; any change to the shape shows as a diff. To accept a
 * deliberate change, run with {@code -Dgolden.update=true} and review the diff.
 */
class GoldenFilesTest {
  static final Path DIR = Path.of("src/test/resources/golden");

  @Test
  void templateJsonMatchesGoldenFileByteForByte() throws IOException {
    check("template.ko.json", RoundTrips.JSON_WRITER.write(TemplatePlan.plan()));
  }

  @Test
  void templateYamlMatchesGoldenFileByteForByte() throws IOException {
    check("template.ko.yaml", RoundTrips.YAML_WRITER.write(TemplatePlan.plan()));
  }

  @Test
  void goldenFilesReadBackToTheTemplatePlan() throws IOException {
    assertThat(RoundTrips.JSON_READER.read(DIR.resolve("template.ko.json")).plan())
        .isEqualTo(TemplatePlan.plan());
    assertThat(RoundTrips.YAML_READER.read(DIR.resolve("template.ko.yaml")).plan())
        .isEqualTo(TemplatePlan.plan());
  }

  private static void check(String name, String actual) throws IOException {
    Path file = DIR.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(DIR);
      Files.write(file, actual.getBytes(StandardCharsets.UTF_8));
    }
    byte[] expected = Files.readAllBytes(file);
    assertThat(actual.getBytes(StandardCharsets.UTF_8))
        .as("%s differs from the writer's output:%n%s", file, actual)
        .isEqualTo(expected);
  }
}
