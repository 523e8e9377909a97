package dev.plandoc.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plandoc.model.ApiDesign;
import dev.plandoc.model.ApiDesignBuilder;
import dev.plandoc.model.EndpointSpec;
import dev.plandoc.model.EndpointSpecBuilder;
import dev.plandoc.model.Plan;
import dev.plandoc.model.PlanBuilder;
import dev.plandoc.model.RawMarkdownView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Views over kept Markdown through the public reader and writer: the author's shape is written back
 * as written, the views read again the same, and an edited view is not lost silently.
 */
class ViewsTest {
  private static final String PLAN =
      """
      # 스터디룸 예약 설계 문서

      > 작성일: 2026-06-01 · 작성자: 김하늘

      ## 3. API 명세

      | Method | Path | 설명 | 성공 응답 |
      |--------|------|------|-----------|
      | GET | `/api/rooms` | 목록 | 200 OK |
      | POST | `/api/rooms/{id}/bookings` | 예약 | 201 Created |

      ## 15. 다음 단계

      - [ ] 요금 정책 확정
      - [x] 공간 실사
      """;

  private final MarkdownPlanReader reader = MarkdownPlanReader.builder().build();
  private final MarkdownPlanWriter writer = MarkdownPlanWriter.builder().build();

  @Test
  void viewsAreTypedAndTheAuthorsShapesAreWrittenBackAsWritten() {
    Plan plan = reader.read(PLAN).plan();
    List<EndpointSpec> endpoints = plan.apiDesign().orElseThrow().endpoints();

    assertThat(endpoints)
        .extracting(EndpointSpec::path)
        .containsExactly("/api/rooms", "/api/rooms/{id}/bookings");
    assertThat(endpoints).allMatch(RawMarkdownView::isView);
    assertThat(plan.nextSteps().orElseThrow().steps())
        .extracting(s -> s.checked().orElseThrow())
        .containsExactly(false, true);
    assertThat(plan.metadata().orElseThrow().author()).hasValue("김하늘");
    assertThat(plan.title()).isEqualTo("스터디룸 예약");

    String written = writer.write(plan);
    assertThat(written)
        .startsWith("# 스터디룸 예약 설계 문서\n")
        .contains("> 작성일: 2026-06-01 · 작성자: 김하늘")
        .contains("| POST | `/api/rooms/{id}/bookings` | 예약 | 201 Created |")
        .contains("- [x] 공간 실사")
        .doesNotContain("## Metadata")
        .doesNotContain("### Endpoint");
    assertThat(reader.read(written).plan()).isEqualTo(plan);
  }

  @Test
  void anEditedViewIsRefusedRatherThanLost() {
    Plan plan = reader.read(PLAN).plan();
    ApiDesign api = plan.apiDesign().orElseThrow();
    List<EndpointSpec> edited = new ArrayList<>(api.endpoints());
    edited.set(1, new EndpointSpecBuilder().from(edited.get(1)).path("/api/v2/bookings").build());
    Plan changed =
        new PlanBuilder()
            .from(plan)
            .apiDesign(new ApiDesignBuilder().from(api).endpoints(edited).build())
            .build();

    assertThatThrownBy(() -> writer.write(changed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("apiDesign.endpoints")
        .hasMessageContaining("viewOf");
  }

  @Test
  void aViewWithoutItsViewOfBecomesAnEndpointOfItsOwn() {
    Plan plan = reader.read(PLAN).plan();
    ApiDesign api = plan.apiDesign().orElseThrow();
    List<EndpointSpec> edited = new ArrayList<>(api.endpoints());
    edited.add(
        new EndpointSpecBuilder()
            .from(edited.get(0))
            .name("취소")
            .method(
                dev.plandoc.model.value.HttpMethodText.of(
                    dev.plandoc.model.value.HttpMethod.DELETE))
            .path("/api/bookings/{id}")
            .viewOf(Optional.empty())
            .build());
    Plan changed =
        new PlanBuilder()
            .from(plan)
            .apiDesign(new ApiDesignBuilder().from(api).endpoints(edited).build())
            .build();

    Plan back = reader.read(writer.write(changed)).plan();
    assertThat(back.apiDesign().orElseThrow().endpoints())
        .extracting(e -> e.method().text() + " " + e.path())
        .containsExactly(
            "GET /api/rooms", "POST /api/rooms/{id}/bookings", "DELETE /api/bookings/{id}");
  }

  @Test
  void aRecognisedSectionWithNothingTypedSaysSo() {
    var read = reader.read("# x\n\n## API 엔드포인트\n\nAPI는 `openapi.yaml`에 정의한다.\n");
    assertThat(read.diagnostics())
        .filteredOn(d -> d.code().equals("PLAN-M008"))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.path()).isEqualTo("apiDesign.endpoints");
              assertThat(d.position().orElseThrow().line()).isEqualTo(5);
            });
    assertThat(reader.read(PLAN).diagnostics()).noneMatch(d -> d.code().equals("PLAN-M008"));
  }

  @Test
  void aTechnologyTableRightUnderTheSectionHeadingIsTheSelectedTechnologies() {
    String md =
        "# x\n\n## 3. 기술 스택\n\n| 구분 | 선택 | 근거 |\n|---|---|---|\n| 백엔드 | Kotlin | 팀 경험 |\n\n"
            + "## 8. 예외 처리\n\n| 상황 | 응답 |\n|---|---|\n| 만료 | 403 |\n";
    Plan plan = reader.read(md).plan();
    assertThat(plan.techStack().orElseThrow().selected())
        .singleElement()
        .satisfies(c -> assertThat(c.technology()).isEqualTo("Kotlin"));
    // A table without a status-code column is not the error classes: it stays as written.
    assertThat(plan.errorHandling().orElseThrow().errorClasses()).isEmpty();
    assertThat(writer.write(plan)).contains("| 상황 | 응답 |");
    assertThat(reader.read(writer.write(plan)).plan()).isEqualTo(plan);
  }
}
