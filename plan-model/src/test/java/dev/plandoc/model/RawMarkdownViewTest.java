package dev.plandoc.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plandoc.model.value.HttpMethod;
import dev.plandoc.model.value.HttpMethodText;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Items that are views over kept Markdown: where they may point and what anchors count. */
class RawMarkdownViewTest {
  private static final RawMarkdown TABLE =
      new RawMarkdown("", "| Method | Path |\n|---|---|\n| GET | /a |");

  private static EndpointSpec endpoint(String path, Optional<String> viewOf) {
    return new EndpointSpecBuilder()
        .name("")
        .method(HttpMethodText.of(HttpMethod.GET))
        .path(path)
        .viewOf(viewOf)
        .build();
  }

  @Test
  void viewMustPointAtMarkdownTheSectionKeeps() {
    assertThatThrownBy(
            () ->
                new ApiDesignBuilder()
                    .addEndpoints(endpoint("/a", Optional.of("endpoints/0")))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("anchor 'endpoints/0'");
  }

  @Test
  void listAnchorsCountOnlyItemsThatAreNotViews() {
    // One view and one endpoint of its own: "endpoints/0" is after the own one, "endpoints/1"
    // names nothing.
    ApiDesign api =
        new ApiDesignBuilder()
            .addEndpoints(endpoint("/a", Optional.of("")), endpoint("/b", Optional.empty()))
            .extras(List.of(TABLE, new RawMarkdown("endpoints/0", "after b")))
            .build();
    assertThat(api.endpoints()).extracting(EndpointSpec::isView).containsExactly(true, false);
    assertThatThrownBy(
            () ->
                new ApiDesignBuilder()
                    .addEndpoints(endpoint("/a", Optional.of("")), endpoint("/b", Optional.empty()))
                    .extras(List.of(TABLE, new RawMarkdown("endpoints/1", "x")))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("endpoints/1");
  }

  @Test
  void nextStepsOfViewsOnlyKeepTheirMarkdownAtTheStart() {
    NextSteps steps =
        new NextStepsBuilder()
            .addSteps(new Step("a", Optional.of(true), Optional.of("")))
            .extras(List.of(new RawMarkdown("", "- [x] a")))
            .build();
    assertThat(steps.steps())
        .singleElement()
        .satisfies(s -> assertThat(s.checked()).hasValue(true));
    assertThat(steps.extras()).extracting(RawMarkdown::anchor).containsExactly("");
  }

  @Test
  void milestonesThatAreViewsAreNoRowsOfTheTable() {
    Milestones m =
        new MilestonesBuilder()
            .columns(List.of("phase", "work", "estimate"))
            .addMilestones(
                new MilestoneBuilder()
                    .phase("Phase 1")
                    .work("색인")
                    .estimate(new dev.plandoc.model.value.DurationText("2주"))
                    .viewOf("")
                    .build())
            .extras(List.of(new RawMarkdown("", "### Phase 1: 색인 (2주)")))
            .build();
    // With no row of its own the table is not written, so it keeps no column order.
    assertThat(m.columns()).isEmpty();
    assertThat(m.milestones()).singleElement().satisfies(x -> assertThat(x.isView()).isTrue());
  }

  @Test
  void metadataCanBeAViewOnlyOverContentThePlanKeeps() {
    Metadata view = new MetadataBuilder().author("이서준").viewOf("afterTitle").build();
    Plan plan = Plan.builder().title("x").afterTitle("> 작성자: 이서준").metadata(view).build();
    assertThat(plan.metadata().orElseThrow().isView()).isTrue();
    assertThatThrownBy(() -> Plan.builder().title("x").metadata(view).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("afterTitle");
    assertThatThrownBy(() -> new MetadataBuilder().viewOf("fields").build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void titleFormWritesTheHeadingAroundAnEditedTitle() {
    Plan plan = Plan.builder().title("헬스장 GX 수업 예약").titleForm(new TitleForm("", " 설계 문서")).build();
    assertThat(plan.titleHeading()).isEqualTo("헬스장 GX 수업 예약 설계 문서");
    assertThat(Plan.builder().title("x").build().titleHeading()).isEqualTo("PLAN: x");
    assertThatThrownBy(() -> new TitleForm("", " 문서\n"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void enclosingFenceMustBeAFenceLine() {
    assertThat(Plan.builder().enclosingFence("```markdown").build().enclosingFence())
        .hasValue("```markdown");
    assertThatThrownBy(() -> Plan.builder().enclosingFence("markdown").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("enclosingFence");
  }
}
