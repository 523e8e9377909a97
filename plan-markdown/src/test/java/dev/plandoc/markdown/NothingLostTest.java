package dev.plandoc.markdown;

import static org.assertj.core.api.Assertions.assertThat;

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
  static final List<String> ALL = Plans.EVERY;

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
   * A heading's level is layout: a {@code ###} sub-section read as the section it names is written
   * as a {@code ##} section. Its words and number are not: they come back as written.
   */
  private static String levelless(String html) {
    return html.replaceAll("(</?)h[2-6]>", "$1h>");
  }

  @ParameterizedTest
  @FieldSource("ALL")
  void everyBlockOfAPlanAppearsInTheWrittenHtml(String name) {
    String input = Plans.text(name);
    String outputHtml = levelless(HTML.render(Plans.blocks(roundTrip(input))));
    List<String> missing = new ArrayList<>();
    for (Node block = Plans.blocks(input).getFirstChild(); block != null; block = block.getNext()) {
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
