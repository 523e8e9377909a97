package dev.plandoc.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plandoc.model.format.PlanFormat;
import dev.plandoc.model.format.PlanFormats;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/** Runs every example's {@code main} and checks what it prints. */
@Isolated("replaces System.out")
class ExamplesTest {

  /** Runs a main with System.out captured. */
  interface Main {
    void run(String[] args) throws Exception;
  }

  static String run(Main main, String... args) throws Exception {
    PrintStream before = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      main.run(args);
    } finally {
      System.setOut(before);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void editInPlaceChangesOnlyTheLinesOfItsEdits() throws Exception {
    String out = run(EditInPlace::main);
    assertThat(out.lines().filter(l -> l.startsWith("+ ")))
        .containsExactlyInAnyOrder(
            "+ - **작성자**: 이서준", "+ - **완화 방안**: 원본 이미지 해시 대조, 동일 영수증 재사용 차단");
    assertThat(out.lines().filter(l -> l.startsWith("- ")))
        .containsExactly("- - **작성자**: 김도현", "- - **완화 방안**: " + firstMitigationAfterTheMove());
  }

  @Test
  void editInPlaceRewritesAFileGivenAsArgumentAtomically(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("PLAN.md");
    Files.writeString(file, ReadMarkdownPlan.sample());
    run(EditInPlace::main, file.toString());
    String written = Files.readString(file);
    assertThat(written).contains("- **작성자**: 이서준").doesNotContain("김도현");
    assertThat(written.lines().count()).isEqualTo(ReadMarkdownPlan.sample().lines().count());
  }

  /** The mitigation of the risk that is first once the first risk has moved to the end. */
  private static String firstMitigationAfterTheMove() {
    return dev.plandoc.markdown.MarkdownDocument.read(ReadMarkdownPlan.sample())
        .plan()
        .risks()
        .orElseThrow()
        .risks()
        .get(1)
        .mitigation()
        .orElseThrow();
  }

  @Test
  void buildPlanInCodePrintsKoreanThenEnglish() throws Exception {
    String out = run(BuildPlanInCode::main);
    int korean = out.indexOf("=== Korean");
    int english = out.indexOf("=== English");
    assertThat(korean).isGreaterThanOrEqualTo(0).isLessThan(english);
    String ko = out.substring(korean, english);
    String en = out.substring(english, out.indexOf("=== Validator"));
    assertThat(ko)
        .contains("# PLAN: Push notification settings", "## 1. 기술 스택 선정", "- **작성일**: 2026-03-09")
        .contains("### 리스크 1: Notifications at night in the wrong time zone", "GET /api/v1/users/");
    assertThat(en)
        .contains("## 1. Technology Stack", "- **Date**: 2026-03-09", "### Risk 1: ")
        .doesNotContain("기술 스택");
    assertThat(out.substring(out.indexOf("=== Validator")))
        .contains("warning PLAN-W001 architecture: section 2 (architecture) is missing");
  }

  @Test
  void readMarkdownPlanPrintsEndpointsRisksAndCost() throws Exception {
    String out = run(ReadMarkdownPlan::main);
    assertThat(out)
        .contains("Plan: OCR 영수증 인증 (ko)")
        .contains("  POST   /api/v1/receipts/upload-urls  (업로드 URL 발급)")
        .contains("  POST   /api/v1/receipts/{receipt_id}/review-requests  (수동 검수 요청)")
        .contains("  sum of the rows: 346 USD")
        .contains("  stated total:    $346");
    assertThat(out.indexOf("  High    영수증 재사용"))
        .isPositive()
        .isLessThan(out.indexOf("  Medium  한국어 감열지"));
    assertThat(out.indexOf("  Medium  한국어 감열지")).isLessThan(out.indexOf("  Low     Document AI"));
  }

  @Test
  void writeOpenApiPrintsTheSamplesOperationsAsYaml() throws Exception {
    String out = run(WriteOpenApi::main);
    assertThat(out)
        .startsWith("openapi: \"3.1.0\"\n")
        .contains("  title: \"OCR 영수증 인증\"\n  version: \"1.0.0\"")
        .contains("  /api/v1/receipts/{receipt_id}/review-requests:\n    post:\n")
        .contains("operationId: \"postReceiptsUploadUrls\"")
        .contains("bearerFormat: \"JWT\"")
        .doesNotContain("left out:");
  }

  @Test
  void writeOpenApiWritesJsonToAJsonFile(@TempDir Path dir) throws Exception {
    Path plan = dir.resolve("PLAN.md");
    Files.writeString(
        plan,
        "# PLAN: {기능명}\n\n## 3. API Design\n\n### Endpoint 1: Join\n```\nGET /ws\n\n"
            + "Response (101):\nupgraded\n\nError (4001):\n{}\n```\n");
    Path json = dir.resolve("openapi.json");
    String out = run(WriteOpenApi::main, plan.toString(), json.toString());
    assertThat(out.lines())
        .containsExactly(
            "left out: warning PLAN-O003 title: unfilled placeholder {기능명}: info.title is"
                + " Untitled API",
            "left out: warning PLAN-O002 apiDesign.endpoints[0].responses[1].status: '4001' is not"
                + " an HTTP status (100-599): the response is left out",
            "wrote " + json + " (" + Files.readString(json).lines().count() + " lines)");
    assertThat(Files.readString(json))
        .startsWith("{\n  \"openapi\": \"3.1.0\"")
        .contains("\"101\"");
  }

  @Test
  void printTableColumnsPrintsEachTableOfTheSampleWithItsColumnsAndIndexes() throws Exception {
    String out = run(PrintTableColumns::main);
    assertThat(out.lines())
        .contains(
            "receipts (primary key id)",
            "  id UUID  [not null, primary key]",
            "  campaign_id VARCHAR(64)  [not null]",
            "  purchased_at TIMESTAMP WITH TIME ZONE",
            "  created_at TIMESTAMP WITH TIME ZONE  [not null, default now()]",
            "  index idx_receipts_pending (created_at) where status = 'PENDING_REVIEW'",
            "receipt_reviews (primary key id)",
            "  receipt_id UUID  [not null, -> receipts[id]]",
            "  index idx_reviews_receipt_open unique (receipt_id) where decision IS NULL");
  }

  @Test
  void printTableColumnsSaysWhyATableIsNotTyped(@TempDir Path dir) throws Exception {
    Path plan = dir.resolve("PLAN.md");
    Files.writeString(
        plan,
        "# PLAN: t\n\n## 4. 데이터베이스 스키마\n\n### 테이블: events\n\n```sql\n"
            + "CREATE TABLE events (name LowCardinality(String)) ENGINE = MergeTree ORDER BY name;\n"
            + "```\n\n### 테이블: notes\n\n| 컬럼 | 타입 |\n|---|---|\n| id | int |\n");
    assertThat(run(PrintTableColumns::main, plan.toString()).lines())
        .containsExactly(
            "events: kept as text (the SQL parser reads the type of column name as LowCardinality,"
                + " but it is written LowCardinality(String))",
            "notes: no SQL DDL");
  }

  @Test
  void convertFormatsIsByteIdentical() throws Exception {
    assertThat(run(ConvertFormats::main))
        .contains("Markdown -> JSON -> YAML -> Markdown is byte-identical: true");
  }

  @Test
  void customFormatIsFoundAndWritesCsv() throws Exception {
    String out = run(CustomFormat::main);
    assertThat(out)
        .contains("Formats found: [")
        .contains("milestones-csv", "markdown", "json", "yaml")
        .contains("phase,work,estimate,iso_duration\r\n")
        .contains("1,\"DB 스키마·Alembic 마이그레이션, 업로드 URL API\",2일,PT48H\r\n")
        .contains("Reading: milestones-csv can only be written");
  }

  @Test
  void customFormatIsRegisteredLikeTheBuiltInOnes() {
    PlanFormats formats = PlanFormats.load();
    PlanFormat csv = formats.require("milestones-csv");
    assertThat(csv).isInstanceOf(CustomFormat.MilestonesCsv.class);
    assertThat(formats.findByExtension(".CSV")).contains(csv);
    assertThat(csv.mediaType()).isEqualTo("text/csv");
  }
}
