package dev.plandoc.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The scans written out for speed ({@link HeadingNumber}, {@link Vocabulary#normalize}, the heading
 * and list-marker scans of {@link Source}) give what the regular expressions they replace gave, on
 * many random strings over the characters that matter to them.
 */
class WrittenOutScansTest {
  private static final String ALPHABET = "0123 9.)(#-+*\t\n\r\f\u000Bab가（）:";

  /** What one line of a document can hold: the source splits at line breaks. */
  private static final String LINE = ALPHABET.replace("\n", "").replace("\r", "");

  private static final int SAMPLES = 200_000;

  private static String random(Random random) {
    return random(random, ALPHABET);
  }

  private static String random(Random random, String alphabet) {
    int length = random.nextInt(12);
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  @Test
  void leadingNumberEndIsWhereTheRegularExpressionStops() {
    Pattern number = Pattern.compile("^\\s*\\d+(?:\\.\\d+)*[.)]?\\s+");
    Random random = new Random(11);
    for (int i = 0; i < SAMPLES; i++) {
      String s = random(random);
      Matcher m = number.matcher(s);
      assertThat(HeadingNumber.end(s)).as("'%s'", s).isEqualTo(m.lookingAt() ? m.end() : 0);
      assertThat(HeadingNumber.strip(s)).as("'%s'", s).isEqualTo(m.replaceFirst(""));
    }
  }

  @Test
  void trailingParenthesisIsRemovedAsTheRegularExpressionRemovedIt() {
    Pattern parens = Pattern.compile("\\s*[(（][^()（）]*[)）]\\s*$");
    Random random = new Random(12);
    for (int i = 0; i < SAMPLES; i++) {
      String s = random(random);
      assertThat(HeadingNumber.stripTrailingParens(s))
          .as("'%s'", s)
          .isEqualTo(parens.matcher(s).replaceFirst(""));
    }
  }

  @Test
  void normalizeCollapsesWhitespaceAndLowersCaseAsTheRegularExpressionDid() {
    Pattern whitespace = Pattern.compile("\\s+");
    Random random = new Random(13);
    for (int i = 0; i < SAMPLES; i++) {
      String s = random(random) + (random.nextBoolean() ? "AbC" : "") + random(random);
      String bare = Inline.stripDecoration(s);
      String expected = whitespace.matcher(bare.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
      assertThat(Vocabulary.normalize(s)).as("'%s'", s).isEqualTo(expected);
    }
    assertThat(Vocabulary.normalize("  **Tech \t\n Stack**  ")).isEqualTo("tech stack");
  }

  @Test
  void headingSequencesAreRemovedAsTheRegularExpressionsRemovedThem() {
    Pattern opening = Pattern.compile("^#{1,6}(?:[ \\t]+|$)");
    Pattern closing = Pattern.compile("(?:^|[ \\t]+)#+[ \\t]*$");
    Random random = new Random(14);
    for (int i = 0; i < SAMPLES; i++) {
      String s = "#".repeat(random.nextInt(8)) + random(random, LINE);
      assertThat(Source.withoutOpeningSequence(s))
          .as("'%s'", s)
          .isEqualTo(opening.matcher(s).replaceFirst(""));
      assertThat(Source.withoutClosingSequence(s))
          .as("'%s'", s)
          .isEqualTo(closing.matcher(s).replaceFirst(""));
    }
    assertThat(Source.withoutClosingSequence("Uses C#")).isEqualTo("Uses C#");
    assertThat(Source.withoutClosingSequence("Title ## ")).isEqualTo("Title");
  }

  @Test
  void listMarkerEndsWhereTheRegularExpressionEnded() {
    Pattern marker = Pattern.compile("^[ \\t]*(?:[-+*]|\\d{1,9}[.)])(?:[ \\t]+|$)");
    Random random = new Random(15);
    for (int i = 0; i < SAMPLES; i++) {
      String s =
          (random.nextBoolean() ? "1234567890".substring(random.nextInt(10)) : "")
              + random(random, LINE);
      Matcher m = marker.matcher(s);
      assertThat(Source.markerEnd(s)).as("'%s'", s).isEqualTo(m.find() ? m.end() : -1);
    }
  }
}
