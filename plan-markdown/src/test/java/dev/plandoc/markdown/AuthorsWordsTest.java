package dev.plandoc.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plandoc.model.ApiDesign;
import dev.plandoc.model.EndpointSpec;
import dev.plandoc.model.Language;
import dev.plandoc.model.NextStepsBuilder;
import dev.plandoc.model.Plan;
import dev.plandoc.model.PlanBuilder;
import dev.plandoc.model.RisksBuilder;
import dev.plandoc.model.SectionKind;
import dev.plandoc.model.Step;
import dev.plandoc.model.TechStackBuilder;
import org.junit.jupiter.api.Test;

/**
 * What the canonical writer keeps of the author's: heading numbers as written (or none), the
 * document's section order, the template's words in the other language, keys and item words in the
 * author's spelling, a part without its heading, code byte for byte, the title line; and what
 * {@code --lang} (a writer built with a language) translates: the template's words only.
 */
class AuthorsWordsTest {
  private final MarkdownPlanReader reader = MarkdownPlanReader.builder().build();
  private final MarkdownPlanWriter writer = MarkdownPlanWriter.builder().build();
  private final MarkdownPlanWriter english =
      MarkdownPlanWriter.builder().language(Language.ENGLISH).build();
  private final MarkdownPlanWriter korean =
      MarkdownPlanWriter.builder().language(Language.KOREAN).build();

  private String canonical(String md) {
    return writer.write(reader.read(md).plan());
  }

  @Test
  void aTemplateHeadingWithoutANumberStaysUnnumberedAndNoNumberIsRepeated() {
    String md = "# PLAN: x\n\n## 1. 개요\n\n배경.\n\n## 기술 스택 선정\n\n## Next Steps\n\n1. 시작\n";
    String out = canonical(md);
    assertThat(out).contains("\n## 기술 스택 선정\n").contains("\n## Next Steps\n");
    assertThat(out.split("\n## 1\\. ", -1)).hasSize(2);
    assertThat(reader.read(md).plan().labels()).containsEntry("techStack", "기술 스택 선정");
  }

  @Test
  void aNumberOfTheAuthorsOwnStaysWithTheTemplatesWords() {
    String md = "# PLAN: x\n\n## 7. 기술 스택 선정\n\n## 2. API 설계\n";
    assertThat(canonical(md)).contains("\n## 7. 기술 스택 선정\n").contains("\n## 2. API 설계\n");
    // The template's own heading with the template's number records nothing.
    assertThat(reader.read("# PLAN: x\n\n## 1. 기술 스택 선정\n").plan().labels()).isEmpty();
  }

  @Test
  void sectionsAreWrittenInTheDocumentsOrderEachWithTheExtraSectionsAfterIt() {
    String md =
        "# PLAN: x\n\n## 14. 리스크 및 완화 방안\n\n## 부록\n\n메모\n\n"
            + "## 1. 기술 스택 선정\n\n## 15. 다음 단계\n\n1. 시작\n";
    Plan plan = reader.read(md).plan();
    assertThat(plan.sectionOrder())
        .containsExactly(SectionKind.RISKS, SectionKind.TECH_STACK, SectionKind.NEXT_STEPS);
    String out = writer.write(plan);
    assertThat(out.indexOf("## 14.")).isLessThan(out.indexOf("## 부록"));
    assertThat(out.indexOf("## 부록")).isLessThan(out.indexOf("## 1. 기술"));
    assertThat(out.indexOf("## 1. 기술")).isLessThan(out.indexOf("## 15."));
    assertThat(reader.read(out).plan()).isEqualTo(plan);
  }

  @Test
  void aPlanBuiltInCodeIsWrittenInTemplateOrderWithTheTemplatesHeadings() {
    Plan plan =
        Plan.builder()
            .title("x")
            .risks(new RisksBuilder().build())
            .techStack(new TechStackBuilder().build())
            .build();
    assertThat(plan.sectionOrder()).isEmpty();
    assertThat(plan.sectionsInOrder()).containsExactly(SectionKind.TECH_STACK, SectionKind.RISKS);
    String out = writer.write(plan);
    assertThat(out.indexOf("## 1. 기술 스택 선정")).isLessThan(out.indexOf("## 14. 리스크 및 완화 방안"));
  }

  @Test
  void aSectionAddedInCodeToAReorderedPlanGoesAfterItsTemplatePredecessor() {
    Plan read = reader.read("# PLAN: x\n\n## 14. Risks\n\n## 1. Technology Stack\n").plan();
    Plan added =
        new PlanBuilder()
            .from(read)
            .nextSteps(new NextStepsBuilder().addSteps(new Step("go")).build())
            .build();
    assertThat(added.sectionOrder())
        .containsExactly(SectionKind.RISKS, SectionKind.TECH_STACK, SectionKind.NEXT_STEPS);
    Plan withoutRisks = new PlanBuilder().from(read).risks(java.util.Optional.empty()).build();
    assertThat(withoutRisks.sectionOrder()).isEmpty();
  }

