package dev.plandoc.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plandoc.model.Plan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A plan's title is the feature's name: words that name a kind of document are split off and kept
 * beside it, and the heading is written back as the author wrote it.
 */
class TitleTest {
  private final MarkdownPlanReader reader = MarkdownPlanReader.builder().build();
  private final MarkdownPlanWriter writer = MarkdownPlanWriter.builder().build();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "PLAN: 영수증 OCR|영수증 OCR",
        "헬스장 GX 수업 예약 설계 문서|헬스장 GX 수업 예약",
        "사내 위키 통합 검색 기술 설계서|사내 위키 통합 검색",
        "반려동물 진료 기록 서비스 구현 계획|반려동물 진료 기록 서비스",
        "Feature Flag Service Technical Plan|Feature Flag Service",
        "Shared Photo Albums — Design & Implementation Plan|Shared Photo Albums",
        "결제 시스템 설계|결제 시스템 설계",
        "Payment Plan|Payment Plan",
        "logfold|logfold"
      })
  void titleIsTheFeaturesNameAndTheHeadingIsWrittenBackAsWritten(String heading, String title) {
    String md = "# " + heading + "\n\n## 15. 다음 단계\n\n1. 첫째\n";
    Plan plan = reader.read(md).plan();
    assertThat(plan.title()).isEqualTo(title);
    assertThat(writer.write(plan)).startsWith("# " + heading + "\n");
  }
}
