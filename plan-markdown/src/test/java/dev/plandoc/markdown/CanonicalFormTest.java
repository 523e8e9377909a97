package dev.plandoc.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plandoc.markdown.internal.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The canonical writer ({@code convert --to markdown}, {@code fmt}) changes the layout of a plan
 * and nothing else: on every plan of the corpora, md→md keeps each heading's wording and number,
 * the sections' order, the title line, every code block byte for byte, and every other line's
 * words.
 */
class CanonicalFormTest {
  static final List<String> EVERY = Plans.EVERY;

  private final MarkdownPlanReader reader = MarkdownPlanReader.builder().build();
  private final MarkdownPlanWriter writer = MarkdownPlanWriter.builder().build();

  private String canonical(String markdown) {
    return writer.write(reader.read(markdown).plan());
  }

  private static List<Heading> headings(String markdown) {
    return Plans.all(Plans.blocks(markdown), Heading.class);
  }

  /** A heading's text as written, without its {@code #}s: the source line, trimmed. */
  private static String text(String markdown, Heading h) {
    String line =
        Source.normalize(markdown).split("\n", -1)[h.getSourceSpans().get(0).getLineIndex()];
    return line.strip().replaceFirst("^#{1,6}\\s*", "").replaceFirst("\\s+#+$", "");
  }

  private static List<String> headingTexts(String markdown, int level) {
    List<String> out = new ArrayList<>();
    for (Heading h : headings(markdown)) {
      if (level == 0 || h.getLevel() == level) {
        out.add(text(markdown, h));
      }
    }
    return out;
  }

  @ParameterizedTest
  @FieldSource("EVERY")
  void everyHeadingKeepsItsWordingAndNumber(String name) {
    String input = Plans.text(name);
    assertThat(headingTexts(canonical(input), 0))
        .containsExactlyInAnyOrderElementsOf(headingTexts(input, 0));
  }

  /**
   * The document's {@code ##} headings come out in the document's order. (A {@code ###} sub-section
   * read as the section it names is written as a {@code ##} section, a heading level the canonical
   * form does not keep, so the output may have more of them.)
   */
  @ParameterizedTest
  @FieldSource("EVERY")
  void sectionsKeepTheDocumentsOrder(String name) {
    String input = Plans.text(name);
    List<String> written = headingTexts(canonical(input), 2);
    int at = 0;
    for (String heading : headingTexts(input, 2)) {
      at = written.subList(at, written.size()).indexOf(heading) + at;
      assertThat(at).as("'%s' out of order in %s", heading, written).isGreaterThanOrEqualTo(0);
      at++;
    }
  }

  @ParameterizedTest
  @FieldSource("EVERY")
  void theTitleLineIsKeptAsWritten(String name) {
    String input = Plans.text(name);
    assertThat(title(canonical(input))).isEqualTo(title(input));
  }

  private static Optional<String> title(String markdown) {
    return headings(markdown).stream()
        .filter(h -> h.getLevel() == 1)
        .findFirst()
        .map(h -> text(markdown, h));
  }

  @ParameterizedTest
  @FieldSource("EVERY")
  void everyCodeBlockKeepsItsBytes(String name) {
    String input = Plans.text(name);
    assertThat(codeBlocks(canonical(input))).containsExactlyInAnyOrderElementsOf(codeBlocks(input));
  }

  private static List<String> codeBlocks(String markdown) {
    return Plans.all(Plans.blocks(markdown), FencedCodeBlock.class).stream()
        .map(c -> c.getInfo() + "\n" + c.getLiteral())
        .toList();
  }

  /**
   * Every line keeps its words: compared as the lines of both documents with the layout the
   * canonical form normalises taken out — blank lines and {@code ---}, a heading's level, a list's
   * marker, a table's padding and delimiter row, the bold-key style — what is left is the same
   * lines, each as often (a key, a column header, an item's word in the template's spelling would
   * show).
   */
  @ParameterizedTest
  @FieldSource("EVERY")
  void everyLineKeepsItsWordsUpToLayout(String name) {
    String input = Plans.text(name);
    Map<String, Integer> missing = count(input);
    count(canonical(input)).forEach((line, n) -> missing.merge(line, -n, Integer::sum));
    missing.values().removeIf(n -> n == 0);
    assertThat(missing).as("lines in the input (> 0) or the output (< 0) only").isEmpty();
  }

  private static final Pattern BREAK = Pattern.compile("[-*_ ]{3,}|\\|?[\\s:|-]*-[\\s:|-]*\\|?");

  private static Map<String, Integer> count(String markdown) {
    Map<String, Integer> lines = new HashMap<>();
    for (String raw : Source.normalize(markdown).split("\n", -1)) {
      String l = raw.strip();
      if (l.isEmpty() || BREAK.matcher(l).matches() || l.startsWith("```")) {
        continue;
      }
      l = l.replaceFirst("^#{1,6}\\s+", "#").replaceFirst("^(?:[-*+]|\\d+[.)])\\s+", "- ");
      l = l.replaceFirst("^- \\*\\*([^*]+):\\*\\*", "- **$1**:");
      if (l.startsWith("|")) {
        List<String> cells = new ArrayList<>();
        for (String c : l.replaceAll("^\\||\\|$", "").split("\\|", -1)) {
          cells.add(c.strip());
        }
        l = String.join("|", cells);
      }
      lines.merge(l.replaceAll("\\s+", " "), 1, Integer::sum);
    }
    return lines;
  }
}
