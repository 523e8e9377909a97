package dev.plandoc.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.plandoc.model.Plan;

/**
 * Fuzzes the lenient reader: any text reads without exception, and what it reads survives a write
 * and a second read. In the normal build this runs in regression mode over the checked-in inputs in
 * {@code src/test/resources/dev/plandoc/markdown/MarkdownReaderFuzzTestInputs}; to fuzz for longer
 * run {@code JAZZER_FUZZ=1 mvn -pl plan-markdown test -Dtest=MarkdownReaderFuzzTest
 * -Djazzer.max_duration=10m}.
 */
class MarkdownReaderFuzzTest {
  private static final MarkdownPlanReader READER = MarkdownPlanReader.builder().build();
  private static final MarkdownPlanWriter WRITER = MarkdownPlanWriter.builder().build();

  @FuzzTest(maxDuration = "30s")
  void readerNeverThrowsAndRoundTrips(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    Plan plan = READER.read(text).plan();
    assertThat(READER.read(WRITER.write(plan)).plan()).isEqualTo(plan);
  }
}
