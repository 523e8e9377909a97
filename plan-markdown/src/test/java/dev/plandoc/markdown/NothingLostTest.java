package dev.plandoc.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plandoc.markdown.internal.EnclosingFence;
import dev.plandoc.markdown.internal.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.testutil.example.Example;
import org.commonmark.testutil.example.ExampleReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Whatever the reader does not recognise is written back so that it renders the same. */
class NothingLostTest {
  // All but one: shared-photo-albums is wrapped in a ```markdown fence that its own first inner
  // fence closes, so its first block is the document's opening up to the Mermaid diagram, with
  // the author's section order; the canonical writer writes sections in template order, so that
  // block cannot reappear until the plan keeps its section order.
  static final List<String> ALL =
      java.util.stream.Stream.concat(
              Plans.ALL.stream(),
              HeldOutScoreTest.HELD_OUT.stream().map(n -> "heldout/" + n + ".md"))
          .toList();

  private static final Parser PARSER =
      Parser.builder().extensions(List.of(TablesExtension.create())).build();
  private static final HtmlRenderer HTML =
      HtmlRenderer.builder().extensions(List.of(TablesExtension.create())).build();

  private final MarkdownPlanReader reader = MarkdownPlanReader.builder().build();
  private final MarkdownPlanWriter writer = MarkdownPlanWriter.builder().build();

  private String roundTrip(String markdown) {
    return writer.write(reader.read(markdown).plan());
  }

  /**
   * The blocks a reader sees: a document wrapped in one {@code ```markdown} fence is read inside it
   * (a plain CommonMark parser would end the wrapper at the first inner fence).
   */
  private static Node blocks(String markdown) {
    String text = Source.normalize(markdown);
    return PARSER.parse(
        EnclosingFence.opening(text).isPresent() ? EnclosingFence.blanked(text) : text);
  }

  /**
   * A heading's level and the template's numbering are layout: a {@code ###} sub-section read as
   * the section it names is written as a {@code ##} section, and the writer numbers a template
   * heading the author left unnumbered ({@code ## Next Steps} becomes {@code ## 15. Next Steps}).
   */
  private static String levelless(String html) {
    return html.replaceAll("(</?)h[2-6]>", "$1h>").replaceAll("<h>\\d{1,2}\\. ", "<h>");
  }

  @ParameterizedTest
  @FieldSource("ALL")
  void everyBlockOfAPlanAppearsInTheWrittenHtml(String name) {
    String input = Plans.text(name);
    String outputHtml = levelless(HTML.render(blocks(roundTrip(input))));
    List<String> missing = new ArrayList<>();
    for (Node block = blocks(input).getFirstChild(); block != null; block = block.getNext()) {
      String html = levelless(HTML.render(block));
      if (!outputHtml.contains(html)) {
        missing.add(html);
      }
    }
    assertThat(missing).isEmpty();
  }

  static Stream<Arguments> specExamples() {
    return ExampleReader.readExamples(NothingLostTest.class.getResource("/spec.txt")).stream()
        .map(e -> Arguments.of(e.getSection() + " " + e.getInfo(), e));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specExamples")
  void specExampleInsideAnExtraSectionRendersTheSameAfterRoundTrip(String id, Example example) {
    String doc = "# PLAN: Spec\n\n## Extra\n\n" + example.getSource();
    String before = HTML.render(PARSER.parse(doc));
    String after = HTML.render(PARSER.parse(roundTrip(doc)));
    assertThat(after).as(example.getSource()).isEqualTo(before);
  }
}
