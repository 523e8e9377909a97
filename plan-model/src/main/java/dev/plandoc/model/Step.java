package dev.plandoc.model;

import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.*;
import java.util.*;
import org.immutables.value.Value;

/**
 * One item of an ordered list (a data-flow step, a next step). The text is the item's Markdown
 * without its marker; continuation lines and nested lists are kept in it, so steps may nest.
 *
 * <pre>{@code
 * new Step("TASKS 문서 생성\n→ `sutory tasks \"{기능명}\"`");
 * }</pre>
 *
 * @param text the item's Markdown, possibly over several lines
 */
@Value.Builder
public record Step(String text) {
  /** Checks the values. */
  public Step {
    Texts.required(text, "text");
    if (text.isBlank() || !text.equals(text.strip())) {
      throw new IllegalArgumentException(
          "step text must not be blank or start or end with whitespace: '" + text + "'");
    }
  }
}
