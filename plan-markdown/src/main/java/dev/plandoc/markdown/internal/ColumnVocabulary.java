package dev.plandoc.markdown.internal;

import dev.plandoc.model.Language;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The vocabulary of table columns: for each model key of a template table's known columns, the
 * headers authors write for it in either language, and the matching of a header to a key.
 */
public final class ColumnVocabulary {
  private ColumnVocabulary() {}

  /** Table columns by model key. */
  public static final Map<String, Term> COLUMNS = new HashMap<>();

  static {
    COLUMNS.put("area", Vocabulary.t("항목", "Area", "구분", "영역"));
    COLUMNS.put("technology", Vocabulary.t("기술", "Technology", "Tech", "선택", "선택 기술", "Choice"));
    COLUMNS.put("reason", Vocabulary.t("이유", "Reason", "선정 이유", "근거", "Rationale", "Why"));
    COLUMNS.put("code", Vocabulary.t("코드", "Code", "상태 코드", "Status", "HTTP", "HTTP 상태"));
    COLUMNS.put("type", Vocabulary.t("유형", "Type", "상황", "분류"));
    COLUMNS.put("handling", Vocabulary.t("처리", "Handling", "처리 방법", "클라이언트 처리", "대응"));
    COLUMNS.put(
        "item",
        Vocabulary.t("항목", "Item", "리소스", "Resource", "서비스", "Service", "구성 요소", "Component"));
    COLUMNS.put(
        "monthlyCost",
        Vocabulary.t(
            "월 비용",
            "Monthly Cost",
            "비용",
            "Cost",
            "Monthly",
            "월간 비용",
            "월 예상 비용",
            "예상 월 비용",
            "Monthly Estimate",
            "Cost / Month",
            "Cost/Month",
            "월 요금",
            "금액",
            "Amount"));
    COLUMNS.put("basis", Vocabulary.t("근거", "Basis", "비고", "산출 근거", "Notes", "Note"));
    COLUMNS.put(
        "phase",
        Vocabulary.t(
            "단계", "Phase", "Milestone", "마일스톤", "주차", "Week", "Sprint", "스프린트", "차수", "#", "No."));
    COLUMNS.put(
        "work",
        Vocabulary.t(
            "내용",
            "Work",
            "작업",
            "주요 작업",
            "작업 내용",
            "Scope",
            "Tasks",
            "Deliverables",
            "산출물",
            "목표",
            "Goal",
            "Description",
            "Milestone",
            "마일스톤"));
    COLUMNS.put(
        "estimate",
        Vocabulary.t(
            "예상 시간", "Estimate", "기간", "예상 기간", "Duration", "소요 기간", "소요 시간", "Effort", "Time"));
    COLUMNS.put(
        "title", Vocabulary.t("리스크", "Risk", "제목", "Title", "위험", "위험 요소", "리스크 항목", "Risk Item"));
    COLUMNS.put("probability", Vocabulary.PROBABILITY);
    COLUMNS.put("impact", Vocabulary.IMPACT);
    COLUMNS.put("mitigation", Vocabulary.MITIGATION);
  }

  /** The column key among the candidates the header names, if any. */
  public static Optional<String> column(String header, List<String> candidates) {
    String h = Vocabulary.normalize(header);
    for (String key : candidates) {
      if (COLUMNS.get(key).matchNormalized(h).isPresent()) {
        return Optional.of(key);
      }
    }
    // "Monthly (USD)", "월 비용 (원)": the parenthesis qualifies the column, it does not name it.
    String bare = Vocabulary.normalize(HeadingNumber.stripTrailingParens(header));
    if (!bare.equals(h) && !bare.isEmpty()) {
      for (String key : candidates) {
        if (COLUMNS.get(key).matchNormalized(bare).isPresent()) {
          return Optional.of(key);
        }
      }
    }
    return Optional.empty();
  }

  /** The header of a known column in a language. */
  public static String columnHeader(String key, Language language) {
    return COLUMNS.get(key).in(language);
  }
}
