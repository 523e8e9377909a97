package dev.plandoc.markdown.internal.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plandoc.markdown.MarkdownDocument;
import dev.plandoc.markdown.MarkdownPlanWriter;
import dev.plandoc.markdown.testing.MarkdownSafePlans;
import dev.plandoc.model.EndpointSpec;
import dev.plandoc.model.EndpointSpecBuilder;
import dev.plandoc.model.Plan;
import dev.plandoc.model.PlanBuilder;
import dev.plandoc.model.ResponseSpecBuilder;
import dev.plandoc.model.Risks;
import dev.plandoc.model.value.HttpMethodText;
import dev.plandoc.model.value.StatusCodeText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Writing back a plan that was not edited gives the input bytes on every kind of input, an edit
 * undone gives them back too, and line endings, a byte order mark and a missing final line break
 * survive an edit.
 */
class FaithfulWriteBackTest {
  private final MarkdownPlanWriter writer = MarkdownPlanWriter.builder().build();

  static Stream<String> corpus() {
    return EditMatrixTest.CORPUS.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void anUneditedCorpusPlanIsWrittenBackByteForByteAlsoWithCrlfAndByteOrderMark(String name) {
    String text = EditMatrixTest.text(name);
    for (String variant : List.of(text, crlf(text), "\uFEFF" + crlf(text), text.stripTrailing())) {
      MarkdownDocument doc = MarkdownDocument.read(variant);
      Plan copy = new PlanBuilder().from(doc.plan()).build();
      assertThat(writer.update(doc, copy)).isEqualTo(variant);
      assertThat(doc.with(copy).source()).isEqualTo(variant);
    }
  }

  static Stream<String> samples() {
    return EditMatrixTest.CORPUS.stream().filter(n -> n.startsWith("/plans/"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void everyLinePrefixOfASampleIsWrittenBackByteForByte(String name) {
    String text = EditMatrixTest.text(name);
    int at = 0;
    while (at >= 0) {
      String prefix = text.substring(0, at);
      MarkdownDocument doc = MarkdownDocument.read(prefix);
      assertThat(writer.update(doc, new PlanBuilder().from(doc.plan()).build())).isEqualTo(prefix);
      int next = text.indexOf('\n', at);
      at = next < 0 ? -1 : next + 1;
    }
  }

  @Test
  void randomMarkdownSoupIsWrittenBackByteForByte() {
    String[] pieces = {
      "# ", "## ", "### ", "- ", "1. ", "| a | b |\n|---|---|\n", "```\n", "> ", "\n", "\n\n",
      "---\n", "**", "`", "리스크 1: ", "테이블: ", "PLAN: ", "14. Risks\n", "    ", "\t", "\r\n",
      "\r", "<!-- c -->", "{x}", "**확률**: High\n", "POST /a\n", "text ", "\uFEFF", "[^1]"
    };
    Random random = new Random(11L);
    for (int i = 0; i < 500; i++) {
      StringBuilder sb = new StringBuilder();
      for (int j = 0, n = random.nextInt(40); j < n; j++) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      String soup = sb.toString();
      MarkdownDocument doc = MarkdownDocument.read(soup);
      assertThat(writer.update(doc, new PlanBuilder().from(doc.plan()).build()))
          .as(soup)
          .isEqualTo(soup);
    }
  }

  @Test
  void theFuzzSeedsAreWrittenBackByteForByte() throws IOException {
    Path seeds = Path.of("src/test/resources/dev/plandoc/markdown/MarkdownReaderFuzzTestInputs");
    List<Path> files;
    try (Stream<Path> s = Files.walk(seeds)) {
      files = s.filter(Files::isRegularFile).toList();
    }
    assertThat(files).isNotEmpty();
    for (Path f : files) {
      String text = new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.UTF_8);
      MarkdownDocument doc = MarkdownDocument.read(text);
      assertThat(writer.update(doc, new PlanBuilder().from(doc.plan()).build()))
          .as(f.toString())
          .isEqualTo(text);
    }
  }

  static Stream<Long> seeds() {
    return Stream.iterate(1L, s -> s + 1).limit(20);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aGeneratedPlanIsWrittenBackByteForByteAndTakesEveryEditOfTheMatrix(long seed) {
    String text = writer.write(MarkdownSafePlans.plan(seed));
    MarkdownDocument doc = MarkdownDocument.read(text);
    assertThat(writer.update(doc, new PlanBuilder().from(doc.plan()).build())).isEqualTo(text);
    for (EditMatrixTest.Edit edit : EditMatrixTest.EDITS) {
      Optional<Plan> edited = EditMatrixTest.applied(edit, doc.plan());
      if (edited.isPresent()) {
        MarkdownDocument after = doc.with(edited.get());
        assertThat(new ModelDiff(doc.plan()).changes(after.plan(), edited.get()))
            .as(edit + "\n" + LineDiff.of(text, after.source()))
            .isEmpty();
      }
    }
  }

  static Stream<Arguments> undoable() {
    List<Arguments> out = new ArrayList<>();
    for (String plan : EditMatrixTest.CORPUS) {
      for (EditMatrixTest.Edit e : EditMatrixTest.EDITS) {
        if (e.expect() != EditMatrixTest.Expect.REMOVES_ONLY) {
          out.add(Arguments.of(plan, e));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("undoable")
  void anEditUndoneGivesTheOriginalBytesBack(String name, EditMatrixTest.Edit edit) {
    String text = EditMatrixTest.text(name);
    MarkdownDocument doc = MarkdownDocument.read(text);
    Optional<Plan> edited = edit.apply().apply(doc.plan());
    if (edited.isEmpty()) {
      return; // nothing in this plan for the edit
    }
    MarkdownDocument after = doc.with(edited.get());
    MarkdownDocument undone = after.with(doc.plan());
    assertThat(undone.source()).as(LineDiff.of(text, undone.source()).toString()).isEqualTo(text);
  }

  @Test
  void anEditKeepsCrlfBreaksTheByteOrderMarkAndTheMissingFinalBreak() {
    String text = "\uFEFF" + crlf(EditMatrixTest.text("/plans/ocr-receipt.ko.md")).stripTrailing();
    MarkdownDocument doc = MarkdownDocument.read(text);
    Plan edited = doc.plan().withTitle("영수증 OCR v2");
    String written = doc.with(edited).source();
    assertThat(written).startsWith("\uFEFF# PLAN: 영수증 OCR v2\r\n").doesNotEndWith("\n");
    assertThat(written.replace("\r\n", "")).doesNotContain("\n");
    assertThat(written.substring(written.indexOf("\r\n")))
        .isEqualTo(text.substring(text.indexOf("\r\n")));
  }

  @Test
  void aLineWithItsOwnBreakKeepsItInADocumentOfMixedBreaks() {
    String text = "# PLAN: 혼합\r\n\n## 15. 다음 단계\r\n\n1. 첫째\n2. 둘째\r\n";
    MarkdownDocument doc = MarkdownDocument.read(text);
    Plan edited = doc.plan().withNextSteps(n -> n.withStep(1, st -> st.withText("둘째 수정")));
    assertThat(doc.with(edited).source())
        .isEqualTo("# PLAN: 혼합\r\n\n## 15. 다음 단계\r\n\n1. 첫째\n2. 둘째 수정\r\n");
  }

  @Test
  void aSectionTheEditAddsGoesAfterTheSectionBeforeItAndNothingElseMoves() {
    String text = EditMatrixTest.text("/plans/ocr-receipt.ko.md");
    MarkdownDocument doc = MarkdownDocument.read(text);
    Risks risks = doc.plan().risks().orElseThrow();
    Plan without = doc.plan().withoutRisks();
    MarkdownDocument removed = doc.with(without);
    LineDiff d = LineDiff.of(text, removed.source());
    assertThat(d.added()).isEmpty();
    assertThat(d.removed()).anyMatch(l -> l.startsWith("## 14."));
    MarkdownDocument restored = removed.with(new PlanBuilder().from(without).risks(risks).build());
    assertThat(new ModelDiff(doc.plan()).changes(restored.plan(), doc.plan())).isEmpty();
    assertThat(LineDiff.of(removed.source(), restored.source()).removed()).isEmpty();
  }

  @Test
  void aValueInAPaddedTableKeepsTheRowAligned() {
    String text =
        "# PLAN: 정렬\n\n## 1. 기술 스택\n\n"
            + "| 영역     | 기술             | 선정 이유 |\n"
            + "|----------|------------------|-----------|\n"
            + "| 백엔드   | Kotlin 2.1       | 같은 스택 |\n"
            + "| DB       | PostgreSQL 16    | 운영 경험 |\n";
    MarkdownDocument doc = MarkdownDocument.read(text);
    Plan edited = doc.plan().withTechStack(t -> t.withTechChoice(0, c -> c.withTechnology("Go")));
    assertThat(doc.with(edited).source())
        .isEqualTo(text.replace("| Kotlin 2.1       |", "| Go               |"));
  }

  @Test
  void aNewSectionInADocumentWithoutSectionNumbersGetsNoNumber() {
    String text = "# PLAN: 번호 없음\n\n## 기술 스택\n\n- 백엔드: Go\n\n## 다음 단계\n\n1. 시작\n";
    MarkdownDocument doc = MarkdownDocument.read(text);
    Plan edited =
        doc.plan()
            .withRisks(
                r ->
                    r.withRiskAdded(
                        new dev.plandoc.model.RiskBuilder()
                            .title("일정 지연")
                            .mitigation("주간 점검")
                            .build()));
    String written = doc.with(edited).source();
    assertThat(written).contains("\n## 리스크 및 완화 방안\n").doesNotContain("## 14.");
    assertThat(LineDiff.of(text, written).removed()).isEmpty();
  }

  @Test
  void checkingAndUncheckingANextStepTicksOnlyItsBox() {
    String text = "# PLAN: 체크\n\n## 15. 다음 단계\n\n- [ ] 스키마 확정\n- [x] API 초안\n- [ ] 부하 테스트\n";
    MarkdownDocument doc = MarkdownDocument.read(text);
    Plan edited =
        doc.plan()
            .withNextSteps(
                n ->
                    n.withStep(0, st -> st.withChecked(true))
                        .withStep(1, st -> st.withChecked(false)));
    assertThat(doc.with(edited).source())
        .isEqualTo("# PLAN: 체크\n\n## 15. 다음 단계\n\n- [x] 스키마 확정\n- [ ] API 초안\n- [ ] 부하 테스트\n");
  }

  @Test
  void anOptionalValueRemovedEmptiesItsCellAndNothingElse() {
    String text =
        "# PLAN: 리스크\n\n## 14. 리스크 및 완화 방안\n\n"
            + "| 리스크 | 가능성 | 영향 | 완화 방안 |\n|---|---|---|---|\n"
            + "| 외부 API 장애 | 중간 | 높음 | 재시도와 서킷 브레이커 |\n"
            + "| 일정 지연 | 낮음 | 중간 | 주간 점검 |\n";
    MarkdownDocument doc = MarkdownDocument.read(text);
    assertThat(doc.plan().risks().orElseThrow().risks().get(1).mitigation()).contains("주간 점검");
    Plan edited = doc.plan().withRisks(r -> r.withRisk(1, x -> x.withoutMitigation()));
    MarkdownDocument after = doc.with(edited);
    assertThat(LineDiff.of(text, after.source()).removed())
        .containsExactly("| 일정 지연 | 낮음 | 중간 | 주간 점검 |\n");
    assertThat(after.plan().risks().orElseThrow().risks().get(1).mitigation()).isEmpty();
  }

  @Test
  void aValueReadFromASummaryRowAndADetailedHeadingChangesInBothAndNowhereElse() {
    String text =
        "# PLAN: 주문\n\n## 3. API 설계\n\n"
            + "| Method | Path | 설명 |\n|---|---|---|\n"
            + "| POST | `/api/orders` | 주문 생성 |\n"
            + "| GET | `/api/orders/{id}` | 주문 조회 |\n\n"
            + "#### `POST /api/orders` — 주문 생성\n\n"
            + "Response (201): 생성됨\n";
    MarkdownDocument doc = MarkdownDocument.read(text);
    assertThat(doc.plan().apiDesign().orElseThrow().endpoints()).hasSize(2);
    Plan edited =
        doc.plan().withApiDesign(a -> a.withEndpoint(0, e -> e.withPath("/api/v2/orders")));
    MarkdownDocument after = doc.with(edited);
    LineDiff d = LineDiff.of(text, after.source());
    assertThat(d.added())
        .containsExactly(
            "| POST | `/api/v2/orders` | 주문 생성 |\n", "#### `POST /api/v2/orders` — 주문 생성\n");
    assertThat(after.source()).contains("`/api/orders/{id}`");
    assertThat(new ModelDiff(doc.plan()).changes(after.plan(), edited)).isEmpty();
  }

  @Test
  void aNewItemACopyOfItsSiblingCannotSayIsWrittenAsTheTemplateWritesItAfterTheSibling() {
    String text =
        "# PLAN: 주문\n\n## 3. API 설계\n\n### Endpoint 1: 주문 생성\n```\nPOST /api/orders\n"
            + "Headers:\n  Authorization: Bearer {token}\n\nRequest:\n{ \"item\": 1 }\n\n"
            + "Response (201):\n{ \"id\": 7 }\n```\n\n---\n\n## 15. 다음 단계\n\n1. 구현\n";
    MarkdownDocument doc = MarkdownDocument.read(text);
    EndpointSpec health =
        new EndpointSpecBuilder()
            .name("헬스 체크")
            .method(new HttpMethodText("GET"))
            .path("/health")
            .addResponses(
                new ResponseSpecBuilder()
                    .label("Response")
                    .status(new StatusCodeText("200"))
                    .body("")
                    .build())
            .build();
    Plan edited = doc.plan().withApiDesign(a -> a.withEndpointAdded(health));
    MarkdownDocument after = doc.with(edited);
    LineDiff d = LineDiff.of(text, after.source());
    assertThat(d.removed()).isEmpty();
    assertThat(d.added()).hasSize(7);
    assertThat(after.source())
        .contains(
            "{ \"id\": 7 }\n```\n\n### Endpoint 2: 헬스 체크\n```\nGET /health\n\nResponse (200):\n```\n\n---\n");
    assertThat(new ModelDiff(doc.plan()).changes(after.plan(), edited)).isEmpty();
  }

  @Test
  void anEditTheDocumentCannotHoldIsRefusedNamingThePart() {
    // '1주차' is both the phase and the estimate of a milestone written as a week bullet: an
    // estimate of its own cannot be written in that shape, nor can the view be written canonically.
    String text = EditMatrixTest.text("/wild/pet-clinic-records.ko.md");
    MarkdownDocument doc = MarkdownDocument.read(text);
    Plan edited = doc.plan().withMilestones(m -> m.withMilestone(0, x -> x.withEstimate("17주")));
    assertThatThrownBy(() -> doc.with(edited))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("milestones");
  }

  private static String crlf(String text) {
    return text.replace("\r\n", "\n").replace("\n", "\r\n");
  }
}
