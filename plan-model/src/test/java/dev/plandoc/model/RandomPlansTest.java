package dev.plandoc.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plandoc.model.check.PlanValidator;
import dev.plandoc.model.testing.ModelTree;
import dev.plandoc.model.testing.RandomPlans;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RandomPlansTest {
  private static final long SEED = 20260309L;
  private static final int SAMPLES = 300;

  @Test
  void everyRecordOfRandomPlansCopiesThroughItsBuilderEqualToItself() throws Exception {
    int copied = 0;
    for (Plan plan : RandomPlans.plans(SEED, SAMPLES).toList()) {
      for (Record record : ModelTree.records(plan)) {
        Class<?> type = record.getClass();
        if (!type.getPackageName().equals("dev.plandoc.model") || type == RawMarkdown.class) {
          continue;
        }
        Class<?> builderType = Class.forName(type.getName() + "Builder");
        Object builder = builderType.getConstructor().newInstance();
        builderType.getMethod("from", type).invoke(builder, record);
        Method build = builderType.getMethod("build");
        Object copy = build.invoke(builder);
        assertThat(copy).isEqualTo(record).hasSameHashCodeAs(record);
        copied++;
      }
    }
    assertThat(copied).isGreaterThan(SAMPLES * 50);
  }

  @Test
  void sameSeedGivesTheSamePlanAndOtherSeedsDiffer() {
    assertThat(RandomPlans.plan(7)).isEqualTo(RandomPlans.plan(7));
    assertThat(RandomPlans.plan(7)).isNotEqualTo(RandomPlans.plan(8));
  }

  @Test
  void randomPlansAreRichInSectionsRowsAndCharacters() {
    List<Plan> plans = RandomPlans.plans(SEED, SAMPLES).toList();
    long allSections =
        plans.stream()
            .filter(p -> java.util.Arrays.stream(SectionKind.values()).allMatch(p::has))
            .count();
    assertThat(allSections).isGreaterThan(SAMPLES / 5);
    long withManyEndpoints =
        plans.stream()
            .filter(p -> p.apiDesign().map(a -> a.endpoints().size() >= 2).orElse(false))
            .count();
    assertThat(withManyEndpoints).isGreaterThan(SAMPLES / 3);
    long withExtraColumns =
        plans.stream()
            .filter(p -> p.techStack().map(t -> !t.columns().isEmpty()).orElse(false))
            .count();
    assertThat(withExtraColumns).isGreaterThan(SAMPLES / 4);
    assertThat(plans.stream().filter(p -> !p.extraSections().isEmpty()).count())
        .isGreaterThan(SAMPLES / 5);
    String allText =
        String.join(
            "\n",
            plans.stream().flatMap(p -> ModelTree.texts(p, Set.of()).values().stream()).toList());
    assertThat(allText).contains("|", "*", "`", "#").containsPattern("[가-힣]");
  }

  @Test
  void singleLineTextOfRandomPlansHasNoLineBreaksOrSurroundingWhitespace() {
    Set<String> multiLine =
        Set.of(
            "Step.text",
            "ResponseSpec.body",
            "EndpointSpec.requestBody",
            "TableSpec.ddl",
            "Diagram.source",
            "RawMarkdown.markdown",
            "ExtraSection.body",
            "Plan.beforeTitle",
            "Plan.afterTitle",
            "Component.note");
    for (Plan plan : RandomPlans.plans(SEED, 50).toList()) {
      for (Map.Entry<String, String> e : ModelTree.texts(plan, multiLine).entrySet()) {
        assertThat(e.getValue())
            .as(e.getKey())
            .doesNotContain("\n")
            .isEqualTo(e.getValue().strip());
      }
    }
  }

  @Test
  void validatorAndPlaceholdersHandleEveryRandomPlanWithoutThrowing() {
    PlanValidator validator = PlanValidator.create();
    long diagnostics =
        RandomPlans.plans(SEED, SAMPLES).mapToLong(p -> validator.validate(p).size()).sum();
    assertThat(diagnostics).isPositive();
  }
}
