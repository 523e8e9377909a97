package dev.plandoc.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plandoc.model.check.SourcePosition;
import dev.plandoc.model.format.PlanFormatException;
import org.junit.jupiter.api.Test;

class MarkdownReadLimitsTest {
  private static MarkdownPlanReader reader(MarkdownReadLimits limits) {
    return MarkdownPlanReader.builder().limits(limits).build();
  }

  @Test
  void limitsMustBePositiveAndNestingBelowTheCeiling() {
    assertThatThrownBy(() -> MarkdownReadLimits.defaults().withMaxTableRows(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MarkdownReadLimits.defaults().withMaxNestingDepth(1001))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1000");
    assertThat(MarkdownReadLimits.defaults().withMaxDocumentChars(10).maxDocumentChars())
        .isEqualTo(10);
  }

  @Test
  void aDocumentLongerThanTheLimitFailsInLenientModeNamingTheLimit() {
    MarkdownPlanReader r = reader(MarkdownReadLimits.defaults().withMaxDocumentChars(100));
    assertThatThrownBy(() -> r.read("# PLAN: x\n\n" + "a".repeat(200)))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("maxDocumentChars")
        .hasMessageContaining("211 characters")
        .satisfies(
            e ->
                assertThat(((PlanFormatException) e).position())
                    .contains(new SourcePosition(1, 1)));
    assertThat(r.read("# PLAN: x\n").plan().title()).isEqualTo("x");
  }

  @Test
  void blockQuotesOpenedOnOneLineDeeperThanTheLimitFailAtThatLine() {
    MarkdownPlanReader r = reader(MarkdownReadLimits.defaults().withMaxNestingDepth(10));
    String text = "# PLAN: x\n\n" + "> ".repeat(11) + "deep\n";
    assertThatThrownBy(() -> r.read(text))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("maxNestingDepth")
        .satisfies(
            e ->
                assertThat(((PlanFormatException) e).position())
                    .contains(new SourcePosition(3, 1)));
    assertThat(r.read("# PLAN: x\n\n" + "> ".repeat(3) + "fine\n").plan().title()).isEqualTo("x");
  }

  @Test
  void listsNestedDeeperThanTheLimitFail() {
    StringBuilder text = new StringBuilder("# PLAN: x\n\n");
    for (int i = 0; i < 12; i++) {
      text.append("  ".repeat(i)).append("- level ").append(i).append('\n');
    }
    assertThatThrownBy(
            () ->
                reader(MarkdownReadLimits.defaults().withMaxNestingDepth(10)).read(text.toString()))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("maxNestingDepth");
    assertThat(MarkdownPlanReader.builder().build().read(text.toString()).plan().title())
        .isEqualTo("x");
  }

  @Test
  void aTableWithMoreRowsThanTheLimitFailsAtTheTable() {
    StringBuilder text =
        new StringBuilder("# PLAN: x\n\n## 12. 비용 예측\n\n| 항목 | 월 비용 |\n|---|---|\n");
    for (int i = 0; i < 6; i++) {
      text.append("| item ").append(i).append(" | $1 |\n");
    }
    assertThatThrownBy(
            () -> reader(MarkdownReadLimits.defaults().withMaxTableRows(5)).read(text.toString()))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("6 rows")
        .hasMessageContaining("maxTableRows")
        .satisfies(
            e ->
                assertThat(((PlanFormatException) e).position())
                    .contains(new SourcePosition(5, 1)));
    assertThat(
            reader(MarkdownReadLimits.defaults().withMaxTableRows(6))
                .read(text.toString())
                .plan()
                .costEstimate()
                .orElseThrow()
                .items())
        .hasSize(6);
  }

  @Test
  void aFiveMegabytePlanWithATwoHundredThousandRowTableReadsWithinTheDefaults() {
    StringBuilder text =
        new StringBuilder("# PLAN: big\n\n## 12. 비용 예측\n\n| 항목 | 월 비용 | 비고 |\n|---|---|---|\n");
    for (int i = 0; i < 200_000; i++) {
      text.append("| item ").append(i).append(" | $").append(i % 97).append(" | note |\n");
    }
    assertThat(text.length()).isGreaterThan(5_000_000);
    assertThat(
            MarkdownPlanReader.builder()
                .build()
                .read(text.toString())
                .plan()
                .costEstimate()
                .orElseThrow()
                .items())
        .hasSize(200_000);
  }
}
