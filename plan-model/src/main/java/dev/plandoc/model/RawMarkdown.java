package dev.plandoc.model;

import dev.plandoc.model.internal.Texts;
import java.util.ArrayList;
import java.util.Comparator;
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
   * Copies a list of raw blocks, checks that every anchor names a part of the record and that no
   * anchor is used twice (content at one place is one block), and puts the blocks in the order of
   * their anchors, so that a plan read from Markdown and the same plan built in code are equal.
   *
   * @param extras the blocks
   * @param field the field name for messages
   * @param anchors the record's anchors in document order; {@code ""} (the start) comes first
   * @return an immutable, ordered copy
   */
  static List<RawMarkdown> checked(List<RawMarkdown> extras, String field, List<String> anchors) {
    List<RawMarkdown> copy = new ArrayList<>(Texts.list(extras, field));
    Set<String> seen = new HashSet<>();
    for (RawMarkdown raw : copy) {
      if (!raw.anchor().isEmpty() && !anchors.contains(raw.anchor())) {
        throw new IllegalArgumentException(
            field
                + ": anchor '"
                + raw.anchor()
                + "' names no part that is present here; valid anchors: \"\", "
                + String.join(", ", anchors));
      }
      if (!seen.add(raw.anchor())) {
        throw new IllegalArgumentException(
            field + ": anchor '" + raw.anchor() + "' is used twice; join the content into one");
      }
    }
    copy.sort(
        Comparator.comparingInt(r -> r.anchor().isEmpty() ? -1 : anchors.indexOf(r.anchor())));
    return List.copyOf(copy);
  }

  /**
   * Moves the content anchored at {@code from} to {@code to}, after any content already there. A
   * part that is empty has no place of its own in a document: its content belongs to the place
   * before it.
   */
  static List<RawMarkdown> moved(List<RawMarkdown> extras, String from, String to) {
    RawMarkdown moving = null;
    RawMarkdown target = null;
    for (RawMarkdown r : extras) {
      if (r != null && r.anchor().equals(from)) {
        moving = r;
      } else if (r != null && r.anchor().equals(to)) {
        target = r;
      }
    }
    if (moving == null) {
      return extras;
    }
    List<RawMarkdown> out = new ArrayList<>();
    for (RawMarkdown r : extras) {
      if (r != moving && r != target) {
        out.add(r);
      }
    }
    String joined =
        target == null ? moving.markdown() : target.markdown() + "\n\n" + moving.markdown();
    out.add(new RawMarkdown(to, joined));
    return out;
  }

  /**
   * Moves content anchored at parts that are absent to the nearest present part before them (or the
   * start): without the part's heading, that is where the content sits in a document.
   *
   * @param extras the blocks
   * @param anchors the record's part anchors in document order
   * @param present whether each part is present
   */
  static List<RawMarkdown> movedFromAbsent(
      List<RawMarkdown> extras, List<String> anchors, List<Boolean> present) {
    List<RawMarkdown> out = extras;
    for (int i = anchors.size() - 1; i >= 0; i--) {
      if (!present.get(i)) {
        String to = "";
        for (int j = i - 1; j >= 0; j--) {
          if (present.get(j)) {
            to = anchors.get(j);
            break;
          }
        }
        out = moved(out, anchors.get(i), to);
      }
    }
    return out;
  }

  /** Anchors {@code part/0} … {@code part/(size-1)} for a list part. */
  static List<String> indexed(String part, int size) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      out.add(part + "/" + i);
    }
    return out;
  }
}
