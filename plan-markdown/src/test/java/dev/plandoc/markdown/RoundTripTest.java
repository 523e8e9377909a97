package dev.plandoc.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plandoc.model.Language;
import dev.plandoc.model.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class RoundTripTest {
  static final java.util.List<String> CORPUS = Plans.CORPUS;
  static final java.util.List<String> ALL = Plans.ALL;

  private final MarkdownPlanReader reader = MarkdownPlanReader.builder().build();
  private final MarkdownPlanWriter writer = MarkdownPlanWriter.builder().build();

  @Test
  void writingTheReadTemplateGivesBackTheTemplateByteForByte() {
    String template = Plans.text(Plans.TEMPLATE);
    assertThat(writer.write(reader.read(template).plan())).isEqualTo(template);
  }

  @ParameterizedTest
  @FieldSource("ALL")
  void readingTheWrittenPlanGivesTheSameModel(String name) {
    Plan first = reader.read(Plans.text(name)).plan();
    Plan second = reader.read(writer.write(first)).plan();
    assertThat(second).isEqualTo(first);
  }

  @ParameterizedTest
  @FieldSource("ALL")
  void canonicalFormIsAFixedPoint(String name) {
    String once = writer.write(reader.read(Plans.text(name)).plan());
    String twice = writer.write(reader.read(once).plan());
    assertThat(twice).isEqualTo(once);
  }

  @ParameterizedTest
  @FieldSource("ALL")
  void koreanToEnglishToKoreanKeepsModelAndBytes(String name) {
    Plan plan = reader.read(Plans.text(name)).plan();
    MarkdownPlanWriter ko = MarkdownPlanWriter.builder().language(Language.KOREAN).build();
    MarkdownPlanWriter en = MarkdownPlanWriter.builder().language(Language.ENGLISH).build();
    String korean = ko.write(plan);
    String english = en.write(plan);
    Plan viaEnglish = reader.read(english).plan();
    // A plan whose every label is in the author's words (pet-clinic-records) is written the same
    // in both languages: nothing in it is the writer's to translate, so nothing tells English.
    if (!english.equals(korean)) {
      assertThat(viaEnglish.language()).isEqualTo(Language.ENGLISH);
    }
    assertThat(ko.write(viaEnglish)).isEqualTo(korean);
    assertThat(reader.read(ko.write(viaEnglish)).plan()).isEqualTo(reader.read(korean).plan());
  }
}
