package dev.plandoc.model.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.plandoc.model.ApiDesignBuilder;
import dev.plandoc.model.EndpointSpecBuilder;
import dev.plandoc.model.ExternalServicesBuilder;
import dev.plandoc.model.ExtraSection;
import dev.plandoc.model.Header;
import dev.plandoc.model.Plan;
import dev.plandoc.model.RawMarkdown;
import dev.plandoc.model.ResponseSpec;
import dev.plandoc.model.TechChoice;
import dev.plandoc.model.TechStackBuilder;
import dev.plandoc.model.testing.ModelTree;
import dev.plandoc.model.testing.RandomPlans;
import dev.plandoc.model.testing.TemplatePlan;
import dev.plandoc.model.value.HttpMethodText;
import dev.plandoc.model.value.StatusCodeText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

  /** Verbatim code, structural keys and column lists: not text fields. */
  private static final Set<String> NOT_TEXT =
      Set.of(
          "EndpointSpec.requestBody",
          "ResponseSpec.body",
          "TableSpec.ddl",
          "Diagram.source",
          "ExtraSection.body",
          "ExtraSection.anchor",
          "RawMarkdown.anchor",
          "RawMarkdown.markdown",
          "Plan.beforeTitle",
          "Plan.afterTitle",
          "TechStack.columns",
          "ErrorHandling.columns",
          "CostEstimate.columns",
          "Milestones.columns");

  @Test
  void templateBuiltInCodeReportsEveryPlaceholderInDocumentOrder() {
    List<Placeholder> found = Placeholders.find(TemplatePlan.plan());

    assertThat(found)
        .extracting(Placeholder::path, Placeholder::text)
        .containsExactly(
            tuple("title", "{기능명}"),
            tuple("metadata.spec", "{기능명}"),
            tuple("metadata.date", "{YYYY-MM-DD}"),
            tuple("metadata.author", "{이름}"),
            tuple("metadata.agents", "{Backend Python Expert | Frontend Flutter Expert | etc.}"),
            tuple("techStack.selected[0].technology", "{기술}"),
            tuple("techStack.selected[0].reason", "{이유}"),
            tuple("techStack.selected[1].technology", "{기술}"),
            tuple("techStack.selected[1].reason", "{이유}"),
            tuple("techStack.selected[2].technology", "{기술}"),
            tuple("techStack.selected[2].reason", "{이유}"),
            tuple("techStack.selected[3].technology", "{기술}"),
            tuple("techStack.selected[3].reason", "{이유}"),
            tuple("techStack.alternatives[0].technology", "{기술 A}"),
            tuple("techStack.alternatives[1].technology", "{기술 B}"),
            tuple("architecture.components[0].role", "{역할}"),
            tuple("architecture.components[1].role", "{역할}"),
            tuple("apiDesign.endpoints[0].name", "{이름}"),
            tuple("databaseSchema.tables[0].name", "{이름}"),
            tuple("externalServices.services[0].name", "{이름}"),
            tuple("externalServices.services[0].purpose", "{목적}"),
            tuple("externalServices.services[0].cost", "${금액}"),
            tuple("externalServices.services[0].cost", "{건}"),
            tuple("externalServices.services[0].apiDocs", "{URL}"),
            tuple("externalServices.services[0].authentication", "{방법}"),
            tuple("performance.caching.redisCache", "{대상 데이터}"),
            tuple("performance.caching.ttl", "{시간}"),
            tuple("performance.databaseOptimization.indexing", "{컬럼}"),
            tuple("performance.databaseOptimization.connectionPool", "{크기}"),
            tuple("testing.integration.criticalPaths", "{경로 1}"),
            tuple("testing.integration.criticalPaths", "{경로 2}"),
            tuple("testing.load.target", "{TPS}"),
            tuple("costEstimate.items[0].monthlyCost", "${금액}"),
            tuple("costEstimate.items[0].basis", "{근거}"),
            tuple("costEstimate.items[1].monthlyCost", "${금액}"),
            tuple("costEstimate.items[1].basis", "{근거}"),
            tuple("costEstimate.items[2].monthlyCost", "${금액}"),
            tuple("costEstimate.items[2].basis", "{근거}"),
            tuple("costEstimate.total.amount", "${금액}"),
            tuple("milestones.milestones[0].work", "{작업}"),
            tuple("milestones.milestones[0].estimate", "{시간}"),
            tuple("milestones.milestones[1].work", "{작업}"),
            tuple("milestones.milestones[1].estimate", "{시간}"),
            tuple("milestones.milestones[2].work", "{작업}"),
            tuple("milestones.milestones[2].estimate", "{시간}"),
            tuple("risks.risks[0].title", "{제목}"),
            tuple("risks.risks[0].probability", "High | Medium | Low"),
            tuple("risks.risks[0].impact", "High | Medium | Low"),
            tuple("risks.risks[0].mitigation", "{방법}"),
            tuple("nextSteps.steps[1].text", "{기능명}"));
  }

  @Test
  void placeholderKeepsTheWholeTextOfItsField() {
    List<Placeholder> found = Placeholders.find(TemplatePlan.plan());

    assertThat(found)
        .filteredOn(p -> p.path().equals("externalServices.services[0].cost"))
        .extracting(Placeholder::fieldText)
        .containsOnly("월 ${금액} (예상 {건}건 기준)");
    assertThat(found)
        .filteredOn(p -> p.path().equals("metadata.spec"))
        .extracting(Placeholder::fieldText)
        .containsExactly("`specs/{기능명}.md`");
  }

  @Test
  void planWithPlaceholderTextInEveryTextFieldReportsAPlaceholderForEveryTextField() {
    for (long seed = 1; seed <= 40; seed++) {
      AtomicInteger n = new AtomicInteger();
      Plan plan = RandomPlans.plan(seed, r -> "{값" + n.incrementAndGet() + "}");
      Map<String, String> textFields = ModelTree.texts(plan, NOT_TEXT);

      List<Placeholder> found = Placeholders.find(plan);

      Map<String, String> reported = new LinkedHashMap<>();
      found.stream()
          .filter(p -> !isKeptMarkdown(p.path()))
          .forEach(p -> reported.put(p.path(), p.fieldText()));
      assertThat(reported).as("seed %d", seed).isEqualTo(textFields);
      assertThat(found)
          .filteredOn(p -> !isKeptMarkdown(p.path()))
          .extracting(Placeholder::text)
          .allMatch(t -> t.startsWith("{값"));
    }
  }

  @Test
  void verbatimCodeIsNotSearched() {
    Plan plan =
        Plan.builder()
            .title("알림 설정")
            .beforeTitle("<!-- {front matter} -->")
            .apiDesign(
                new ApiDesignBuilder()
                    .addEndpoints(
                        new EndpointSpecBuilder()
                            .name("조회")
                            .method(new HttpMethodText("GET"))
                            .path("/api/v1/settings")
                            .requestBody("{\n  \"field1\": \"{value}\"\n}")
                            .addResponses(
                                new ResponseSpec("Response", StatusCodeText.of(200), "{\"a\": {}}"))
                            .build())
                    .addExtras(new RawMarkdown("", "```json\n{\"x\": \"{기능명}\"}\n```"))
                    .build())
            .addExtraSections(new ExtraSection("", "16. 참고 자료", "- {링크}"))
            .build();

    assertThat(Placeholders.find(plan)).isEmpty();
  }

  @Test
  void pathParametersAndBearerTokenAreHttpNotationButKoreanBracesInThemArePlaceholders() {
    Plan plan =
        Plan.builder()
            .title("영수증")
            .apiDesign(
                new ApiDesignBuilder()
                    .addEndpoints(
                        new EndpointSpecBuilder()
                            .name("검토 요청")
                            .method(new HttpMethodText("POST"))
                            .path("/api/v1/receipts/{receipt_id}/review-requests")
                            .addHeaders(new Header("Authorization", "Bearer {token}"))
                            .build())
                    .addEndpoints(
                        new EndpointSpecBuilder()
                            .name("생성")
                            .method(new HttpMethodText("POST"))
                            .path("/api/v1/{리소스}")
                            .addHeaders(new Header("X-Tenant", "{테넌트 ID}"))
                            .build())
                    .build())
            .build();

    assertThat(Placeholders.find(plan))
        .extracting(Placeholder::path, Placeholder::text)
        .containsExactly(
            tuple("apiDesign.endpoints[1].path", "{리소스}"),
            tuple("apiDesign.endpoints[1].headers[0].value", "{테넌트 ID}"));
  }

  @Test
  void extraCellsAreReportedByHeaderInColumnOrder() {
    Map<String, String> cells = new LinkedHashMap<>();
    cells.put("버전", "{버전}");
    Plan plan =
        Plan.builder()
            .title("x")
            .techStack(
                new TechStackBuilder()
                    .columns(List.of("area", "technology", "버전", "reason"))
                    .addSelected(new TechChoice("백엔드", "{기술}", "{이유}", cells))
                    .build())
            .build();

    assertThat(Placeholders.find(plan))
        .extracting(Placeholder::path)
        .containsExactly(
            "techStack.selected[0].technology",
            "techStack.selected[0].extraCells[\"버전\"]",
            "techStack.selected[0].reason");
  }

  @Test
  void dollarBracePlaceholderIsOnePlaceholderAndAlternativesNeedSpacedBars() {
    assertThat(Placeholders.in("월 ${금액} (예상 {건}건 기준)")).containsExactly("${금액}", "{건}");
    assertThat(Placeholders.in("**High | Medium | Low**")).containsExactly("High | Medium | Low");
    assertThat(Placeholders.in("Locust / k6")).isEmpty();
    assertThat(Placeholders.in("{\"error\": \"x\"}")).isEmpty();
    assertThat(Placeholders.in("a|b")).isEmpty();
  }

  @Test
  void randomPlansReportOnlyPathsThatAreTextFields() {
    for (Plan plan : RandomPlans.plans(99, 100).toList()) {
      Set<String> textPaths = ModelTree.texts(plan, NOT_TEXT).keySet();
      Set<String> reported =
          Placeholders.find(plan).stream()
              .map(Placeholder::path)
              .filter(p -> !isKeptMarkdown(p))
              .collect(Collectors.toSet());
      assertThat(textPaths).containsAll(reported);
    }
  }

  /** Placeholders found in a section's kept Markdown have the path of its extras. */
  private static boolean isKeptMarkdown(String path) {
    return path.matches(".*\\.extras\\[\\d+\\]");
  }

  @Test
  void proseOfKeptMarkdownIsSearchedForTheTemplatesPlaceholdersOnly() {
    Plan plan =
        Plan.builder()
            .title("쿠폰")
            .externalServices(
                new ExternalServicesBuilder()
                    .addExtras(
                        new RawMarkdown(
                            "",
                            "- 월 비용: {금액} (확정 후)\n- 문서: {URL}, 경로 {경로 2}\n"
                                + "- 키 `coupon:{eventId}` 와 {eventId}, ${ENV}, {id}\n"
                                + "```\n{코드 안}\n```"))
                    .build())
            .build();

    assertThat(Placeholders.find(plan))
        .extracting(Placeholder::path, Placeholder::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("externalServices.extras[0]", "{금액}"),
            org.assertj.core.groups.Tuple.tuple("externalServices.extras[0]", "{URL}"),
            org.assertj.core.groups.Tuple.tuple("externalServices.extras[0]", "{경로 2}"));
  }
}
