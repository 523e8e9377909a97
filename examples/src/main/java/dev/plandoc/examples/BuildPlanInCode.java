package dev.plandoc.examples;

import dev.plandoc.markdown.MarkdownPlanWriter;
import dev.plandoc.model.ApiDesignBuilder;
import dev.plandoc.model.EndpointSpecBuilder;
import dev.plandoc.model.Language;
import dev.plandoc.model.MetadataBuilder;
import dev.plandoc.model.Milestone;
import dev.plandoc.model.MilestonesBuilder;
import dev.plandoc.model.NextStepsBuilder;
import dev.plandoc.model.Plan;
import dev.plandoc.model.ResponseSpec;
import dev.plandoc.model.RiskBuilder;
import dev.plandoc.model.RisksBuilder;
import dev.plandoc.model.Step;
import dev.plandoc.model.TechChoice;
import dev.plandoc.model.TechStackBuilder;
import dev.plandoc.model.check.PlanValidator;
import dev.plandoc.model.value.DateText;
import dev.plandoc.model.value.DurationText;
import dev.plandoc.model.value.HttpMethod;
import dev.plandoc.model.value.HttpMethodText;
import dev.plandoc.model.value.RiskLevel;
import dev.plandoc.model.value.RiskLevelText;
import dev.plandoc.model.value.StatusCodeText;
import java.time.LocalDate;
import java.util.Map;

/**
 * Builds a plan in code with the generated builders and typed values, checks it, and prints it as
 * Markdown in Korean and then in English.
 *
 * <p>Its test runs it in {@code mvn -pl examples -am verify}. To run it yourself, after {@code mvn
 * -q -pl plan-cli,examples -am package -DskipTests}: {@code java -cp
 * examples/target/classes:plan-cli/target/plan.jar dev.plandoc.examples.BuildPlanInCode}.
 */
public final class BuildPlanInCode {
  private BuildPlanInCode() {}

  /** Builds the plan of a small feature: push notification settings. */
  public static Plan plan() {
    return Plan.builder()
        .title("Push notification settings")
        .metadata(
            new MetadataBuilder()
                .spec("`specs/push-settings.md`")
                .date(DateText.of(LocalDate.of(2026, 3, 9)))
                .author("Kim Minji")
                .agents("Backend Python Expert")
                .build())
        .techStack(
            new TechStackBuilder()
                .addSelected(
                    new TechChoice("Backend", "FastAPI", "Same stack as the API", Map.of()))
                .addSelected(
                    new TechChoice("Database", "PostgreSQL 16", "Settings are rows", Map.of()))
                .build())
        .apiDesign(
            new ApiDesignBuilder()
                .addEndpoints(
                    new EndpointSpecBuilder()
                        .name("Read settings")
                        .method(HttpMethodText.of(HttpMethod.GET))
                        .path("/api/v1/users/{id}/push-settings")
                        .addResponses(
                            new ResponseSpec(
                                "Response", StatusCodeText.of(200), "{ \"enabled\": true }"))
                        .build())
                .build())
        .milestones(
            new MilestonesBuilder()
                .addMilestones(
                    new Milestone(
                        "Phase 1", "Schema and API", new DurationText("2 days"), Map.of()))
                .addMilestones(
                    new Milestone("Phase 2", "App screen", new DurationText("3 days"), Map.of()))
                .build())
        .risks(
            new RisksBuilder()
                .addRisks(
                    new RiskBuilder()
                        .title("Notifications at night in the wrong time zone")
                        .probability(RiskLevelText.english(RiskLevel.MEDIUM))
                        .impact(RiskLevelText.english(RiskLevel.HIGH))
                        .mitigation("Store the user's time zone; test quiet hours per zone")
                        .build())
                .build())
        .nextSteps(new NextStepsBuilder().addSteps(new Step("Review with the app team")).build())
        .build();
  }

  /**
   * Prints the plan in Korean, then in English, then what the validator says about it.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    Plan plan = plan();

    System.out.println("=== Korean (the default for a plan built in code) ===");
    System.out.print(MarkdownPlanWriter.builder().build().write(plan));

    System.out.println("=== English ===");
    System.out.print(MarkdownPlanWriter.builder().language(Language.ENGLISH).build().write(plan));

    System.out.println("=== Validator ===");
    // The plan leaves sections out on purpose: the validator says which.
    PlanValidator.create().validate(plan).forEach(System.out::println);
  }
}
