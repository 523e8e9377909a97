package dev.plandoc.json;

import dev.plandoc.model.Alternative;
import dev.plandoc.model.ApiDesign;
import dev.plandoc.model.Architecture;
import dev.plandoc.model.AsyncProcessing;
import dev.plandoc.model.Authentication;
import dev.plandoc.model.Authorization;
import dev.plandoc.model.Caching;
import dev.plandoc.model.Component;
import dev.plandoc.model.CostEstimate;
import dev.plandoc.model.CostItem;
import dev.plandoc.model.CostTotal;
import dev.plandoc.model.DataProtection;
import dev.plandoc.model.DatabaseOptimization;
import dev.plandoc.model.DatabaseSchema;
import dev.plandoc.model.Deployment;
import dev.plandoc.model.Diagram;
import dev.plandoc.model.EndpointSpec;
import dev.plandoc.model.Environment;
import dev.plandoc.model.ErrorClass;
import dev.plandoc.model.ErrorHandling;
import dev.plandoc.model.ExternalServices;
import dev.plandoc.model.Header;
import dev.plandoc.model.IntegrationTesting;
import dev.plandoc.model.LoadTesting;
import dev.plandoc.model.Logging;
import dev.plandoc.model.Metadata;
import dev.plandoc.model.Milestone;
import dev.plandoc.model.Milestones;
import dev.plandoc.model.Monitoring;
import dev.plandoc.model.NextSteps;
import dev.plandoc.model.Performance;
import dev.plandoc.model.Plan;
import dev.plandoc.model.ResponseSpec;
import dev.plandoc.model.Risk;
import dev.plandoc.model.Risks;
import dev.plandoc.model.Security;
import dev.plandoc.model.ServiceSpec;
import dev.plandoc.model.Step;
import dev.plandoc.model.TableSpec;
import dev.plandoc.model.TechChoice;
import dev.plandoc.model.TechStack;
import dev.plandoc.model.Testing;
import dev.plandoc.model.value.CountText;
import dev.plandoc.model.value.DateText;
import dev.plandoc.model.value.DurationText;
import dev.plandoc.model.value.HttpMethodText;
import dev.plandoc.model.value.MoneyText;
import dev.plandoc.model.value.PercentageText;
import dev.plandoc.model.value.RiskLevelText;
import dev.plandoc.model.value.StatusCodeText;
import dev.plandoc.model.value.UrlText;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The Korean template (seed/plan-template.ko.md) built in code, value for value. */
final class TemplatePlan {
  private TemplatePlan() {}

