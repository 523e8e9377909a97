package dev.plandoc.openapi;

import dev.plandoc.markdown.MarkdownPlanReader;
import dev.plandoc.model.Plan;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The plans the tests convert: the template and the samples ({@code shared/corpus}, copied to
 * {@code plans/}) and the wild corpus ({@code shared/corpus/wild}, copied to {@code wild/}), as the
 * other modules' tests copy them; and swagger-parser, the independent judge of the output.
 */
final class Corpus {
  /** Every plan of the corpora that has endpoints. */
  static final List<String> WITH_ENDPOINTS =
      List.of(
          "plans/plan-template.ko.md",
          "plans/ocr-receipt.ko.md",
          "plans/push-settings.en.md",
          "plans/user-auth.llm-drift.ko.md",
          "wild/coupon-first-come.ko.md",
          "wild/feature-flag-service.en.md",
          "wild/gym-gx-booking.ko.md",
          "wild/pet-clinic-records.ko.md",
          "wild/shared-photo-albums.en.md",
          "wild/wiki-search.ko.md");

  private static final MarkdownPlanReader READER = MarkdownPlanReader.builder().build();

  private Corpus() {}

  static String text(String resource) {
    try (InputStream in = Corpus.class.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Plan plan(String resource) {
    return READER.read(text(resource)).plan();
  }

  /** What swagger-parser makes of an OpenAPI document (YAML or JSON). */
  static SwaggerParseResult parse(String text) {
    return new OpenAPIV3Parser().readContents(text, null, null);
  }
}
