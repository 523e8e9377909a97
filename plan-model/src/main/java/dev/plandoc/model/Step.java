package dev.plandoc.model;

import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.*;
import java.util.*;
import org.immutables.value.Value;

/**
 * One item of an ordered list (a data-flow step, a next step). The text is the item's Markdown
 * without its marker; continuation lines and nested lists are kept in it, so steps may nest.
 *
 * <p>Every {@code with…} method but {@code withViewOf} keeps {@link #viewOf()}: an edited view is
 * still a view of the Markdown it was read from, which a faithful Markdown writer needs to know.
 *
 * <pre>{@code
 * new Step("TASKS 문서 생성\n→ `sutory tasks \"{기능명}\"`");
 * step.withText("SPEC 재검토").withChecked(true);
 * }</pre>
 *
 * @param text the item's Markdown, possibly over several lines
 * @param checked for a checklist item ({@code - [ ]}, {@code - [x]}), whether it is checked
 * @param viewOf the anchor of the kept Markdown this item is read from, when it is a {@link
 *     RawMarkdownView view}
 */
@Value.Builder
public record Step(String text, Optional<Boolean> checked, Optional<String> viewOf)
    implements RawMarkdownView, WithStep {
  /** Checks the values. */
  public Step {
    viewOf.ifPresent(a -> Texts.required(a, "viewOf"));
    Texts.required(text, "text");
    if (text.isBlank() || !text.equals(text.strip())) {
      throw new IllegalArgumentException(
          "step text must not be blank or start or end with whitespace: '" + text + "'");
    }
  }

  /** A step of its own (not a view), with no check box. */
  public Step(String text) {
    this(text, Optional.empty(), Optional.empty());
  }

  /** A copy without {@link #checked() checked}. */
  public Step withoutChecked() {
    return withChecked(Optional.empty());
  }
}
