package dev.plandoc.openapi;

import dev.plandoc.model.check.Diagnostic;
import java.util.List;
import java.util.Objects;

/**
 * An OpenAPI document and what of the plan it leaves out, and why: endpoints without a method or
 * path, statuses that are not HTTP statuses, unfilled placeholders, repeats. The codes are listed
 * on {@link OpenApiWriter}.
 *
 * <pre>{@code
 * OpenApiResult result = writer.write(plan);
 * result.diagnostics().forEach(System.err::println);
 * Files.writeString(Path.of("openapi.yaml"), result.text());
 * }</pre>
 *
 * @param text the document, ending with a line break
 * @param diagnostics what was left out, in the plan's order
 */
public record OpenApiResult(String text, List<Diagnostic> diagnostics) {
  /** Checks and copies the values. */
  public OpenApiResult {
    Objects.requireNonNull(text, "text must not be null");
    diagnostics = List.copyOf(diagnostics);
  }
}
