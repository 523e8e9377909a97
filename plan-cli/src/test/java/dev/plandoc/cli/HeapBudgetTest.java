package dev.plandoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A large plan converts within a fixed heap, in a process of its own as a user's {@code java -Xmx…
 * -jar plan.jar} would run it: a guard against a reader or writer that starts holding more than it
 * needs (a tree of the whole output, say). The budget is what the conversion needs today (24 MB)
 * with a margin that still fails the old writers: before the JSON writer streamed, JSON and YAML
 * failed in 48 MB. BENCHMARKS.md ("Memory") has the measurements and how far they are from issue
 * 11's goal.
 */
class HeapBudgetTest {
  /** Rows of the cost table: about 0.7 MB of Markdown. */
  private static final int ROWS = 20_000;

  /** The heap the conversion gets: {@value} MB. */
  private static final int HEAP_MB = 40;

  @ParameterizedTest
  @ValueSource(strings = {"json", "yaml", "markdown"})
  void aPlanWithATwentyThousandRowTableConvertsWithinTheHeapBudget(String to, @TempDir Path dir)
      throws IOException, InterruptedException {
    Path big = CappedHeap.costPlan(dir, ROWS);
    Path out = dir.resolve("out." + (to.equals("markdown") ? "md" : to));
    CappedHeap.Run run =
        CappedHeap.plan(
            HEAP_MB,
            dir.resolve("stdout.txt"),
            "convert",
            big.toString(),
            "--to",
            to,
            "-o",
            out.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    String written = Files.readString(out);
    assertThat(written).contains("item " + (ROWS - 1)).contains("note " + (ROWS - 1));
  }
}
