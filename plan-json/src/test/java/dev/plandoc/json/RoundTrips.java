package dev.plandoc.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plandoc.model.Plan;
import dev.plandoc.model.format.PlanReader;
import dev.plandoc.model.format.PlanWriter;
import dev.plandoc.model.format.ReadResult;
import java.util.function.Supplier;

/**
 * Round-trip assertions any plan source can use: random plans here; the template and the corpus
 * once a Markdown reader is on the test class path ({@code RoundTrips.assertJsonRoundTrip(
 * markdownReader.read(file).plan())}).
 */
public final class RoundTrips {
  /** Shared, immutable readers and writers, as an application would hold them. */
  public static final PlanWriter JSON_WRITER = JsonPlanWriter.builder().build();

  public static final PlanWriter JSON_COMPACT_WRITER =
      JsonPlanWriter.builder().compact(true).build();
  public static final PlanWriter YAML_WRITER = YamlPlanWriter.builder().build();
  public static final PlanReader JSON_READER = JsonPlanReader.builder().strict(true).build();
  public static final PlanReader YAML_READER = YamlPlanReader.builder().strict(true).build();

  private RoundTrips() {}

  /** model → JSON → model is equal, and writing the result again gives the same JSON. */
  public static String assertJsonRoundTrip(Plan plan) {
    return assertRoundTrip(plan, JSON_WRITER, JSON_READER);
  }

  /** model → compact JSON → model is equal. */
  public static String assertCompactJsonRoundTrip(Plan plan) {
    return assertRoundTrip(plan, JSON_COMPACT_WRITER, JSON_READER);
  }

  /** model → YAML → model is equal, and writing the result again gives the same YAML. */
  public static String assertYamlRoundTrip(Plan plan) {
    return assertRoundTrip(plan, YAML_WRITER, YAML_READER);
  }

  private static String assertRoundTrip(Plan plan, PlanWriter writer, PlanReader reader) {
    String text = writer.write(plan);
    ReadResult read = reader.read(text);
    Supplier<String> shown = () -> "written as:\n" + text;
    assertThat(read.diagnostics()).as(shown).isEmpty();
    assertThat(read.plan()).as(shown).isEqualTo(plan);
    assertThat(writer.write(read.plan())).as(shown).isEqualTo(text);
    return text;
  }
}
