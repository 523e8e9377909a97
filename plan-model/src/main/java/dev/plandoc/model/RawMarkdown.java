package dev.plandoc.model;

import dev.plandoc.model.internal.Texts;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Markdown a reader kept verbatim because it did not map it onto the model, and the anchor that
 * says where it goes back.
 *
 * <p>The anchor names the part the content followed: {@code ""} is the start (right after the
 * heading), a part name such as {@code "components"} is after that part, and a list part with an
 * index such as {@code "endpoints/0"} is after that item. Each section documents its parts.
 *
 * <pre>{@code
 * new RawMarkdown("components", "### 시퀀스 다이어그램\n```mermaid\n...\n```");
 * }</pre>
 *
 * @param anchor where the content goes back
 * @param markdown the content, verbatim, without a trailing line break
 */
public record RawMarkdown(String anchor, String markdown) {
  /** Checks the values. */
  public RawMarkdown {
    Texts.required(anchor, "anchor");
    Texts.required(markdown, "markdown");
    if (markdown.isBlank()) {
      throw new IllegalArgumentException("markdown must not be blank");
    }
  }

  /**
   * Copies a list of raw blocks and checks that every anchor names a part that is present and that
   * no anchor is used twice (content at one place is one block).
   *
   * @param extras the blocks
   * @param field the field name for messages
   * @param anchors the anchors valid for the record being built
   * @return an immutable copy
   */
  static List<RawMarkdown> checked(List<RawMarkdown> extras, String field, Set<String> anchors) {
    List<RawMarkdown> copy = Texts.list(extras, field);
    Set<String> seen = new HashSet<>();
    for (RawMarkdown raw : copy) {
      if (!raw.anchor().isEmpty() && !anchors.contains(raw.anchor())) {
        throw new IllegalArgumentException(
            field
                + ": anchor '"
                + raw.anchor()
                + "' names no part that is present here; valid anchors: "
                + new java.util.TreeSet<>(anchors));
      }
      if (!seen.add(raw.anchor())) {
        throw new IllegalArgumentException(
            field + ": anchor '" + raw.anchor() + "' is used twice; join the content into one");
      }
    }
    return copy;
  }

  /** Anchors {@code part/0} … {@code part/(size-1)} for a list part. */
  static Set<String> indexed(String part, int size, Set<String> into) {
    for (int i = 0; i < size; i++) {
      into.add(part + "/" + i);
    }
    return into;
  }
}
