package dev.plandoc.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plandoc.model.Plan;
import dev.plandoc.model.format.PlanWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The writers generate straight into the caller's output. What they write must be what Jackson
 * writes of the plan's JSON tree (the writers' path before they streamed), byte for byte, and the
 * same through every kind of output.
 */
class StreamingWriteTest {
  private static final JsonPlanWriter PRETTY = JsonPlanWriter.builder().build();
  private static final JsonPlanWriter COMPACT = JsonPlanWriter.builder().compact(true).build();

  @Test
  void streamedJsonIsTheTreeWrittenByJackson() {
    for (Plan plan : plans()) {
      var tree = PlanPointer.root().get(plan);
      assertThat(PRETTY.write(plan)).isEqualTo(PRETTY.writeValue(tree));
      assertThat(COMPACT.write(plan)).isEqualTo(COMPACT.writeValue(tree));
    }
  }

  @Test
  void aStreamGetsTheSameBytesAsAString() {
    for (Plan plan : plans()) {
      for (PlanWriter w : List.of(PRETTY, COMPACT, RoundTrips.YAML_WRITER)) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        w.write(plan, out);
        assertThat(out.toByteArray()).isEqualTo(w.write(plan).getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  @Test
  void aFileGetsTheSameBytesAsAString(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("plan.out");
    Files.writeString(file, "old content, longer than nothing at all");
    for (Plan plan : plans().subList(0, 20)) {
      for (PlanWriter w : List.of(PRETTY, COMPACT, RoundTrips.YAML_WRITER)) {
        w.write(plan, file);
        assertThat(Files.readAllBytes(file))
            .isEqualTo(w.write(plan).getBytes(StandardCharsets.UTF_8));
      }
    }
    try (var left = Files.list(dir)) {
      assertThat(left).containsExactly(file);
    }
  }

  @Test
  void writingAppendsToWhatTheAppendableHolds() {
    Plan plan = TemplatePlan.plan();
    StringBuilder sb = new StringBuilder("before\n");
    PRETTY.write(plan, sb);
    assertThat(sb.toString()).isEqualTo("before\n" + PRETTY.write(plan));
  }

  @Test
  void aFailingAppendableIsAnUncheckedIoException() {
    Appendable broken =
        new Appendable() {
          @Override
          public Appendable append(CharSequence csq) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public Appendable append(CharSequence csq, int start, int end) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public Appendable append(char c) throws IOException {
            throw new IOException("disk full");
          }
        };
    for (PlanWriter w : List.of(PRETTY, RoundTrips.YAML_WRITER)) {
      assertThatThrownBy(() -> w.write(TemplatePlan.plan(), broken))
          .isInstanceOf(UncheckedIOException.class)
          .hasRootCauseMessage("disk full");
    }
  }

  private static List<Plan> plans() {
    return java.util.stream.Stream.concat(
            java.util.stream.Stream.of(TemplatePlan.plan()), RandomPlans.plans(150))
        .toList();
  }
}
