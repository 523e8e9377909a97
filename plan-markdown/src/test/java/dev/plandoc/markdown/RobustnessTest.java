package dev.plandoc.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plandoc.model.Plan;
import dev.plandoc.model.format.PlanFormatException;
import dev.plandoc.model.format.ReadResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The lenient reader reads anything: truncated plans, random bytes, deep nesting. */
class RobustnessTest {
  static final List<String> ALL = Plans.ALL;

  private final MarkdownPlanReader reader = MarkdownPlanReader.builder().build();
  private final MarkdownPlanWriter writer = MarkdownPlanWriter.builder().build();

  /** Reads, writes and reads again; the second read must equal the first. */
  private void readsAndRoundTrips(String input) {
    ReadResult first = reader.read(input);
    Plan again = reader.read(writer.write(first.plan())).plan();
    assertThat(again).as("round trip of %s", input).isEqualTo(first.plan());
  }

  @ParameterizedTest
  @FieldSource("ALL")
  void everyPrefixOfAPlanReadsAndRoundTrips(String name) {
    String text = Plans.text(name);
    for (int end = 0; end <= text.length(); end += 7) {
      String prefix = text.substring(0, end);
      assertThatCode(() -> readsAndRoundTrips(prefix))
          .as("prefix of %d chars", end)
          .doesNotThrowAnyException();
    }
  }

  @Test
  void randomByteStringsRead() {
    Random random = new Random(20261126L);
    for (int i = 0; i < 500; i++) {
      byte[] bytes = new byte[random.nextInt(400)];
      random.nextBytes(bytes);
      String text = new String(bytes, StandardCharsets.UTF_8);
      assertThatCode(() -> reader.read(text)).doesNotThrowAnyException();
    }
  }

  @Test
  void randomMarkdownSoupReadsAndRoundTrips() {
    String[] pieces = {
      "# ",
      "## ",
      "### ",
      "- ",
      "1. ",
      "| a | b |\n|---|---|\n",
      "```\n",
      "```mermaid\n",
      "> ",
      "\n",
      "\n\n",
      "---\n",
      "**",
      "`",
      "리스크 1: ",
      "Endpoint 1: ",
      "테이블: ",
      "Service 1: ",
      "PLAN: ",
      "12. 비용 예측\n",
      "14. Risks\n",
      "    ",
      "\t",
      "\r\n",
      "<!-- c -->",
      "{x}",
      "**확률**: High\n",
      "POST /a\n",
      "Response (200):\n",
      "| **총계** | **$1** | |\n",
      "text ",
      "Metadata\n",
      "[^1]"
    };
    Random random = new Random(7L);
    for (int i = 0; i < 2000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int j = 0, n = random.nextInt(40); j < n; j++) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      String doc = sb.toString();
      assertThatCode(() -> readsAndRoundTrips(doc)).as(doc).doesNotThrowAnyException();
    }
  }

  @Test
  @Timeout(20)
  void deeplyNestedListsAndQuotesAreRefusedPastTheLimitAndReadBelowIt() {
    String lists = "## 15. 다음 단계\n\n" + nested("- ", "  ", 2000);
    String quotes = "## 16. Notes\n\n" + ">".repeat(20000) + " deep\n";
    String ordered = "## 2. 아키텍처 설계\n\n### 데이터 흐름\n" + nested("1. ", "   ", 1000);
    for (String doc : List.of(lists, quotes, ordered)) {
      assertThatThrownBy(() -> reader.read(doc))
          .isInstanceOf(PlanFormatException.class)
          .hasMessageContaining("maxNestingDepth");
    }
    // At the ceiling, 490 nested lists (980 blocks deep) read and round-trip without overflowing
    // the stack anywhere the reader or writer walks.
    MarkdownPlanReader deep =
        MarkdownPlanReader.builder()
            .limits(
                MarkdownReadLimits.defaults()
                    .withMaxNestingDepth(MarkdownReadLimits.MAX_NESTING_DEPTH_CEILING))
            .build();
    for (String doc :
        List.of(
            "## 15. 다음 단계\n\n" + nested("- ", "  ", 490),
            "## 16. Notes\n\n" + ">".repeat(990) + " deep\n")) {
      Plan first = deep.read(doc).plan();
      assertThat(deep.read(writer.write(first)).plan()).isEqualTo(first);
    }
  }

  @Test
  @Timeout(20)
  void hugeFlatInputsReadInReasonableTime() {
    String manyRows =
        "## 13. 마일스톤\n\n| 단계 | 내용 | 예상 시간 |\n|---|---|---|\n" + "| 1 | x | 1일 |\n".repeat(20000);
    String manyBrackets = "## 16. X\n\n" + "[".repeat(50000) + "\n" + "*a".repeat(50000) + "\n";
    for (String doc : List.of(manyRows, manyBrackets)) {
      assertThatCode(() -> reader.read(doc)).doesNotThrowAnyException();
    }
    assertThat(reader.read(manyRows).plan().milestones().orElseThrow().milestones()).hasSize(20000);
  }

  @Test
  void crlfBomTabsTrailingSpacesAndNoFinalNewlineReadLikeTheTemplate() {
    String template = Plans.text(Plans.TEMPLATE);
    Plan expected = reader.read(template).plan();
    String crlf = "\uFEFF" + template.replace("\n", "\r\n").stripTrailing();
    assertThat(reader.read(crlf).plan()).isEqualTo(expected);
    // Trailing spaces are kept where Markdown gives them meaning (a hard line break in a step),
    // but the typed parts read the same; inside a code block they are content, kept byte for byte.
    Plan spaced = reader.read(template.replace("\n", "   \n")).plan();
    assertThat(writer.write(spaced)).contains("```   \nPOST /api/v1/resource   \nHeaders:   \n");
    assertThat(spaced.costEstimate()).isEqualTo(expected.costEstimate());
    assertThat(spaced.risks()).isEqualTo(expected.risks());
    assertThat(spaced.security()).isEqualTo(expected.security());
    String tabs = template.replace("\n  Authorization", "\n\tAuthorization");
    assertThat(reader.read(tabs).plan().apiDesign()).isPresent();
  }

  private static String nested(String marker, String indent, int depth) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      sb.append(indent.repeat(i)).append(marker).append("item ").append(i).append('\n');
    }
    return sb.toString();
  }
}
