package dev.plandoc.cli;

import dev.plandoc.model.check.Diagnostic;
import dev.plandoc.model.check.PlanValidator;
import dev.plandoc.model.check.Rule;
import dev.plandoc.model.check.SourcePosition;
import dev.plandoc.model.format.ReadResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * All diagnostics of a plan that was read: the reader's own (PLAN-M… for Markdown, PLAN-J… for JSON
 * and YAML) and the {@link PlanValidator}'s rules. A reader that already runs the validator reports
 * rule codes itself; then its diagnostics are taken as they are, so nothing is reported twice.
 */
final class PlanDiagnostics {
  private static final Set<String> RULE_CODES =
      Stream.of(Rule.values()).map(Rule::code).collect(Collectors.toUnmodifiableSet());

  private static final Comparator<Diagnostic> IN_DOCUMENT_ORDER =
      Comparator.comparing(
          (Diagnostic d) -> d.position().orElse(null),
          Comparator.nullsLast(Comparator.<SourcePosition>naturalOrder()));

  private PlanDiagnostics() {}

  /** The reader's and the validator's diagnostics, in document order (unplaced ones last). */
  static List<Diagnostic> of(ReadResult read) {
    List<Diagnostic> all = new ArrayList<>(read.diagnostics());
    boolean readerValidated = all.stream().anyMatch(d -> RULE_CODES.contains(d.code()));
    if (!readerValidated) {
      all.addAll(PlanValidator.create().validate(read.plan(), read.sourceMap()));
    }
    all.sort(IN_DOCUMENT_ORDER);
    return List.copyOf(all);
  }
}
