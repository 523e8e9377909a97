package dev.plandoc.model.internal.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plandoc.model.value.DurationText;
import dev.plandoc.model.value.MoneyText;
import dev.plandoc.model.value.PercentageText;
import dev.plandoc.model.value.RiskLevelText;
import dev.plandoc.model.value.StatusCodeText;
import org.junit.jupiter.api.Test;

/**
 * What {@link Layout}, {@link Tables} and {@link TypedValues} call layout, and what they do not.
 */
class LayoutTest {
  private static String plain(String s) {
    return Layout.text(s, Layout.Mode.PLAIN);
  }

  private static String markdown(String s) {
    return Layout.text(s, Layout.Mode.MARKDOWN);
  }

  @Test
  void lineBreaksAByteOrderMarkTrailingSpaceAndBlankEdgesAreLayoutInAnyText() {
    assertThat(plain("\uFEFF\n\na  \r\n  b\rc\t\n\n")).isEqualTo("a\n  b\nc");
    assertThat(plain("one line")).isEqualTo("one line");
    assertThat(plain("")).isEmpty();
    // Indentation and blank lines inside code are content.
    assertThat(plain("a\n\n\n  b")).isEqualTo("a\n\n\n  b");
  }

  @Test
  void inKeptMarkdownTablePaddingAndBlankLineRunsAreLayoutTooButNotInsideCode() {
    String padded = "Intro\n\n\n|  a   | b |\n|:-----|--:|\n| 1 |   2\n";
    String tight = "Intro\n\n| a | b |\n|:---|---:|\n| 1 | 2 |";
    assertThat(markdown(padded)).isEqualTo(markdown(tight));
    assertThat(markdown(tight)).isEqualTo("Intro\n\n| a | b |\n| :--- | ---: |\n| 1 | 2 |");
    String code = "```\n|  a | b |\n\n\nx\n```";
    assertThat(markdown(code)).isEqualTo(code);
    assertThat(markdown("~~~~sql\n|  a |\n~~~~\n|  a |")).isEqualTo("~~~~sql\n|  a |\n~~~~\n| a |");
  }

  @Test
  void aChangedWordInKeptMarkdownIsStillAChange() {
    assertThat(markdown("| a | b |\n|---|---|\n| 1 | 2 |"))
        .isNotEqualTo(markdown("| a | b |\n|---|---|\n| 1 | 3 |"));
    assertThat(markdown("a\nb")).isNotEqualTo(markdown("a\n\nb"));
    assertThat(markdown("| a \\| b |")).isNotEqualTo(markdown("| a | b |"));
  }

  @Test
  void anEscapedPipeStaysInItsCellAndAnEmptyCellStays() {
    assertThat(Tables.normalRow("|  a \\| b | |  c")).isEqualTo("| a \\| b |  | c |");
    assertThat(Tables.normalRow("not | a row")).isEqualTo("not | a row");
    assertThat(Tables.normalRow("  |x|")).isEqualTo("| x |");
  }

  @Test
  void typedValuesAreTheSameValueWhateverTheirScale() {
    assertThat(TypedValues.sameValue(new MoneyText("$120"), new MoneyText("$120.00"))).isTrue();
    assertThat(TypedValues.sameValue(new MoneyText("$120"), new MoneyText("₩120"))).isFalse();
    assertThat(TypedValues.sameValue(new PercentageText("80%"), new PercentageText("80.0%")))
        .isTrue();
    assertThat(TypedValues.sameValue(new DurationText("1시간"), new DurationText("60분"))).isTrue();
    assertThat(TypedValues.sameValue(new MoneyText("TBD"), new MoneyText("TBD"))).isFalse();
    assertThat(TypedValues.normalValue(new MoneyText("$1,200.50")))
        .isEqualTo(TypedValues.normalValue(new MoneyText("USD 1200.5")));
  }

  @Test
  void aWritersTextIsCanonicalAndAnAuthorsIsNot() {
    assertThat(TypedValues.isCanonical(new MoneyText("$120"))).isTrue();
    assertThat(TypedValues.isCanonical(new MoneyText("$120.00"))).isFalse();
    assertThat(TypedValues.isCanonical(new RiskLevelText("High"))).isTrue();
    assertThat(TypedValues.isCanonical(new RiskLevelText("높음"))).isTrue();
    assertThat(TypedValues.isCanonical(new RiskLevelText("상"))).isFalse();
    assertThat(TypedValues.isCanonical(StatusCodeText.of(201))).isTrue();
    assertThat(TypedValues.isCanonical(new StatusCodeText("**201**"))).isFalse();
    assertThat(TypedValues.isCanonical(new DurationText("{기간}"))).isFalse();
  }
}
