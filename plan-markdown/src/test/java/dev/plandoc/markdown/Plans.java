package dev.plandoc.markdown;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The template and the sample corpus, copied into test resources. */
final class Plans {
  static final String TEMPLATE = "plan-template.ko.md";
  static final List<String> CORPUS =
      List.of("ocr-receipt.ko.md", "push-settings.en.md", "user-auth.llm-drift.ko.md");

  /**
   * The wild corpus: plans in the shapes agents write, with answer keys (see WildCorpusScoreTest).
   */
  static final List<String> WILD =
      List.of(
          "wild/coupon-first-come.ko.md",
          "wild/feature-flag-service.en.md",
          "wild/gym-gx-booking.ko.md",
          "wild/pet-clinic-records.ko.md",
          "wild/shared-photo-albums.en.md",
          "wild/wiki-search.ko.md");

  /** The template and the template-shaped corpus. */
  static final List<String> TEMPLATE_SHAPED =
      List.of(TEMPLATE, "ocr-receipt.ko.md", "push-settings.en.md", "user-auth.llm-drift.ko.md");

  static final List<String> ALL =
      List.of(
          TEMPLATE,
          "ocr-receipt.ko.md",
          "push-settings.en.md",
          "user-auth.llm-drift.ko.md",
          WILD.get(0),
          WILD.get(1),
          WILD.get(2),
          WILD.get(3),
          WILD.get(4),
          WILD.get(5));

  private Plans() {}

  /** A sample by name: {@code x.md} in {@code /plans}, {@code wild/x.md} in {@code /wild}. */
  static String text(String name) {
    return resource(name.contains("/") ? "/" + name : "/plans/" + name);
  }

  static String golden(String name) {
    return resource("/golden/" + name);
  }

  /** A test resource as UTF-8 text, by its absolute resource name. */
  static String resourceText(String name) {
    return resource(name);
  }

  private static String resource(String name) {
    try (InputStream in = Plans.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test plan " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
