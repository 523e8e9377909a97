package dev.plandoc.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plandoc.model.Language;
import dev.plandoc.model.Plan;
import org.junit.jupiter.api.Test;

/** The author's wording of the template's labels is kept and written back in every language. */
class LabelsTest {
  private final MarkdownPlanReader reader = MarkdownPlanReader.builder().build();
  private final MarkdownPlanWriter writer = MarkdownPlanWriter.builder().build();
  private final MarkdownPlanWriter english =
      MarkdownPlanWriter.builder().language(Language.ENGLISH).build();

  private static final String PLAN =
      "# PLAN: 예약\n\n"
          + "## 6. 보안 설계 및 권한\n\n"
          + "### 6.1 인증\n"
          + "- 방식: JWT\n\n"
          + "---\n\n"
          + "## 12. 비용 예측\n\n"
          + "| 항목 | 월 비용 (USD) | 비고 |\n"
          + "|------|---------------|------|\n"
          + "| RDS | $120 | Multi-AZ |\n"
          + "| **합계** | **$120** | |\n";

  @Test
  void sectionHeadingIsKeptWithTheAuthorsNumberAndWords() {
    Plan plan = reader.read(PLAN).plan();
    assertThat(plan.labels()).containsEntry("security", "6. 보안 설계 및 권한");
    assertThat(english.write(plan)).contains("\n## 6. 보안 설계 및 권한\n");
  }

  @Test
  void subSectionHeadingIsKeptAndItsPartStaysTyped() {
    Plan plan = reader.read(PLAN).plan();
    assertThat(plan.labels()).containsEntry("security.authentication", "6.1 인증");
    assertThat(plan.security().orElseThrow().authentication().orElseThrow().method())
        .contains("JWT");
    assertThat(english.write(plan)).contains("\n### 6.1 인증\n");
  }

  @Test
  void columnHeadersAndTheTotalLabelAreKept() {
    Plan plan = reader.read(PLAN).plan();
    assertThat(plan.labels())
        .containsEntry("costEstimate.columns.monthlyCost", "월 비용 (USD)")
        .containsEntry("costEstimate.columns.basis", "비고")
        .containsEntry("costEstimate.total", "합계")
        .doesNotContainKey("costEstimate.columns.item");
    assertThat(english.write(plan))
        .contains("| Item | 월 비용 (USD) | 비고 |")
        .contains("| **합계** | **$120** | |");
  }

  @Test
  void theTemplatesOwnWordingInEitherLanguageRecordsNothing() {
    Plan plan = reader.read(PLAN).plan();
    Plan viaEnglish = reader.read(english.write(plan)).plan();
    assertThat(viaEnglish.labels()).isEqualTo(plan.labels());
    assertThat(reader.read(writer.write(Plan.builder().build())).plan().labels()).isEmpty();
  }

  @Test
  void keyedBulletsOutOfTheWritersOrderAreKeptVerbatim() {
    String md =
        "# PLAN: x\n\n## 7. 성능 최적화 전략\n\n### 캐싱\n"
            + "- 이벤트 조회 응답: CloudFront 5초 캐시\n"
            + "- TTL: 5초\n";
    Plan plan = reader.read(md).plan();
    assertThat(plan.performance().orElseThrow().caching().orElseThrow().ttl()).isEmpty();
    assertThat(writer.write(plan)).contains("- 이벤트 조회 응답: CloudFront 5초 캐시\n- TTL: 5초\n");
  }
}
