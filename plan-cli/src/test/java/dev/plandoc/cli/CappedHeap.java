package dev.plandoc.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The {@code plan} command run in a process of its own with a capped heap, as a user's {@code java
 * -Xmx… -jar plan.jar} runs it, and the large plans the memory tests give it.
 */
final class CappedHeap {
  private CappedHeap() {}

  /** What the process did: its exit code and its standard error. */
  record Run(int exit, String err) {}

  /**
   * A plan whose cost table has the given rows, each {@code | item N | $M.50 | note N |}, written
   * to {@code big.md} in the directory.
   */
  static Path costPlan(Path dir, int rows) throws IOException {
    StringBuilder md =
        new StringBuilder("# PLAN: big\n\n## 12. 비용 예측\n\n| 항목 | 월 비용 | 비고 |\n|---|---|---|\n");
    for (int i = 0; i < rows; i++) {
      md.append("| item ").append(i).append(" | $").append(i % 97).append(".50 | note ").append(i);
      md.append(" |\n");
    }
    Path big = dir.resolve("big.md");
    Files.writeString(big, md);
    return big;
  }

  /** Runs {@code plan ARGS} with {@code -Xmx<heapMb>m}; standard output goes to {@code out}. */
  static Run plan(int heapMb, Path out, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + heapMb + "m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(PlanCommand.class.getName());
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("plan " + String.join(" ", args) + " ran over 120 s");
    }
    return new Run(p.exitValue(), err);
  }
}
