package dev.plandoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class StartupTrainingTest {
  @Test
  void everyTrainingCommandSucceedsAndItsTemporaryDirectoryIsDeleted() throws IOException {
    List<String> before = trainingDirectories();
    List<Integer> codes = StartupTraining.run();
    assertThat(codes).hasSameSizeAs(StartupTraining.commands(Path.of("x"))).containsOnly(0);
    assertThat(trainingDirectories()).isEqualTo(before);
  }

  @Test
  void theTrainingRunsEveryCommandAndTheHelp() {
    List<List<String>> commands = StartupTraining.commands(Path.of("dir"));
    assertThat(commands.stream().map(c -> c.get(0)).distinct())
        .containsAll(PlanCommand.COMMANDS)
        .contains("--help", "--version");
  }

  private static List<String> trainingDirectories() throws IOException {
    try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith("plan-training"))
          .sorted()
          .toList();
    }
  }
}
