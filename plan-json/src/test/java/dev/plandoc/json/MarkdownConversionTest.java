package dev.plandoc.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plandoc.markdown.MarkdownPlanReader;
import dev.plandoc.markdown.MarkdownPlanWriter;
import dev.plandoc.model.Language;
import dev.plandoc.model.Plan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Markdown converts to JSON and YAML and back without losing a byte, for the template, the sample
 * corpus, a drifted plan, the wild corpus (plans in the shapes agents write, with views) and plans
 * whose section order, heading numbers, keys and code a canonical writer must keep (the author's
 * words travel in {@code labels} and {@code sectionOrder}); the JSON the writer produces for them
 * validates against the schema.
 */
class MarkdownConversionTest {
  static final List<String> PLANS =
      Stream.concat(
              Stream.of(
                  "plan-template.ko.md",
                  "ocr-receipt.ko.md",
                  "push-settings.en.md",
                  "user-auth.llm-drift.ko.md",
                  "mixed-drift.md",
                  "wild/coupon-first-come.ko.md",
                  "wild/feature-flag-service.en.md",
                  "wild/gym-gx-booking.ko.md",
                  "wild/pet-clinic-records.ko.md",
                  "wild/shared-photo-albums.en.md",
                  "wild/wiki-search.ko.md"),
              canonical())
          .toList();

  /** The plans of the folder {@code canonical}: the Markdown module's own, copied. */
  private static Stream<String> canonical() {
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/canonical"))) {
      return files.map(f -> "canonical/" + f.getFileName()).sorted().toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final MarkdownPlanReader MD_READER = MarkdownPlanReader.builder().build();
  private static final MarkdownPlanWriter MD_WRITER = MarkdownPlanWriter.builder().build();

  static String text(String name) {
    try (InputStream in =
        MarkdownConversionTest.class.getResourceAsStream(
            name.contains("/") ? "/" + name : "/plans/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Plan read(String name) {
    return MD_READER.read(text(name)).plan();
  }

  @ParameterizedTest
  @FieldSource("PLANS")
  void markdownToJsonToMarkdownIsByteIdenticalToMarkdownToMarkdown(String name) {
    Plan plan = read(name);
    String direct = MD_WRITER.write(plan);
    String json = RoundTrips.JSON_WRITER.write(plan);
    Plan back = RoundTrips.JSON_READER.read(json).plan();
    assertThat(back).isEqualTo(plan);
    assertThat(MD_WRITER.write(back)).isEqualTo(direct);
  }

  @ParameterizedTest
  @FieldSource("PLANS")
  void markdownToYamlToMarkdownIsByteIdenticalToMarkdownToMarkdown(String name) {
    Plan plan = read(name);
    String direct = MD_WRITER.write(plan);
    String yaml = RoundTrips.YAML_WRITER.write(plan);
    Plan back = RoundTrips.YAML_READER.read(yaml).plan();
    assertThat(back).isEqualTo(plan);
    assertThat(MD_WRITER.write(back)).isEqualTo(direct);
  }

  @ParameterizedTest
  @FieldSource("PLANS")
  void markdownToJsonToMarkdownInTheOtherLanguageEqualsTheDirectTranslation(String name) {
    Plan plan = read(name);
    MarkdownPlanWriter other =
        MarkdownPlanWriter.builder()
            .language(plan.language() == Language.KOREAN ? Language.ENGLISH : Language.KOREAN)
            .build();
    Plan back = RoundTrips.JSON_READER.read(RoundTrips.JSON_WRITER.write(plan)).plan();
    assertThat(other.write(back)).isEqualTo(other.write(plan));
  }

  @ParameterizedTest
  @FieldSource("PLANS")
  void compactJsonOfTheSamplesRoundTrips(String name) {
    RoundTrips.assertCompactJsonRoundTrip(read(name));
  }

  @ParameterizedTest
  @FieldSource("PLANS")
  void jsonOfTheSamplesValidatesAgainstTheShippedSchema(String name) {
    String json = RoundTrips.JSON_WRITER.write(read(name));
    assertThat(SchemaTest.validate(json)).as(json).isEmpty();
  }
}
