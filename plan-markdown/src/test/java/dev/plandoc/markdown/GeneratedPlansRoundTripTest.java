package dev.plandoc.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plandoc.markdown.testing.MarkdownSafePlans;
import dev.plandoc.model.Header;
import dev.plandoc.model.Plan;
import dev.plandoc.model.TechChoice;
import dev.plandoc.model.value.DateText;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Plans built in code survive Markdown, or cannot be built at all. */
class GeneratedPlansRoundTripTest {
  private final MarkdownPlanReader reader = MarkdownPlanReader.builder().build();
  private final MarkdownPlanWriter writer = MarkdownPlanWriter.builder().build();

  static Stream<Long> seeds() {
    return Stream.iterate(1L, s -> s + 1).limit(400);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedPlanReadsBackEqualAfterWriting(long seed) {
    Plan plan = MarkdownSafePlans.plan(seed);
    String markdown = writer.write(plan);
    assertThat(reader.read(markdown).plan()).as(markdown).isEqualTo(plan);
  }

  @Test
  void theSameSeedGivesTheSamePlan() {
    assertThat(MarkdownSafePlans.plan(42)).isEqualTo(MarkdownSafePlans.plan(42));
    assertThat(MarkdownSafePlans.plan(42)).isNotEqualTo(MarkdownSafePlans.plan(43));
  }

  @Test
  void valuesThatCannotExistInMarkdownAreRejectedByTheBuilderNamingTheField() {
    assertThatThrownBy(() -> new TechChoice("백엔드", "two\nlines", "", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("technology")
        .hasMessageContaining("single line");
    assertThatThrownBy(() -> new TechChoice(" padded", "x", "", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("area")
        .hasMessageContaining("whitespace");
    assertThatThrownBy(() -> new Header("Authorization", "Bearer x\r"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("header value");
    assertThatThrownBy(() -> Plan.builder().title("a\nb").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("title");
    assertThatThrownBy(() -> new DateText(" 2026-01-01"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("date");
  }
}
