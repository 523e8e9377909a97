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
public final class FilledPlan {
  private FilledPlan() {}

  /** The filled plan. */
  public static Plan plan() {
    return Plan.builder()
        .title("OCR 영수증 인증")
        .language(Language.KOREAN)
        .metadata(
            new MetadataBuilder()
                .spec("`specs/ocr-receipt.md`")
                .date(new DateText("2026-03-09"))
                .author("김민지")
                .agents("Backend Python Expert, Frontend Flutter Expert")
                .build())
        .techStack(
            new TechStackBuilder()
                .addSelected(new TechChoice("백엔드", "FastAPI 0.115", "기존 스택", Map.of()))
                .addSelected(new TechChoice("프론트엔드", "Flutter 3.27", "기존 앱", Map.of()))
                .addSelected(new TechChoice("데이터베이스", "PostgreSQL 16", "트랜잭션", Map.of()))
                .addSelected(new TechChoice("외부 서비스", "Document AI", "영수증 파서", Map.of()))
                .addAlternatives(new Alternative("AWS Textract", "제외 이유"))
                .addAlternatives(new Alternative("Tesseract", "제외 이유"))
                .build())
        .architecture(
            new ArchitectureBuilder()
                .diagram(
                    new Diagram(
                        "",
                        "[Client] → [API Gateway] → [Service] → [Database]\n"
                            + "                    ↓\n"
                            + "              [External API]"))
                .addComponents(Component.of("Upload API", "서명된 업로드 URL 발급"))
                .addComponents(Component.of("Parser", "Document AI 호출"))
                .addDataFlow(new Step("사용자 요청"), new Step("검증"), new Step("처리"), new Step("응답"))
                .build())
        .apiDesign(
            new ApiDesignBuilder()
                .addEndpoints(
                    new EndpointSpecBuilder()
                        .name("업로드 URL 발급")
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
                        .name("receipts")
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
                        .name("Google Document AI")
                        .purpose("영수증 OCR")
                        .cost(new MoneyText("$200"))
                        .apiDocs(new UrlText("https://cloud.google.com/document-ai/docs"))
                        .authentication("Service Account")
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
                    new CachingBuilder().redisCache("가맹점 목록").ttl(new DurationText("10분")).build())
                .databaseOptimization(
                    new DatabaseOptimizationBuilder()
                        .indexing("user_id, created_at")
                        .connectionPool(new CountText("20"))
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
                        .criticalPaths("업로드 → 파싱 → 검토")
                        .coverageTarget(new PercentageText("70%"))
                        .build())
                .load(new LoadTestingBuilder().target("50 TPS").tools("Locust / k6").build())
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
                .addItems(new CostItem("Cloud Run", new MoneyText("$38"), "최소 1 인스턴스", Map.of()))
                .addItems(
                    new CostItem("Database", new MoneyText("$64"), "db-custom-1-3840", Map.of()))
                .addItems(new CostItem("외부 API", new MoneyText("$200"), "월 2만 건", Map.of()))
                .total(new CostTotal(new MoneyText("**$302**"), "", Map.of()))
                .build())
        .milestones(
            new MilestonesBuilder()
                .addMilestones(milestone("1"), milestone("2"), milestone("3"))
                .build())
        .risks(
            new RisksBuilder()
                .addRisks(
                    new RiskBuilder()
                        .title("OCR 인식률 저하")
                        .probability(new RiskLevelText("Medium"))
                        .impact(new RiskLevelText("높음"))
                        .mitigation("수동 검토 큐")
                        .build())
                .build())
        .nextSteps(
            new NextStepsBuilder()
                .addSteps(new Step("SPEC 재검토 및 승인"))
                .addSteps(new Step("TASKS 문서 생성\n   → `sutory tasks \"ocr-receipt\"`"))
                .addSteps(new Step("구현 시작"))
                .build())
        .build();
  }

  private static ErrorClass errorClass(String code, String type, String handling) {
    return new ErrorClass(new StatusCodeText(code), type, handling, Map.of());
  }

  private static Milestone milestone(String phase) {
    return new Milestone(phase, "구현 " + phase, new DurationText("2일"), Map.of());
  }
}
