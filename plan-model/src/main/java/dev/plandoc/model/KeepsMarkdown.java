package dev.plandoc.model;

import java.util.List;

/**
 * A part of a plan that keeps, verbatim, the Markdown a reader did not map onto the model: every
 * section record. Tools that look through a plan's prose (a placeholder search, a spell checker)
 * reach it here without knowing each section.
 *
 * <pre>{@code
 * plan.security().map(KeepsMarkdown::extras).orElse(List.of());
 * }</pre>
 */
public interface KeepsMarkdown {
  /**
   * The kept Markdown, by anchor.
   *
   * @return the blocks, an immutable list
   */
  List<RawMarkdown> extras();
}
