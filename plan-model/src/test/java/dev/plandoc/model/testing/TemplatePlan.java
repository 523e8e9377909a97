package dev.plandoc.model.testing;

import dev.plandoc.model.Alternative;
import dev.plandoc.model.ApiDesignBuilder;
import dev.plandoc.model.ArchitectureBuilder;
import dev.plandoc.model.AsyncProcessingBuilder;
import dev.plandoc.model.AuthenticationBuilder;
import dev.plandoc.model.AuthorizationBuilder;
import dev.plandoc.model.CachingBuilder;
import dev.plandoc.model.Component;
import dev.plandoc.model.CostEstimateBuilder;
import dev.plandoc.model.CostItem;
import dev.plandoc.model.CostTotal;
import dev.plandoc.model.DataProtectionBuilder;
import dev.plandoc.model.DatabaseOptimizationBuilder;
import dev.plandoc.model.DatabaseSchemaBuilder;
import dev.plandoc.model.DeploymentBuilder;
import dev.plandoc.model.Diagram;
import dev.plandoc.model.EndpointSpecBuilder;
import dev.plandoc.model.Environment;
import dev.plandoc.model.ErrorClass;
import dev.plandoc.model.ErrorHandlingBuilder;
import dev.plandoc.model.ExternalServicesBuilder;
import dev.plandoc.model.Header;
import dev.plandoc.model.IntegrationTestingBuilder;
import dev.plandoc.model.Language;
import dev.plandoc.model.LoadTestingBuilder;
import dev.plandoc.model.LoggingBuilder;
import dev.plandoc.model.MetadataBuilder;
import dev.plandoc.model.Milestone;
import dev.plandoc.model.MilestonesBuilder;
import dev.plandoc.model.MonitoringBuilder;
import dev.plandoc.model.NextStepsBuilder;
import dev.plandoc.model.PerformanceBuilder;
import dev.plandoc.model.Plan;
import dev.plandoc.model.ResponseSpec;
import dev.plandoc.model.RiskBuilder;
import dev.plandoc.model.RisksBuilder;
import dev.plandoc.model.SecurityBuilder;
import dev.plandoc.model.ServiceSpecBuilder;
import dev.plandoc.model.Step;
import dev.plandoc.model.TableSpecBuilder;
import dev.plandoc.model.TechChoice;
import dev.plandoc.model.TechStackBuilder;
import dev.plandoc.model.TestingBuilder;
import dev.plandoc.model.value.CountText;
import dev.plandoc.model.value.DateText;
import dev.plandoc.model.value.DurationText;
import dev.plandoc.model.value.HttpMethodText;
import dev.plandoc.model.value.MoneyText;
import dev.plandoc.model.value.PercentageText;
import dev.plandoc.model.value.RiskLevelText;
import dev.plandoc.model.value.StatusCodeText;
import dev.plandoc.model.value.UrlText;
import java.util.Map;

/**
 * The Korean template ({@code seed/plan-template.ko.md}) as a model built by hand in code, with the
 * template's values exactly as written: title {@code {기능명}}, date {@code {YYYY-MM-DD}}, probability
 * {@code High | Medium | Low} and so on.
 *
 * <pre>{@code
 * Plan template = TemplatePlan.plan();
 * }</pre>
 */
public final class TemplatePlan {
  /** The unfilled template as a plan. */
  public static Plan plan() {
    return plan(Map.of());
  }

  /**
   * The template with some values replaced: {@code fills} maps a model path (such as {@code
   * metadata.date}) to the text that stands there instead of the template's.
   */
  public static Plan plan(Map<String, String> fills) {
    return new TemplatePlan(fills).build();
  }

  private final Map<String, String> fills;

  private TemplatePlan(Map<String, String> fills) {
    this.fills = Map.copyOf(fills);
  }

  private String f(String path, String template) {
    return fills.getOrDefault(path, template);
  }

