package dev.plandoc.model.testing;

import dev.plandoc.model.Plan;
import java.util.Map;

/**
 * The Korean template ({@link TemplatePlan}) filled in completely and consistently: every
 * placeholder replaced, every value parses, the cost total matches its rows. {@link
 * dev.plandoc.model.check.PlanValidator} reports nothing for it, so tests change one thing and
 * expect one diagnostic.
 *
 * <pre>{@code
 * Plan plan = FilledPlan.plan();
 * }</pre>
 */
public final class FilledPlan {
  /** The filled values by model path. */
  public static final Map<String, String> FILLS =
      Map.ofEntries(
          Map.entry("title", "OCR 영수증 인증"),
          Map.entry("metadata.spec", "`specs/ocr-receipt.md`"),
          Map.entry("metadata.date", "2026-03-09"),
          Map.entry("metadata.author", "김민지"),
          Map.entry("metadata.agents", "Backend Python Expert, Frontend Flutter Expert"),
          Map.entry("techStack.alternatives[0].technology", "AWS Textract"),
          Map.entry("techStack.alternatives[1].technology", "Tesseract"),
          Map.entry("architecture.components[0].role", "서명된 업로드 URL 발급"),
          Map.entry("architecture.components[1].role", "Document AI 호출"),
          Map.entry("apiDesign.endpoints[0].name", "업로드 URL 발급"),
          Map.entry("databaseSchema.tables[0].name", "receipts"),
          Map.entry("externalServices.services[0].name", "Google Document AI"),
          Map.entry("externalServices.services[0].purpose", "영수증 OCR"),
          Map.entry("externalServices.services[0].cost", "$200"),
          Map.entry(
              "externalServices.services[0].apiDocs", "https://cloud.google.com/document-ai/docs"),
          Map.entry("externalServices.services[0].authentication", "Service Account"),
          Map.entry("performance.caching.redisCache", "가맹점 목록"),
          Map.entry("performance.caching.ttl", "10분"),
          Map.entry("performance.databaseOptimization.indexing", "user_id, created_at"),
          Map.entry("performance.databaseOptimization.connectionPool", "20"),
          Map.entry("testing.integration.criticalPaths", "업로드 → 파싱 → 검토"),
          Map.entry("testing.load.target", "50 TPS"),
          Map.entry("costEstimate.total.amount", "**$302**"),
          Map.entry("risks.risks[0].title", "OCR 인식률 저하"),
          Map.entry("risks.risks[0].probability", "Medium"),
          Map.entry("risks.risks[0].impact", "높음"),
          Map.entry("risks.risks[0].mitigation", "수동 검토 큐"),
          Map.entry("nextSteps.steps[1].text", "TASKS 문서 생성\n   → `sutory tasks \"ocr-receipt\"`"),
          Map.entry("techStack.selected[0].technology", "FastAPI 0.115"),
          Map.entry("techStack.selected[0].reason", "기존 스택"),
          Map.entry("techStack.selected[1].technology", "Flutter 3.27"),
          Map.entry("techStack.selected[1].reason", "기존 앱"),
          Map.entry("techStack.selected[2].technology", "PostgreSQL 16"),
          Map.entry("techStack.selected[2].reason", "트랜잭션"),
          Map.entry("techStack.selected[3].technology", "Document AI"),
          Map.entry("techStack.selected[3].reason", "영수증 파서"),
          Map.entry("costEstimate.items[0].monthlyCost", "$38"),
          Map.entry("costEstimate.items[0].basis", "최소 1 인스턴스"),
          Map.entry("costEstimate.items[1].monthlyCost", "$64"),
          Map.entry("costEstimate.items[1].basis", "db-custom-1-3840"),
          Map.entry("costEstimate.items[2].monthlyCost", "$200"),
          Map.entry("costEstimate.items[2].basis", "월 2만 건"),
          Map.entry("milestones.milestones[0].work", "구현 1"),
          Map.entry("milestones.milestones[0].estimate", "2일"),
          Map.entry("milestones.milestones[1].work", "구현 2"),
          Map.entry("milestones.milestones[1].estimate", "2일"),
          Map.entry("milestones.milestones[2].work", "구현 3"),
          Map.entry("milestones.milestones[2].estimate", "2일"));

  private FilledPlan() {}

  /** The filled plan. */
  public static Plan plan() {
    return TemplatePlan.plan(FILLS);
  }
}
