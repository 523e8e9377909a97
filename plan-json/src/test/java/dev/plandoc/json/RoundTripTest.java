package dev.plandoc.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plandoc.model.Plan;
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