  private Plan build() {
    return Plan.builder()
        .title(f("title", "{기능명}"))
        .language(Language.KOREAN)
        .metadata(
            new MetadataBuilder()
                .spec(f("metadata.spec", "`specs/{기능명}.md`"))
                .date(new DateText(f("metadata.date", "{YYYY-MM-DD}")))
                .author(f("metadata.author", "{이름}"))
                .agents(
                    f(
                        "metadata.agents",
                        "{Backend Python Expert | Frontend Flutter Expert | etc.}"))
                .build())
        .techStack(
            new TechStackBuilder()
                .addSelected(techChoice(0, "백엔드"))
                .addSelected(techChoice(1, "프론트엔드"))
                .addSelected(techChoice(2, "데이터베이스"))
                .addSelected(techChoice(3, "외부 서비스"))
                .addAlternatives(
                    new Alternative(f("techStack.alternatives[0].technology", "{기술 A}"), "제외 이유"))
                .addAlternatives(
                    new Alternative(f("techStack.alternatives[1].technology", "{기술 B}"), "제외 이유"))
                .build())
        .architecture(
            new ArchitectureBuilder()
                .diagram(
                    new Diagram(
                        "",
                        "[Client] → [API Gateway] → [Service] → [Database]\n"
                            + "                    ↓\n"
                            + "              [External API]"))
                .addComponents(
                    Component.of("Component 1", f("architecture.components[0].role", "{역할}")))
                .addComponents(
                    Component.of("Component 2", f("architecture.components[1].role", "{역할}")))
                .addDataFlow(new Step("사용자 요청"), new Step("검증"), new Step("처리"), new Step("응답"))
                .build())
        .apiDesign(
            new ApiDesignBuilder()
                .addEndpoints(
                    new EndpointSpecBuilder()
                        .name(f("apiDesign.endpoints[0].name", "{이름}"))
                        .method(new HttpMethodText("POST"))
                        .path("/api/v1/resource")
                        .addHeaders(new Header("Authorization", "Bearer {token}"))
                        .addHeaders(new Header("Content-Type", "application/json"))
                        .requestBody("{\n  \"field1\": \"value\"\n}")
                        .addResponses(
                            new ResponseSpec(
                                "Response",
                                new StatusCodeText("200"),
                                "{\n  \"id\": \"...\",\n  \"status\": \"success\"\n}"))
                        .addResponses(
                            new ResponseSpec(
                                "Error",
                                new StatusCodeText("400"),
                                "{\n  \"error\": \"Invalid request\",\n  \"details\": \"...\"\n}"))
                        .build())
                .build())
        .databaseSchema(
            new DatabaseSchemaBuilder()
                .addTables(
                    new TableSpecBuilder()
                        .name(f("databaseSchema.tables[0].name", "{이름}"))
                        .ddlLanguage("sql")
                        .ddl(
                            "CREATE TABLE resource (\n"
                                + "  id UUID PRIMARY KEY,\n"
                                + "  field1 VARCHAR(255) NOT NULL,\n"
                                + "  created_at TIMESTAMP WITH TIME ZONE NOT NULL,\n"
                                + "  INDEX idx_field1 (field1)\n"
                                + ");")
                        .build())
                .addIndexNotes("`idx_field1`: 조회 성능 향상")
                .build())
        .externalServices(
            new ExternalServicesBuilder()
                .addServices(
                    new ServiceSpecBuilder()
                        .name(f("externalServices.services[0].name", "{이름}"))
                        .purpose(f("externalServices.services[0].purpose", "{목적}"))
                        .cost(
                            new MoneyText(
                                f("externalServices.services[0].cost", "월 ${금액} (예상 {건}건 기준)")))
                        .apiDocs(new UrlText(f("externalServices.services[0].apiDocs", "{URL}")))
                        .authentication(f("externalServices.services[0].authentication", "{방법}"))
                        .build())
                .build())
        .security(
            new SecurityBuilder()
                .authentication(
                    new AuthenticationBuilder()
                        .method("JWT")
                        .tokenLifetime(new DurationText("1시간"))
                        .refreshTokenLifetime(new DurationText("7일"))
                        .build())
                .authorization(
                    new AuthorizationBuilder()
                        .model("Role-based Access Control (RBAC)")
                        .roles("Admin, User, Guest")
                        .build())
                .dataProtection(
                    new DataProtectionBuilder()
                        .piiEncryption("AES-256")
                        .transportEncryption("TLS 1.3")
                        .build())
                .build())
        .performance(
            new PerformanceBuilder()
                .caching(
                    new CachingBuilder()
                        .redisCache(f("performance.caching.redisCache", "{대상 데이터}"))
                        .ttl(new DurationText(f("performance.caching.ttl", "{시간}")))
                        .build())
                .databaseOptimization(
                    new DatabaseOptimizationBuilder()
                        .indexing(f("performance.databaseOptimization.indexing", "{컬럼}"))
                        .connectionPool(
                            new CountText(
                                f("performance.databaseOptimization.connectionPool", "{크기}")))
                        .build())
                .asyncProcessing(new AsyncProcessingBuilder().heavyJobs("백그라운드 Job").build())
                .build())
        .errorHandling(
            new ErrorHandlingBuilder()
                .addErrorClasses(errorClass("400", "Bad Request", "입력 검증 에러 메시지"))
                .addErrorClasses(errorClass("401", "Unauthorized", "로그인 필요"))
                .addErrorClasses(errorClass("403", "Forbidden", "권한 없음"))
                .addErrorClasses(errorClass("404", "Not Found", "리소스 없음"))
                .addErrorClasses(errorClass("500", "Server Error", "로그 + 일반 메시지"))
                .addRetryRules("네트워크 에러: 3회 재시도 (Exponential Backoff)", "외부 API 에러: 1회 재시도")
                .build())
        .monitoring(
            new MonitoringBuilder()
                .addMetrics("응답 시간: P50, P95, P99", "에러율: 5분 단위", "처리량: RPS")
                .logging(
                    new LoggingBuilder()
                        .levels("INFO, ERROR")
                        .format("JSON (Structured Logging)")
                        .retention(new DurationText("30일"))
                        .build())
                .addAlerts("에러율 > 5%: Slack 알림", "응답 시간 > 3초: 경고")
                .build())
        .testing(
            new TestingBuilder()
                .addContract("Pydantic/Zod 스키마로 API 계약 검증")
                .integration(
                    new IntegrationTestingBuilder()
                        .criticalPaths(f("testing.integration.criticalPaths", "{경로 1}, {경로 2}"))
                        .coverageTarget(new PercentageText("70%"))
                        .build())
                .load(
                    new LoadTestingBuilder()
                        .target(f("testing.load.target", "{TPS}"))
                        .tools("Locust / k6")
                        .build())
                .build())
        .deployment(
            new DeploymentBuilder()
                .addEnvironments(new Environment("Development", "로컬 Docker"))
                .addEnvironments(new Environment("Staging", "Cloud Run (1 instance)"))
                .addEnvironments(new Environment("Production", "Cloud Run (auto-scale 1-10)"))
                .addCiCd("GitHub Actions", "자동 테스트 → 자동 배포")
                .addRollback("이전 버전으로 즉시 롤백 가능")
                .build())
        .costEstimate(
            new CostEstimateBuilder()
                .addItems(costItem(0, "Cloud Run"))
                .addItems(costItem(1, "Database"))
                .addItems(costItem(2, "외부 API"))
                .total(
                    new CostTotal(
                        new MoneyText(f("costEstimate.total.amount", "${금액}")), "", Map.of()))
                .build())
        .milestones(
            new MilestonesBuilder().addMilestones(milestone(0), milestone(1), milestone(2)).build())
        .risks(
            new RisksBuilder()
                .addRisks(
                    new RiskBuilder()
                        .title(f("risks.risks[0].title", "{제목}"))
                        .probability(
                            new RiskLevelText(
                                f("risks.risks[0].probability", "High | Medium | Low")))
                        .impact(
                            new RiskLevelText(f("risks.risks[0].impact", "High | Medium | Low")))
                        .mitigation(f("risks.risks[0].mitigation", "{방법}"))
                        .build())
                .build())
        .nextSteps(
            new NextStepsBuilder()
                .addSteps(new Step("SPEC 재검토 및 승인"))
                .addSteps(
                    new Step(
                        f("nextSteps.steps[1].text", "TASKS 문서 생성\n   → `sutory tasks \"{기능명}\"`")))
                .addSteps(new Step("구현 시작"))
                .build())
        .build();
  }

  private static ErrorClass errorClass(String code, String type, String handling) {
    return new ErrorClass(new StatusCodeText(code), type, handling, Map.of());
  }

  private TechChoice techChoice(int i, String area) {
    String at = "techStack.selected[" + i + "]";
    return new TechChoice(area, f(at + ".technology", "{기술}"), f(at + ".reason", "{이유}"), Map.of());
  }

  private CostItem costItem(int i, String item) {
    String at = "costEstimate.items[" + i + "]";
    return new CostItem(
        item, new MoneyText(f(at + ".monthlyCost", "${금액}")), f(at + ".basis", "{근거}"), Map.of());
  }

  private Milestone milestone(int i) {
    String at = "milestones.milestones[" + i + "]";
    return new Milestone(
        String.valueOf(i + 1),
        f(at + ".work", "{작업}"),
        new DurationText(f(at + ".estimate", "{시간}")),
        Map.of());
  }
}
