package dev.plandoc.model.check;

import java.util.Objects;

/**
 * One unfilled placeholder found in a plan: where it is, the placeholder itself and the whole text
 * of the field that holds it.
 *
 * <pre>{@code
 * Placeholder p = Placeholders.find(plan).get(0);
 * p.path();        // "metadata.spec"
 * p.text();        // "{기능명}"
 * p.fieldText();   // "`specs/{기능명}.md`"
 * }</pre>
 *
 * @param path the model path of the field, e.g. {@code risks.risks[0].probability}
 * @param text the placeholder as written: {@code {기술}}, {@code ${금액}} or an unresolved alternative
 *     such as {@code High | Medium | Low}
 * @param fieldText the whole text of the field
 */
public record Placeholder(String path, String text, String fieldText) {
  /** Checks the values. */
  public Placeholder {
    Objects.requireNonNull(path, "path must not be null");
    Objects.requireNonNull(text, "text must not be null");
    Objects.requireNonNull(fieldText, "fieldText must not be null");
  }
}
