package dev.plandoc.model;

import dev.plandoc.model.internal.Texts;
import org.immutables.value.Value;

/**
 * How a plan's title heading is written when it is not the template's {@code # PLAN: {title}}: the
 * text before and after the feature name on the heading line. Most plans agents write have a
 * heading such as {@code # 헬스장 GX 수업 예약 설계 문서} or {@code # Feature Flag Service Technical Plan}:
 * the title is the feature's name, and the document-type words around it are kept here, so that the
 * heading is written back as the author wrote it and an edited title keeps them.
 *
 * <pre>{@code
 * TitleForm form = new TitleForm("", " 설계 문서");
 * form.heading("헬스장 GX 수업 예약");   // "헬스장 GX 수업 예약 설계 문서"
 * }</pre>
 *
 * @param before the text before the title, often empty
 * @param after the text after the title, e.g. {@code " — Design & Implementation Plan"}
 */
@Value.Builder
public record TitleForm(String before, String after) {
  /** Checks the values. */
  public TitleForm {
    Texts.required(before, "before");
    Texts.required(after, "after");
    if (before.indexOf('\n') >= 0 || after.indexOf('\n') >= 0) {
      throw new IllegalArgumentException(
          "a title heading is one line: '" + before + "…" + after + "'");
    }
    if (!before.equals(before.stripLeading()) || !after.equals(after.stripTrailing())) {
      throw new IllegalArgumentException(
          "a title heading does not start or end with white space: '" + before + "…" + after + "'");
    }
  }

  /** The heading's text for a title. */
  public String heading(String title) {
    return before + title + after;
  }
}
