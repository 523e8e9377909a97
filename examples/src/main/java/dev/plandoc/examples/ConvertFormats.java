package dev.plandoc.examples;

import dev.plandoc.model.Plan;
import dev.plandoc.model.format.PlanFormat;
import dev.plandoc.model.format.PlanFormats;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Converts a Markdown plan to JSON, the JSON to YAML, and the YAML back to Markdown, through the
 * format SPI alone, and shows that the Markdown at the end is byte for byte the one at the start.
 *
 * <p>Its test runs it in {@code mvn -pl examples -am verify}. To run it yourself, after {@code mvn
 * -q -pl plan-cli,examples -am package -DskipTests}: {@code java -cp
 * examples/target/classes:plan-cli/target/plan.jar dev.plandoc.examples.ConvertFormats}.
 */
public final class ConvertFormats {
  private ConvertFormats() {}

  /**
   * Runs the round trip on the shipped sample plan.
   *
   * @param args not used
   * @throws IOException when the sample cannot be read
   */
  public static void main(String[] args) throws IOException {
    String markdown;
    try (InputStream in = ConvertFormats.class.getResourceAsStream(ReadMarkdownPlan.SAMPLE)) {
      markdown = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    // The formats on the class path, found through ServiceLoader.
    PlanFormats formats = PlanFormats.load();
    PlanFormat md = formats.require("markdown");
    PlanFormat json = formats.require("json");
    PlanFormat yaml = formats.require("yaml");

    Plan plan = md.reader().read(markdown).plan();
    String asJson = json.writer().write(plan);
    String asYaml = yaml.writer().write(json.reader().read(asJson).plan());
    String back = md.writer().write(yaml.reader().read(asYaml).plan());

    System.out.println("Markdown: " + lines(markdown) + " lines");
    System.out.println(
        "JSON:     "
            + lines(asJson)
            + " lines, starts "
            + asJson.lines().skip(1).findFirst().orElse("").strip());
    System.out.println(
        "YAML:     " + lines(asYaml) + " lines, starts " + asYaml.lines().findFirst().orElse(""));
    boolean same =
        java.util.Arrays.equals(
            markdown.getBytes(StandardCharsets.UTF_8), back.getBytes(StandardCharsets.UTF_8));
    System.out.println("Markdown -> JSON -> YAML -> Markdown is byte-identical: " + same);
    if (!same) {
      throw new IllegalStateException("the round trip changed the plan");
    }
  }

  private static long lines(String text) {
    return text.lines().count();
  }
}
