package dev.plandoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
    StringBuilder md =
        new StringBuilder("# PLAN: big\n\n## 12. 비용 예측\n\n| 항목 | 월 비용 | 비고 |\n|---|---|---|\n");
    for (int i = 0; i < 200_000; i++) {
      md.append("| item ").append(i).append(" | $").append(i % 97).append(".50 | note |\n");
    }
    Path big = dir.resolve("big.md");
    Files.writeString(big, md);
    Process p =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx32m",
                    "-cp",
                    System.getProperty("java.class.path"),
                    PlanCommand.class.getName(),
                    "convert",
                    big.toString(),
                    "--to",
                    "json"))
            .redirectOutput(dir.resolve("out.json").toFile())
            .start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isEqualTo(3);
    assertThat(err.lines()).hasSize(1);
    assertThat(err).startsWith("plan: out of memory:").contains("32 MB").doesNotContain("\tat ");
  }
}
