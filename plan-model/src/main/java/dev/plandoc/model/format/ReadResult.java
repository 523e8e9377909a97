package dev.plandoc.model.format;

import dev.plandoc.model.Plan;
import dev.plandoc.model.check.Diagnostic;
import dev.plandoc.model.check.Severity;
import dev.plandoc.model.check.SourceMap;
import java.util.List;
import java.util.Objects;

/**
 * What a read returns: the plan, the diagnostics the reader found (content problems, never
 * exceptions), and where each part of the plan came from.
 *
 * <pre>{@code
 * ReadResult r = reader.read(markdown);
 * r.diagnostics().forEach(System.err::println);
 * Plan plan = r.plan();
 * }</pre>
 *
 * @param plan the plan read
 * @param diagnostics the reader's diagnostics in document order
 * @param sourceMap the source position of each part
 */
public record ReadResult(Plan plan, List<Diagnostic> diagnostics, SourceMap sourceMap) {
  /** Checks the values. */
  public ReadResult {
    Objects.requireNonNull(plan, "plan must not be null");
    diagnostics = List.copyOf(diagnostics);
    Objects.requireNonNull(sourceMap, "sourceMap must not be null");
  }

  /** A result with no diagnostics and no source positions. */
  public static ReadResult of(Plan plan) {
    return new ReadResult(plan, List.of(), SourceMap.empty());
  }

  /** Whether any diagnostic is an {@link Severity#ERROR}. */
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
