package dev.plandoc.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plandoc.model.Plan;
import dev.plandoc.model.SectionKind;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Sections are recognised by what their headings mean: synonyms, extended titles, qualifiers, emoji
 * and the document's own numbers, in Korean and English; a heading that names two sections or none
 * stays an extra section.
 */
class HeadingRecognitionTest {
  private static final MarkdownPlanReader READER = MarkdownPlanReader.builder().build();

  private static List<SectionKind> sectionsOf(String heading) {
    Plan plan = READER.read("# PLAN: x\n\n## " + heading + "\n\nSome text.\n").plan();
    return Arrays.stream(SectionKind.values()).filter(k -> plan.section(k).isPresent()).toList();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2. 시스템 아키텍처 (개요)|ARCHITECTURE",
        "아키텍처 구조도|ARCHITECTURE",
        "System Design|ARCHITECTURE",
        "🧰 3. 기술 스택|TECH_STACK",
        "확정된 기술 스택|TECH_STACK",
        "기술 선택 요약|TECH_STACK",
        "Stack|TECH_STACK",
        "API 엔드포인트 (요약)|API_DESIGN",
        "API 라우트|API_DESIGN",
        "API Surface|API_DESIGN",
        "4. Endpoints|API_DESIGN",
        "데이터 모델 (설계)|DATABASE_SCHEMA",
        "Schema|DATABASE_SCHEMA",
        "Third-party Integrations|EXTERNAL_SERVICES",
        "외부 연동|EXTERNAL_SERVICES",
        "🔐 보안|SECURITY",
        "보안 분석|SECURITY",
        "개인정보 및 보안|SECURITY",
        "성능 원칙|PERFORMANCE",
        "Scalability & Performance|PERFORMANCE",
        "예외 처리|ERROR_HANDLING",
        "오류 처리 및 복원력|ERROR_HANDLING",
        "Error Handling & Resilience|ERROR_HANDLING",
        "🧯 10. 장애 대응 및 폴백|ERROR_HANDLING",
        "Logging 및 Monitoring|MONITORING",
        "관측성 (Observability)|MONITORING",
        "Monitoring & Observability|MONITORING",
        "테스트 계획|TESTING",
        "QA 및 테스트|TESTING",
        "배포 아키텍처|DEPLOYMENT",
        "배포 및 인프라|DEPLOYMENT",
        "CI/CD 파이프라인|DEPLOYMENT",
        "Infrastructure & Deployment|DEPLOYMENT",
        "Rollout Plan|DEPLOYMENT",
        "비용 추정|COST_ESTIMATE",
        "Budget|COST_ESTIMATE",
        "인프라 비용|COST_ESTIMATE",
        "개발 로드맵|MILESTONES",
        "구현 순서|MILESTONES",
        "일정 (예상)|MILESTONES",
        "Development Phases|MILESTONES",
        "Build phases|MILESTONES",
        "리스크 및 대응|RISKS",
        "⚠️ 위험 요소 및 대응|RISKS",
        "Technical Risks & Mitigation|RISKS",
        "향후 개선 사항|NEXT_STEPS",
        "Recommendations & Next Steps|NEXT_STEPS",
        "남은 작업 (TODO)|NEXT_STEPS",
      })
  void headingIsRecognisedByItsKeyWords(String heading, SectionKind expected) {
    assertThat(sectionsOf(heading)).containsExactly(expected);
  }

  @ParameterizedTest(name = "{0} stays an extra section")
  @ValueSource(
      strings = {
        "보안 및 성능",
        "Testing & Deployment",
        "개요",
        "배경 및 목표",
        "프론트엔드 설계",
        "부록: 부하 테스트 시나리오",
        "Appendix: cost breakdown",
        "Context & Goals",
        "결론: 비용 대비 효과가 가장 큰 접근을 택한다",
        "검색 품질 평가"
      })
  void headingThatNamesTwoSectionsOrNoneStaysExtra(String heading) {
    Plan plan = READER.read("# PLAN: x\n\n## " + heading + "\n\nSome text.\n").plan();
    assertThat(sectionsOf(heading)).isEmpty();
    assertThat(plan.extraSections())
        .singleElement()
        .satisfies(e -> assertThat(e.heading()).isEqualTo(heading));
  }
}
