package dev.plandoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan too large for the heap is one line and exit 3, never a stack trace: run in a process of
 * its own with a small heap, as a user's {@code java -Xmx… -jar plan.jar} would.
 */
class OutOfMemoryTest {
  @Test
  void aPlanTooLargeForTheHeapIsOneLineAndExitThree(@TempDir Path dir)
      throws IOException, InterruptedException {
    Path big = CappedHeap.costPlan(dir, 200_000);
    CappedHeap.Run run =
        CappedHeap.plan(32, dir.resolve("out.json"), "convert", big.toString(), "--to", "json");
    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err())
        .startsWith("plan: out of memory:")
        .contains("32 MB")
        .doesNotContain("\tat ");
  }
}
