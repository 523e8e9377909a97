package dev.plandoc.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.plandoc.model.CostEstimate;
import dev.plandoc.model.EndpointSpec;
import dev.plandoc.model.Language;
import dev.plandoc.model.Plan;
import dev.plandoc.model.ResponseSpec;
import dev.plandoc.model.Risk;
import dev.plandoc.model.TableSpec;
import dev.plandoc.model.value.HttpMethod;
import dev.plandoc.model.value.Money;
import dev.plandoc.model.value.RiskLevel;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Typed data pulled out of the sample corpus. */
class TypedExtractionTest {
  private final MarkdownPlanReader reader = MarkdownPlanReader.builder().build();

  private Plan read(String name) {
    return reader.read(Plans.text(name)).plan();
  }

  private static List<Integer> statuses(EndpointSpec e) {
    return e.responses().stream().map(r -> r.status().value().orElseThrow()).toList();
  }

  @Test
  void ocrReceiptEndpointsHaveMethodsPathsAndStatusCodes() {
    List<EndpointSpec> endpoints = read("ocr-receipt.ko.md").apiDesign().orElseThrow().endpoints();
    assertThat(endpoints)
        .extracting(e -> e.method().value().orElseThrow(), EndpointSpec::path)
        .containsExactly(
            tuple(HttpMethod.POST, "/api/v1/receipts/upload-urls"),
            tuple(HttpMethod.POST, "/api/v1/receipts"),
            tuple(HttpMethod.POST, "/api/v1/receipts/{receipt_id}/review-requests"));
    assertThat(statuses(endpoints.get(1))).containsExactly(200, 400, 404, 409);
    assertThat(endpoints.get(1).responses()).filteredOn(ResponseSpec::isError).hasSize(3);
    assertThat(endpoints.get(0).headers())
        .extracting(h -> h.name())
        .containsExactly("Authorization", "Content-Type");
    assertThat(endpoints.get(0).requestBody().orElseThrow()).contains("\"file_size\": 842113");
  }

  @Test
  void ocrReceiptTablesCostsMilestonesAndRisks() {
    Plan plan = read("ocr-receipt.ko.md");
    assertThat(plan.language()).isEqualTo(Language.KOREAN);
    assertThat(plan.metadata().orElseThrow().date().orElseThrow().value())
        .contains(LocalDate.of(2026, 3, 9));
    assertThat(plan.databaseSchema().orElseThrow().tables())
        .extracting(TableSpec::name)
        .containsExactly("receipts", "receipt_reviews");
    assertThat(plan.databaseSchema().orElseThrow().tables().get(0).ddlLanguage()).isEqualTo("sql");
    CostEstimate cost = plan.costEstimate().orElseThrow();
    assertThat(cost.items()).hasSize(5);
    assertThat(cost.items().get(2).monthlyCost().value())
        .contains(new Money(new BigDecimal("200"), "USD"));
    assertThat(cost.total().orElseThrow().amount().value())
        .contains(new Money(new BigDecimal("346"), "USD"));
    assertThat(cost.sumOfItems()).contains(new Money(new BigDecimal("346"), "USD"));
    assertThat(plan.milestones().orElseThrow().milestones()).hasSize(4);
    assertThat(plan.milestones().orElseThrow().milestones().get(3).estimate().value())
        .contains(Duration.ofHours(16));
    assertThat(plan.risks().orElseThrow().risks())
        .extracting(
            Risk::title,
            r -> r.probability().orElseThrow().value().orElseThrow(),
            r -> r.impact().orElseThrow().value().orElseThrow())
        .containsExactly(
            tuple("한국어 감열지 영수증 인식률 저하", RiskLevel.MEDIUM, RiskLevel.HIGH),
            tuple("영수증 재사용·위변조를 통한 부정 적립", RiskLevel.HIGH, RiskLevel.MEDIUM),
            tuple("Document AI 처리 리전(us)으로 인한 개인정보 국외 이전", RiskLevel.LOW, RiskLevel.HIGH));
    assertThat(plan.externalServices().orElseThrow().services())
        .extracting(s -> s.apiDocs().orElseThrow().value().orElseThrow().getHost())
        .containsExactly("cloud.google.com", "cloud.google.com");
    assertThat(plan.errorHandling().orElseThrow().errorClasses())
        .extracting(c -> c.code().value().orElseThrow())
        .containsExactly(400, 401, 403, 404, 409, 500);
  }

