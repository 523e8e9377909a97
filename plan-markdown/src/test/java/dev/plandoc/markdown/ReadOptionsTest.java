package dev.plandoc.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plandoc.model.check.Diagnostic;
import dev.plandoc.model.check.PlanValidator;
import dev.plandoc.model.check.Rule;
import dev.plandoc.model.format.ReadOptions;
import dev.plandoc.model.format.ReadResult;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The format SPI's options as the Markdown reader takes them. */
class ReadOptionsTest {
  private static Set<String> ruleCodes() {
    return java.util.Arrays.stream(Rule.values()).map(Rule::code).collect(Collectors.toSet());
  }

  private static List<Diagnostic> ruleFindings(ReadResult read) {
    return read.diagnostics().stream().filter(d -> ruleCodes().contains(d.code())).toList();
  }

  @Test
  void aReadWithoutValidationGivesTheSamePlanWithoutTheRulesFindings() {
    String template = Plans.text(Plans.TEMPLATE);
    ReadResult validated = MarkdownPlanReader.of(ReadOptions.LENIENT).read(template);
    ReadResult plain =
        MarkdownPlanReader.of(ReadOptions.LENIENT.withValidation(false)).read(template);

    assertThat(ruleFindings(validated)).isNotEmpty(); // the template is full of placeholders
    assertThat(ruleFindings(plain)).isEmpty();
    assertThat(plain.plan()).isEqualTo(validated.plan());
    assertThat(plain.sourceMap()).isEqualTo(validated.sourceMap());
    // What the rules find is what the validator finds afterwards, so nothing is lost (a
    // validating read places a placeholder at its column, the validator at its line).
    assertThat(withoutPositions(PlanValidator.create().validate(plain.plan(), plain.sourceMap())))
        .containsExactlyInAnyOrderElementsOf(withoutPositions(ruleFindings(validated)));
  }

  private static List<String> withoutPositions(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(d -> d.code() + " " + d.path() + " " + d.message()).toList();
  }

  @Test
  void validationIsOnUnlessTurnedOff() {
    assertThat(ReadOptions.LENIENT.validate()).isTrue();
    assertThat(ReadOptions.STRICT.validate()).isTrue();
    assertThat(new ReadOptions(true).validate()).isTrue();
    assertThat(ReadOptions.STRICT.withValidation(false)).isEqualTo(new ReadOptions(true, false));
  }

  @Test
  void aValidatorWithoutRulesFindsNothing() {
    String template = Plans.text(Plans.TEMPLATE);
    ReadResult read =
        MarkdownPlanReader.of(ReadOptions.LENIENT.withValidation(false)).read(template);
    assertThat(
            PlanValidator.create().without(Rule.values()).validate(read.plan(), read.sourceMap()))
        .isEmpty();
  }
}
