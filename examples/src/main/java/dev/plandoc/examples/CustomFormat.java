package dev.plandoc.examples;

import dev.plandoc.model.Milestone;
import dev.plandoc.model.Plan;
import dev.plandoc.model.format.PlanFormat;
import dev.plandoc.model.format.PlanFormats;
import dev.plandoc.model.format.PlanReader;
import dev.plandoc.model.format.PlanWriter;
import dev.plandoc.model.format.ReadOptions;
import dev.plandoc.model.format.WriteOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A format of your own: {@link MilestonesCsv} writes a plan's milestones as CSV. It is registered
 * in {@code META-INF/services/dev.plandoc.model.format.PlanFormat} (one line naming the class), so
 * {@link PlanFormats#load()} finds it beside Markdown, JSON and YAML, by name and by extension.
 *
 * <p>Its test runs it in {@code mvn -pl examples -am verify}. To run it yourself, after {@code mvn
 * -q -pl plan-cli,examples -am package -DskipTests}: {@code java -cp
 * examples/target/classes:plan-cli/target/plan.jar dev.plandoc.examples.CustomFormat}.
 */
public final class CustomFormat {
  private CustomFormat() {}

  /** Writes milestones as CSV (RFC 4180); reading is not supported. */
  public static final class MilestonesCsv implements PlanFormat {
    /** Called by {@link java.util.ServiceLoader}. */
    public MilestonesCsv() {}

    @Override
    public String name() {
      return "milestones-csv";
    }

    @Override
    public List<String> fileExtensions() {
      return List.of("csv");
    }

    @Override
    public String mediaType() {
      return "text/csv";
    }

    @Override
    public PlanReader reader(ReadOptions options) {
      throw new UnsupportedOperationException(
          "milestones-csv can only be written: a CSV of milestones is not a whole plan");
    }

    @Override
    public PlanWriter writer(WriteOptions options) {
      return (plan, out) -> {
        try {
          out.append("phase,work,estimate,iso_duration\r\n");
          for (Milestone m : plan.milestones().map(ms -> ms.milestones()).orElse(List.of())) {
            String iso = m.estimate().value().map(Object::toString).orElse("");
            out.append(csv(m.phase()))
                .append(',')
                .append(csv(m.work()))
                .append(',')
                .append(csv(m.estimate().text()))
                .append(',')
                .append(iso)
                .append("\r\n");
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      };
    }

    private static String csv(String cell) {
      boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n");
      return quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
  }

  /**
   * Finds the custom format through the registry and writes the sample plan's milestones with it.
   *
   * @param args not used
   * @throws IOException when the sample cannot be read
   */
  public static void main(String[] args) throws IOException {
    PlanFormats formats = PlanFormats.load();
    System.out.println("Formats found: " + formats.names());

    PlanFormat csv = formats.findByExtension("csv").orElseThrow();
    Plan plan;
    try (InputStream in = CustomFormat.class.getResourceAsStream(ReadMarkdownPlan.SAMPLE)) {
      String markdown = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      plan = formats.require("markdown").reader().read(markdown).plan();
    }
    System.out.print(csv.writer().write(plan));

    try {
      csv.reader();
    } catch (UnsupportedOperationException e) {
      System.out.println("Reading: " + e.getMessage());
    }
  }
}