  @Test
  void theTemplatesWordsInTheOtherLanguageAreTheAuthorsWords() {
    String md =
        "# PLAN: Export\n\n## Metadata\n- **Date**: 2026-05-01\n- **작성자**: Lee\n"
            + "- **Agent**: Backend\n\n"
            + "## 13. 마일스톤\n\n| 단계 | 내용 | 예상 시간 |\n|---|---|---|\n| 1 | API | 8h |\n\n"
            + "## 14. Risks and Mitigations\n\n### 리스크 1: Timeout\n- **Probability**: High\n"
            + "- **Impact**: Low\n- **Mitigation**: Retry\n\n"
            + "## 15. Next Steps\n\n1. Start\n";
    Plan plan = reader.read(md).plan();
    assertThat(plan.language()).isEqualTo(Language.ENGLISH);
    assertThat(plan.labels())
        .containsEntry("metadata.keys.author", "작성자")
        .containsEntry("milestones", "13. 마일스톤")
        .containsEntry("milestones.columns.phase", "단계")
        .containsEntry("risks.risks", "리스크")
        .doesNotContainKey("metadata.keys.agents");
    assertThat(writer.write(plan))
        .contains("- **작성자**: Lee\n")
        .contains("\n## 13. 마일스톤\n")
        .contains("| 단계 | 내용 | 예상 시간 |")
        .contains("### 리스크 1: Timeout\n");
  }

  @Test
  void aKeyInASynonymKeepsTheAuthorsSpellingForEveryItem() {
    String md =
        "# PLAN: x\n\n## 14. 리스크 및 완화 방안\n\n"
            + "### 리스크 1: A\n- **발생 가능성**: 높음\n- **대응 방안**: a\n\n"
            + "### 리스크 2: B\n- **발생 가능성**: 낮음\n- **대응 방안**: b\n";
    Plan plan = reader.read(md).plan();
    assertThat(plan.labels())
        .containsEntry("risks.keys.probability", "발생 가능성")
        .containsEntry("risks.keys.mitigation", "대응 방안");
    assertThat(plan.risks().orElseThrow().risks().get(1).probability().orElseThrow().text())
        .isEqualTo("낮음");
    assertThat(writer.write(plan)).contains("- **발생 가능성**: 낮음\n- **대응 방안**: b");
    // The author's synonyms are their words: no language translates them.
    assertThat(english.write(plan)).contains("- **발생 가능성**: 높음\n");
  }

  @Test
  void aLanguageAskedForTranslatesTheTemplatesWordsOnlyAndKeepsTheNumbers() {
    String md =
        "# PLAN: x\n\n## Metadata\n- **작성자**: 이서준\n\n## 기술 스택 선정\n\n## 7. 아키텍처 설계\n\n"
            + "## 3. API 명세\n\n## 14. 리스크 및 완화 방안\n\n"
            + "### 리스크 1: 장애\n- **확률**: 높음\n";
    Plan plan = reader.read(md).plan();
    String out = english.write(plan);
    assertThat(out)
        .contains("- **Author**: 이서준\n")
        .contains("\n## Technology Stack\n")
        .contains("\n## 7. Architecture\n")
        .contains("\n## 3. API 명세\n")
        .contains("### Risk 1: 장애\n- **Probability**: 높음");
    // And back: the template's words come back in Korean, the numbers as they were.
    String back = korean.write(reader.read(out).plan());
    assertThat(back).isEqualTo(writer.write(plan));
  }

  @Test
  void aTableRightUnderTheSectionHeadingIsWrittenThereWithoutASubHeading() {
    String md =
        "# PLAN: x\n\n## 1. 기술 스택\n\n| 구분 | 선택 | 근거 |\n|---|---|---|\n| DB | Postgres | 표준 |\n\n"
            + "### 대안 기술\n- **MySQL**: 운영 경험 부족\n";
    Plan plan = reader.read(md).plan();
    assertThat(plan.techStack().orElseThrow().selected()).hasSize(1);
    assertThat(plan.labels()).containsEntry("techStack.selected", "");
    String out = writer.write(plan);
    assertThat(out).doesNotContain("선택된 기술").contains("## 1. 기술 스택\n\n| 구분 | 선택 | 근거 |\n");
    assertThat(reader.read(out).plan()).isEqualTo(plan);
  }

  @Test
  void codeBlocksKeepTrailingSpacesAndBlankLinesByteForByte() {
    String md =
        "# PLAN: x\n\n## 3. API 설계\n\n### Endpoint 1: Stats\n```\nGET /v1/stats\n\n"
            + "Response (200):\n{ \"n\": 1 } \n```\n\n### Endpoint 2: Flush\n```\nPOST /v1/flush\n\n"
            + "Response (202):\n{}\n\n```\n";
    Plan plan = reader.read(md).plan();
    ApiDesign api = plan.apiDesign().orElseThrow();
    EndpointSpec stats = api.endpoints().get(0);
    assertThat(stats.responses().get(0).body()).isEqualTo("{ \"n\": 1 } ");
    String out = writer.write(plan);
    assertThat(out)
        .contains("{ \"n\": 1 } \n```")
        .contains("POST /v1/flush\n\nResponse (202):\n{}\n\n```");
  }

  @Test
  void aTitleThatIsNoPlanTitleIsKeptAndAnUntitledPlanGetsNone() {
    assertThat(canonical("# logfold\n\n## Next Steps\n\n1. Go\n")).startsWith("# logfold\n\n");
    assertThat(canonical("## Next Steps\n\n1. Go\n"))
        .startsWith("## Next Steps\n")
        .doesNotContain("\n# ");
  }
}
