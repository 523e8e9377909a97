package dev.plandoc.markdown;

import dev.plandoc.markdown.internal.EnclosingFence;
import dev.plandoc.markdown.internal.Source;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

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

  /**
   * Small plans in the shapes that tempt a canonical writer to reword or reorder them: headings
   * without numbers or with numbers of their own, sections out of the template's order, the
   * template's words in the other language, keys in synonyms, tables right under a section heading,
   * code with trailing spaces and blank lines, a title that is no {@code # PLAN:} and none at all
   * (see CanonicalFormTest). Fictional, written for these tests.
   */
  static final List<String> CANONICAL =
      List.of(
          "canonical/feature-toggles-cli.en.md",
          "canonical/invoice-export.en.md",
          "canonical/logfold.en.md",
          "canonical/no-title-notes.ko.md",
          "canonical/parking-permits.ko.md",
          "canonical/sensor-ingest.en.md",
          "canonical/shift-swap.ko.md");

  /** Every plan of the corpora: the samples, the wild and held-out plans, and the above. */
  static final List<String> EVERY =
      java.util.stream.Stream.of(
              ALL,
              List.of("mixed-drift.md"),
              HeldOutScoreTest.HELD_OUT.stream().map(n -> "heldout/" + n + ".md").toList(),
              CANONICAL)
          .flatMap(List::stream)
          .toList();

  private static final Parser PARSER =
      Parser.builder()
          .extensions(List.of(TablesExtension.create()))
          .includeSourceSpans(IncludeSourceSpans.BLOCKS)
          .build();

  private Plans() {}

  /**
   * The blocks a reader sees, with their source lines: a document wrapped in one {@code
   * ```markdown} fence is read inside it (a plain CommonMark parser would end the wrapper at the
   * first inner fence).
   */
  static Node blocks(String markdown) {
    String text = Source.normalize(markdown);
    return PARSER.parse(
        EnclosingFence.opening(text).isPresent() ? EnclosingFence.blanked(text) : text);
  }

  /** Every node of the type below the node, in document order. */
  static <T extends Node> List<T> all(Node node, Class<T> type) {
    List<T> out = new java.util.ArrayList<>();
    collect(node, type, out);
    return out;
  }

  private static <T extends Node> void collect(Node node, Class<T> type, List<T> out) {
    if (type.isInstance(node)) {
      out.add(type.cast(node));
    }
    for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
      collect(c, type, out);
    }
  }

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
