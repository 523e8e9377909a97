package dev.plandoc.bench.startup;

import dev.plandoc.json.YamlPlanWriter;
import dev.plandoc.markdown.MarkdownPlanReader;
import dev.plandoc.model.Plan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What {@code plan convert in.md out.yaml} does, and nothing more: read one Markdown file, write it
 * as YAML. Measured cold, one JVM per run, against {@link HelloMain}.
 */
public final class ConvertMain {
  private ConvertMain() {}

  /**
   * Converts a file.
   *
   * @param args the Markdown file and the YAML file to write
   */
  public static void main(String[] args) throws IOException {
    String md = Files.readString(Path.of(args[0]));
    Plan plan = MarkdownPlanReader.builder().build().read(md).plan();
    YamlPlanWriter.builder().build().write(plan, Path.of(args[1]));
  }
}
