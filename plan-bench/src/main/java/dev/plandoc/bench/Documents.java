package dev.plandoc.bench;

import dev.plandoc.markdown.MarkdownPlanReader;
import dev.plandoc.markdown.MarkdownPlanWriter;
import dev.plandoc.model.Plan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The documents the benchmarks run on: the template, the three template-shaped corpus plans, two
 * plans of the wild corpus (agent-written, far from the template's shape) and a large plan.
 */
public final class Documents {
  /** The names accepted by {@link #markdown(String)}, as the benchmarks' {@code doc} parameter. */
  public static final List<String> NAMES =
      List.of(
          "template",
          "ocr-receipt",
          "push-settings",
          "user-auth-drift",
          "wild-wiki-search",
          "wild-feature-flags",
          "large");

  private Documents() {}

  /** The Markdown text of a document. */
  public static String markdown(String name) {
    switch (name) {
      case "template":
        return resource("template.ko.md");
      case "ocr-receipt":
        return resource("ocr-receipt.ko.md");
      case "push-settings":
        return resource("push-settings.en.md");
      case "user-auth-drift":
        return resource("user-auth.llm-drift.ko.md");
      case "wild-wiki-search":
        return resource("wiki-search.ko.md");
      case "wild-feature-flags":
        return resource("feature-flag-service.en.md");
      case "large":
        return MarkdownPlanWriter.builder().build().write(LargePlan.plan(base()));
      default:
        throw new IllegalArgumentException("unknown document: " + name);
    }
  }

  /** The plan the large plan borrows its small sections from: the OCR receipt corpus plan. */
  static Plan base() {
    return MarkdownPlanReader.builder().build().read(resource("ocr-receipt.ko.md")).plan();
  }

  private static String resource(String file) {
    try (InputStream in = Documents.class.getResourceAsStream("plans/" + file)) {
      if (in == null) {
        throw new IllegalStateException("missing resource plans/" + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
