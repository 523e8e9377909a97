package dev.plandoc.model;

import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.*;
import java.util.*;
import org.immutables.value.Value;

/**
 * A top-level section the template does not have, such as {@code ## 16. 참고 자료}, kept verbatim.
 *
 * <pre>{@code
 * new ExtraSection("nextSteps", "16. 참고 자료", "- [RFC 7519](https://…)");
 * }</pre>
 *
 * @param anchor the key of the known section it follows ({@link SectionKind#key()}), or {@code ""}
 *     when it comes before every known section
 * @param heading the heading text as written, without the {@code ##}; may be empty, and has line
 *     breaks only for a multi-line setext heading
 * @param body the section's content verbatim, possibly empty
 */
@Value.Builder
public record ExtraSection(String anchor, String heading, String body) {
  /** Checks the values. */
  public ExtraSection {
    Texts.required(anchor, "anchor");
    Texts.required(heading, "heading");
    if (!heading.equals(heading.strip())) {
      throw new IllegalArgumentException(
          "extra section heading must not start or end with whitespace: '" + heading + "'");
    }
    Texts.required(body, "body");
    if (!anchor.isEmpty() && SectionKind.fromKey(anchor).isEmpty()) {
      throw new IllegalArgumentException(
          "extra section anchor must be a section key or empty: " + anchor);
    }
  }
}
