package dev.plandoc.examples;

import dev.plandoc.markdown.MarkdownPlanReader;
import dev.plandoc.model.Plan;
import dev.plandoc.model.check.Diagnostic;
import dev.plandoc.model.format.AtomicFile;
import dev.plandoc.openapi.OpenApiResult;
import dev.plandoc.openapi.OpenApiSyntax;
import dev.plandoc.openapi.OpenApiWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a Markdown plan and writes the OpenAPI 3.1 document of its API design: YAML, or JSON when
 * the output file ends in {@code .json}; what the plan says that OpenAPI cannot hold (a status that
 * is not HTTP, an unfilled placeholder) is printed, not written.
 *
 * <pre>{@code
 * java -cp examples/target/classes:plan-cli/target/plan.jar dev.plandoc.examples.WriteOpenApi PLAN.md openapi.yaml
 * }</pre>
 */
public final class WriteOpenApi {
  private WriteOpenApi() {}

  /**
   * Writes the OpenAPI document.
   *
   * @param args the Markdown plan (default: the shipped sample) and the output file (default:
   *     standard output)
   * @throws IOException when a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    String markdown =
        args.length > 0 ? Files.readString(Path.of(args[0])) : ReadMarkdownPlan.sample();
    Plan plan = MarkdownPlanReader.builder().build().read(markdown).plan();

    boolean json = args.length > 1 && args[1].endsWith(".json");
    OpenApiWriter writer =
        OpenApiWriter.builder()
            .syntax(json ? OpenApiSyntax.JSON : OpenApiSyntax.YAML)
            .version("1.0.0")
            .build();
    // The writer is immutable: one can serve every plan of a batch, from any thread.
    OpenApiResult result = writer.write(plan);

    for (Diagnostic d : result.diagnostics()) {
      System.out.println("left out: " + d);
    }
    if (args.length > 1) {
      AtomicFile.write(Path.of(args[1]), result.text());
      System.out.println("wrote " + args[1] + " (" + result.text().lines().count() + " lines)");
    } else {
      System.out.print(result.text());
    }
  }
}
