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
  static final List<String> ALL =
      List.of(TEMPLATE, "ocr-receipt.ko.md", "push-settings.en.md", "user-auth.llm-drift.ko.md");

  private Plans() {}

  static String text(String name) {
    return resource("/plans/" + name);
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
