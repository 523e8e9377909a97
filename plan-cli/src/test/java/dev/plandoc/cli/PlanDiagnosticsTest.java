package dev.plandoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plandoc.model.Plan;
import dev.plandoc.model.check.Diagnostic;
import dev.plandoc.model.check.PlanValidator;
import dev.plandoc.model.check.Rule;
import dev.plandoc.model.check.Severity;
import dev.plandoc.model.check.SourceMap;
import dev.plandoc.model.check.SourcePosition;
import dev.plandoc.model.format.ReadResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanDiagnosticsTest {
  static final Plan UNTITLED = Plan.builder().build();

  @Test
  void addsTheValidatorsFindingsToTheReaders() {
    Diagnostic reader =
        Diagnostic.of(Severity.INFO, "PLAN-M001", "extraSections[0]", "unknown section")
            .at(new SourcePosition(9, 1));
    List<Diagnostic> all =
        PlanDiagnostics.of(new ReadResult(UNTITLED, List.of(reader), SourceMap.empty()));
    List<Diagnostic> validator = PlanValidator.create().validate(UNTITLED);
    assertThat(validator).isNotEmpty();
    assertThat(all).hasSize(validator.size() + 1).containsAll(validator);
    assertThat(all.get(0)).as("placed findings first, in document order").isEqualTo(reader);
  }

  @Test
  void aReaderThatAlreadyValidatedIsNotValidatedTwice() {
    Diagnostic second =
        Rule.MISSING_TITLE.at("title", "the plan has no title").at(new SourcePosition(2, 1));
    Diagnostic first =
        Diagnostic.of(Severity.WARNING, "PLAN-M006", "title", "no title")
            .at(new SourcePosition(1, 1));
    List<Diagnostic> all =
        PlanDiagnostics.of(new ReadResult(UNTITLED, List.of(second, first), SourceMap.empty()));
    assertThat(all).containsExactly(first, second);
  }
}
