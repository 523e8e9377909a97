package dev.plandoc.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plandoc.model.Metadata;
import dev.plandoc.model.Plan;
import dev.plandoc.model.RawMarkdownView;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RoundTripTest {
  static final int PLANS = 1000;

  static Stream<Plan> randomPlans() {
    return RandomPlans.plans(PLANS);
  }

  @Test
  void randomPlansAreReproducibleAndRich() {
    assertThat(RandomPlans.plan(42)).isEqualTo(RandomPlans.plan(42));
    long withExtras = RandomPlans.plans(100).filter(p -> !p.extraSections().isEmpty()).count();
    long withApi =
        RandomPlans.plans(100)
            .filter(p -> p.apiDesign().map(a -> !a.endpoints().isEmpty()).orElse(false))
            .count();
    assertThat(withExtras).isBetween(20L, 90L);
    assertThat(withApi).isBetween(20L, 95L);
  }

  @Test
  void randomPlansCarryViewsChecklistsAndSummaries() {
    assertThat(plansWith(p -> items(p).anyMatch(RawMarkdownView::isView))).isBetween(20L, 95L);
    assertThat(
            plansWith(
                p ->
                    p.nextSteps().stream()
                        .flatMap(n -> n.steps().stream())
                        .anyMatch(s -> s.checked().isPresent())))
        .isBetween(20L, 95L);
    assertThat(
            plansWith(
                p ->
                    p.apiDesign().stream()
                        .flatMap(a -> a.endpoints().stream())
                        .flatMap(e -> e.responses().stream())
                        .anyMatch(r -> r.summary().isPresent())))
        .isBetween(10L, 95L);
  }

  @Test
  void randomPlansCarryTitleFormsFencesAndMetadataViews() {
    assertThat(plansWith(p -> p.titleForm().isPresent())).isBetween(10L, 60L);
    assertThat(plansWith(p -> p.enclosingFence().isPresent())).isBetween(10L, 60L);
    assertThat(plansWith(p -> p.metadata().flatMap(Metadata::viewOf).isPresent()))
        .isBetween(10L, 60L);
  }

  private static long plansWith(Predicate<Plan> has) {
    return RandomPlans.plans(100).filter(has).count();
  }

  /** The items of the sections whose lists the generator makes views in. */
  private static Stream<RawMarkdownView> items(Plan p) {
    return Stream.of(
            p.apiDesign().stream().flatMap(a -> a.endpoints().stream()),
            p.databaseSchema().stream().flatMap(d -> d.tables().stream()),
            p.externalServices().stream().flatMap(e -> e.services().stream()),
            p.milestones().stream().flatMap(m -> m.milestones().stream()),
            p.risks().stream().flatMap(r -> r.risks().stream()),
            p.nextSteps().stream().flatMap(n -> n.steps().stream()))
        .flatMap(s -> s.map(RawMarkdownView.class::cast));
  }

  @ParameterizedTest
  @MethodSource("randomPlans")
  void modelToJsonToModelIsEqual(Plan plan) {
    RoundTrips.assertJsonRoundTrip(plan);
    RoundTrips.assertCompactJsonRoundTrip(plan);
  }

  @ParameterizedTest
  @MethodSource("randomPlans")
  void modelToYamlToModelIsEqual(Plan plan) {
    RoundTrips.assertYamlRoundTrip(plan);
  }

  @Test
  void templatePlanRoundTripsThroughBothFormats() {
    RoundTrips.assertJsonRoundTrip(TemplatePlan.plan());
    RoundTrips.assertYamlRoundTrip(TemplatePlan.plan());
  }
}
