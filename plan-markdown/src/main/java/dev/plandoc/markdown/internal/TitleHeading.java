package dev.plandoc.markdown.internal;

import dev.plandoc.model.TitleForm;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plan's level-1 heading split into the feature's name and the words around it: {@code PLAN: 영수증
 * OCR} is the template's form, {@code 헬스장 GX 수업 예약 설계 문서} has the document-type words {@code 설계 문서}
 * after the name, {@code Shared Photo Albums — Design & Implementation Plan} a qualifier after a
 * dash. Only words that name a kind of document are split off (설계 문서, 기술 설계서, 구현 계획, Technical
 * Plan, Design Doc, a dash followed by only such words); when in doubt the whole heading is the
 * title.
 *
 * <pre>{@code
 * TitleHeading.read("Feature Flag Service Technical Plan");
 * // title "Feature Flag Service", form after " Technical Plan"
 * }</pre>
 *
 * @param title the feature's name
 * @param form the words around it, empty for the template's {@code PLAN:} form
 */
public record TitleHeading(String title, Optional<TitleForm> form) {
  private static final Pattern PLAN =
      Pattern.compile("^PLAN\\s*[:：]\\s*(.*)$", Pattern.CASE_INSENSITIVE);

  private static final String KO_DOC =
      "(?:(?:기술|구현|개발|상세|시스템|아키텍처|서비스)\\s*)?(?:설계|계획|명세|기획)\\s*(?:서|문서)"
          + "|(?:기술|구현|개발|상세)\\s+(?:설계|계획|명세|기획)";
  private static final String EN_WORD =
      "(?:Technical|Tech|Implementation|Design|Architecture|Engineering|Project|System|Solution)";
  private static final String EN_DOC =
      "(?:Plan|Design|Spec|Specification|Document|Doc|Proposal|Overview)";
  private static final Pattern SUFFIX =
      Pattern.compile(
          "^(.*?\\S)(\\s*(?:[—–-]+|:)\\s*(?:(?:"
              + EN_WORD
              + "|"
              + EN_DOC
              + "|&|and|\\+)\\s*)+|\\s*[—–:-]?\\s*(?:"
              + KO_DOC
              + ")|\\s+"
              + EN_WORD
              + "(?:\\s+(?:&|and)\\s+"
              + EN_WORD
              + ")?\\s+"
              + EN_DOC
              + "(?:\\s+(?:Document|Doc))?)\\s*$",
          Pattern.CASE_INSENSITIVE);

  /** Splits the text of a level-1 heading (one line). */
  public static TitleHeading read(String heading) {
    Matcher plan = PLAN.matcher(heading);
    if (plan.matches()) {
      return new TitleHeading(plan.group(1).strip(), Optional.empty());
    }
    Matcher m = SUFFIX.matcher(heading);
    if (m.matches() && !m.group(1).isBlank()) {
      return new TitleHeading(
          m.group(1), Optional.of(new TitleForm("", m.group(2).stripTrailing())));
    }
    return new TitleHeading(heading, Optional.of(new TitleForm("", "")));
  }
}