  @Test
  void pushSettingsIsReadAsEnglishWithTypedSecurityAndTesting() {
    Plan plan = read("push-settings.en.md");
    assertThat(plan.language()).isEqualTo(Language.ENGLISH);
    assertThat(plan.title()).isEqualTo("Push notification settings");
    assertThat(plan.apiDesign().orElseThrow().endpoints())
        .extracting(e -> e.method().value().orElseThrow(), EndpointSpec::path)
        .containsExactly(
            tuple(HttpMethod.GET, "/api/v1/users/me/notification-settings"),
            tuple(HttpMethod.PATCH, "/api/v1/users/me/notification-settings"));
    assertThat(plan.apiDesign().orElseThrow().endpoints().get(0).requestBody())
        .contains("(no body)");
    var auth = plan.security().orElseThrow().authentication().orElseThrow();
    assertThat(auth.tokenLifetime().orElseThrow().value()).contains(Duration.ofHours(1));
    assertThat(auth.refreshTokenLifetime().orElseThrow().value()).contains(Duration.ofDays(14));
    assertThat(plan.security().orElseThrow().authorization().orElseThrow().roleList())
        .containsExactly("Admin", "Support", "User");
    assertThat(
            plan.testing()
                .orElseThrow()
                .integration()
                .orElseThrow()
                .coverageTarget()
                .orElseThrow()
                .value())
        .contains(new BigDecimal("75"));
    assertThat(plan.costEstimate().orElseThrow().total().orElseThrow().amount().text())
        .isEqualTo("$164");
    assertThat(plan.risks().orElseThrow().risks()).hasSize(3);
    assertThat(plan.milestones().orElseThrow().milestones().get(2).estimate().value())
        .contains(Duration.ofHours(60));
    assertThat(plan.deployment().orElseThrow().environments())
        .extracting(e -> e.name())
        .containsExactly("Development", "Staging", "Production");
  }

  @Test
  void driftPlanKeepsExtraColumnsSubsectionsAndSectionsAndShowsItsPlaceholders() {
    Plan plan = read("user-auth.llm-drift.ko.md");
    var stack = plan.techStack().orElseThrow();
    assertThat(stack.columns()).containsExactly("area", "technology", "버전", "reason");
    assertThat(stack.selected().get(0).extraCells()).containsEntry("버전", "`3.5.x` / `6.5.x`");
    assertThat(stack.selected().get(0).technology()).isEqualTo("**Spring Boot** + Spring Security");
    assertThat(plan.architecture().orElseThrow().diagram().orElseThrow().isMermaid()).isTrue();
    assertThat(plan.architecture().orElseThrow().extras())
        .singleElement()
        .satisfies(r -> assertThat(r.markdown()).startsWith("### 시퀀스 다이어그램"));
    assertThat(plan.architecture().orElseThrow().dataFlow().get(0).text())
        .contains("\n- 모든 요청은 TLS 1.3");
    assertThat(plan.externalServices().orElseThrow().services()).isEmpty();
    assertThat(plan.externalServices().orElseThrow().extras().get(0).markdown())
        .isEqualTo("해당 없음 (외부 서비스 미사용)");
    assertThat(plan.extraSections())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.heading()).isEqualTo("16. 참고 자료");
              assertThat(s.anchor()).isEqualTo("nextSteps");
            });
    assertThat(plan.errorHandling().orElseThrow().errorClasses()).hasSize(7);
    CostEstimate cost = plan.costEstimate().orElseThrow();
    assertThat(cost.items().get(2).monthlyCost().isPlaceholder()).isTrue();
    assertThat(cost.total().orElseThrow().amount().isExact()).isFalse();
    assertThat(cost.sumOfItems()).isEqualTo(Optional.empty());
    assertThat(plan.testing().orElseThrow().load().orElseThrow().target()).contains("{TPS}");
    assertThat(plan.risks().orElseThrow().risks())
        .extracting(Risk::title)
        .containsExactly("Refresh Token 탈취", "크리덴셜 스터핑 공격");
    assertThat(plan.nextSteps().orElseThrow().steps()).hasSize(4);
  }
}