  static Plan plan() {
    return Plan.builder()
        .title("{기능명}")
        .metadata(
            new Metadata(
                Optional.of("`specs/{기능명}.md`"),
                Optional.of(new DateText("{YYYY-MM-DD}")),
                Optional.of("{이름}"),
                Optional.of("{Backend Python Expert | Frontend Flutter Expert | etc.}"),
                List.of(),
                List.of()))
        .techStack(
            new TechStack(
                List.of(),
                List.of(
                    new TechChoice("백엔드", "{기술}", "{이유}", Map.of()),
                    new TechChoice("프론트엔드", "{기술}", "{이유}", Map.of()),
                    new TechChoice("데이터베이스", "{기술}", "{이유}", Map.of()),
                    new TechChoice("외부 서비스", "{기술}", "{이유}", Map.of())),
                List.of(new Alternative("{기술 A}", "제외 이유"), new Alternative("{기술 B}", "제외 이유")),
                List.of()))
        .architecture(
            new Architecture(
                Optional.of(
                    new Diagram(
                        "",
                        "[Client] → [API Gateway] → [Service] → [Database]\n"
                            + "                    ↓\n"
                            + "              [External API]")),
                List.of(Component.of("Component 1", "{역할}"), Component.of("Component 2", "{역할}")),
                List.of(new Step("사용자 요청"), new Step("검증"), new Step("처리"), new Step("응답")),
                List.of()))
        .apiDesign(
            new ApiDesign(
                List.of(
                    new EndpointSpec(
                        "{이름}",
                        new HttpMethodText("POST"),
                        "/api/v1/resource",
                        List.of(
                            new Header("Authorization", "Bearer {token}"),
                            new Header("Content-Type", "application/json")),
                        Optional.of("{\n  \"field1\": \"value\"\n}"),
                        List.of(
                            new ResponseSpec(
                                "Response",
                                new StatusCodeText("200"),
                                "{\n  \"id\": \"...\",\n  \"status\": \"success\"\n}"),
                            new ResponseSpec(
                                "Error",
                                new StatusCodeText("400"),
                                "{\n  \"error\": \"Invalid request\",\n  \"details\": \"...\"\n}")),
                        List.of())),
                List.of()))
        .databaseSchema(
            new DatabaseSchema(
                List.of(
                    new TableSpec(
                        "{이름}",
                        "sql",
                        "CREATE TABLE resource (\n"
                            + "  id UUID PRIMARY KEY,\n"
                            + "  field1 VARCHAR(255) NOT NULL,\n"
                            + "  created_at TIMESTAMP WITH TIME ZONE NOT NULL,\n"
                            + "  INDEX idx_field1 (field1)\n"
                            + ");",
                        List.of())),
                List.of("`idx_field1`: 조회 성능 향상"),
                List.of()))
        .externalServices(
            new ExternalServices(
                List.of(
                    new ServiceSpec(
                        "{이름}",
                        Optional.of("{목적}"),
                        Optional.of(new MoneyText("월 ${금액} (예상 {건}건 기준)")),
                        Optional.of(new UrlText("{URL}")),
                        Optional.of("{방법}"),
                        List.of(),
                        List.of())),
                List.of()))
        .security(
            new Security(
                Optional.of(
                    new Authentication(
                        Optional.of("JWT"),
                        Optional.of(new DurationText("1시간")),
                        Optional.of(new DurationText("7일")),
                        List.of())),
                Optional.of(
                    new Authorization(
                        Optional.of("Role-based Access Control (RBAC)"),
                        Optional.of("Admin, User, Guest"),
                        List.of())),
                Optional.of(
                    new DataProtection(Optional.of("AES-256"), Optional.of("TLS 1.3"), List.of())),
                List.of()))
        .performance(
            new Performance(
                Optional.of(
                    new Caching(
                        Optional.of("{대상 데이터}"), Optional.of(new DurationText("{시간}")), List.of())),
                Optional.of(
                    new DatabaseOptimization(
                        Optional.of("{컬럼}"), Optional.of(new CountText("{크기}")), List.of())),
                Optional.of(new AsyncProcessing(Optional.of("백그라운드 Job"), List.of())),
                List.of()))
        .errorHandling(
            new ErrorHandling(
                List.of(),
                List.of(
                    errorClass("400", "Bad Request", "입력 검증 에러 메시지"),
                    errorClass("401", "Unauthorized", "로그인 필요"),
                    errorClass("403", "Forbidden", "권한 없음"),
                    errorClass("404", "Not Found", "리소스 없음"),
                    errorClass("500", "Server Error", "로그 + 일반 메시지")),
                List.of("네트워크 에러: 3회 재시도 (Exponential Backoff)", "외부 API 에러: 1회 재시도"),
                List.of()))
        .monitoring(
            new Monitoring(
                List.of("응답 시간: P50, P95, P99", "에러율: 5분 단위", "처리량: RPS"),
                Optional.of(
                    new Logging(
                        Optional.of("INFO, ERROR"),
                        Optional.of("JSON (Structured Logging)"),
                        Optional.of(new DurationText("30일")),
                        List.of())),
                List.of("에러율 > 5%: Slack 알림", "응답 시간 > 3초: 경고"),
                List.of()))
        .testing(
            new Testing(
                List.of("Pydantic/Zod 스키마로 API 계약 검증"),
                Optional.of(
                    new IntegrationTesting(
                        Optional.of("{경로 1}, {경로 2}"),
                        Optional.of(new PercentageText("70%")),
                        List.of())),
                Optional.of(
                    new LoadTesting(Optional.of("{TPS}"), Optional.of("Locust / k6"), List.of())),
                List.of()))
        .deployment(
            new Deployment(
                List.of(
                    new Environment("Development", "로컬 Docker"),
                    new Environment("Staging", "Cloud Run (1 instance)"),
                    new Environment("Production", "Cloud Run (auto-scale 1-10)")),
                List.of("GitHub Actions", "자동 테스트 → 자동 배포"),
                List.of("이전 버전으로 즉시 롤백 가능"),
                List.of()))
        .costEstimate(
            new CostEstimate(
                List.of(),
                List.of(
                    new CostItem("Cloud Run", new MoneyText("${금액}"), "{근거}", Map.of()),
                    new CostItem("Database", new MoneyText("${금액}"), "{근거}", Map.of()),
                    new CostItem("외부 API", new MoneyText("${금액}"), "{근거}", Map.of())),
                Optional.of(new CostTotal(new MoneyText("${금액}"), "", Map.of())),
                List.of()))
        .milestones(
            new Milestones(
                List.of(),
                List.of(
                    new Milestone("1", "{작업}", new DurationText("{시간}"), Map.of()),
                    new Milestone("2", "{작업}", new DurationText("{시간}"), Map.of()),
                    new Milestone("3", "{작업}", new DurationText("{시간}"), Map.of())),
                List.of()))
        .risks(
            new Risks(
                List.of(
                    new Risk(
                        "{제목}",
                        Optional.of(new RiskLevelText("High | Medium | Low")),
                        Optional.of(new RiskLevelText("High | Medium | Low")),
                        Optional.of("{방법}"),
                        List.of(),
                        List.of())),
                List.of()))
        .nextSteps(
            new NextSteps(
                List.of(
                    new Step("SPEC 재검토 및 승인"),
                    new Step("TASKS 문서 생성\n   → `sutory tasks \"{기능명}\"`"),
                    new Step("구현 시작")),
                List.of()))
        .build();
  }

  private static ErrorClass errorClass(String code, String type, String handling) {
    return new ErrorClass(new StatusCodeText(code), type, handling, Map.of());
  }
}
