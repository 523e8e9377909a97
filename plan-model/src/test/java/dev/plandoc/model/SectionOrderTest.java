package dev.plandoc.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link Plan#sectionOrder()}: the document's order of its sections, kept in one form. */
class SectionOrderTest {
  private static PlanBuilder stackRisksSteps() {
    return Plan.builder()
        .title("t")
        .techStack(new TechStackBuilder().build())
        .risks(new RisksBuilder().build())
        .nextSteps(new NextStepsBuilder().build());
  }

  @Test
  void aPlanBuiltInCodeHasTheTemplatesOrderAndNoSectionOrder() {
    Plan plan = stackRisksSteps().build();
    assertThat(plan.sectionOrder()).isEmpty();
    assertThat(plan.sectionsInOrder())
        .containsExactly(SectionKind.TECH_STACK, SectionKind.RISKS, SectionKind.NEXT_STEPS);
  }

  @Test
  void anOrderOfTheDocumentsOwnIsKept() {
    List<SectionKind> order =
        List.of(SectionKind.RISKS, SectionKind.TECH_STACK, SectionKind.NEXT_STEPS);
    Plan plan = stackRisksSteps().sectionOrder(order).build();
    assertThat(plan.sectionOrder()).isEqualTo(order);
    assertThat(plan.sectionsInOrder()).isEqualTo(order);
  }

  @Test
  void anOrderThatComesOutAsTheTemplatesIsEmpty() {
    Plan plan =
        stackRisksSteps()
            .sectionOrder(
                List.of(SectionKind.TECH_STACK, SectionKind.API_DESIGN, SectionKind.RISKS))
            .build();
    assertThat(plan.sectionOrder()).isEmpty();
    assertThat(plan).isEqualTo(stackRisksSteps().build());
  }

  @Test
  void kindsThePlanLacksAreDroppedAndLeftOutOnesFollowTheirTemplatePredecessor() {
    Plan plan =
        stackRisksSteps()
            .architecture(new ArchitectureBuilder().build())
            .sectionOrder(
                List.of(SectionKind.MILESTONES, SectionKind.RISKS, SectionKind.TECH_STACK))
            .build();
    // Architecture goes after the stack; the next steps after architecture, the last one before
    // them.
    assertThat(plan.sectionOrder())
        .containsExactly(
            SectionKind.RISKS,
            SectionKind.TECH_STACK,
            SectionKind.ARCHITECTURE,
            SectionKind.NEXT_STEPS);
  }

  @Test
  void aSectionRemovedLeavesTheOrderOfTheRest() {
    Plan plan =
        stackRisksSteps()
            .sectionOrder(
                List.of(SectionKind.NEXT_STEPS, SectionKind.RISKS, SectionKind.TECH_STACK))
            .build();
    Plan without = new PlanBuilder().from(plan).risks(Optional.empty()).build();
    assertThat(without.sectionOrder())
        .containsExactly(SectionKind.NEXT_STEPS, SectionKind.TECH_STACK);
  }

  @Test
  void aKindNamedTwiceIsRejected() {
    assertThatThrownBy(
            () ->
                stackRisksSteps()
                    .sectionOrder(List.of(SectionKind.RISKS, SectionKind.RISKS))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("sectionOrder names section 'risks' twice");
  }

  @Test
  void extraSectionsAreKeptInTheDocumentsOrderOfTheSectionsTheyFollow() {
    Plan plan =
        stackRisksSteps()
            .addExtraSections(new ExtraSection("techStack", "After the stack", ""))
            .addExtraSections(new ExtraSection("risks", "After the risks", ""))
            .sectionOrder(List.of(SectionKind.RISKS, SectionKind.TECH_STACK))
            .build();
    assertThat(plan.extraSections())
        .extracting(ExtraSection::heading)
        .containsExactly("After the risks", "After the stack");
  }

  @Test
  void anEmptyLabelIsAPartWithoutAHeadingAndNoSectionHeading() {
    assertThat(Plan.builder().putLabels("techStack.selected", "").build().labels())
        .containsEntry("techStack.selected", "");
    assertThatThrownBy(() -> Plan.builder().putLabels("techStack", "").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty section heading");
  }
}
