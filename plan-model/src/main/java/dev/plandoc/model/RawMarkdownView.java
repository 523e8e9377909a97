package dev.plandoc.model;

import java.util.Optional;

/**
 * An item that is a typed view over Markdown kept verbatim: a reader that met the item in a shape
 * the template does not have (an endpoint as a table row, a table as one of several {@code CREATE
 * TABLE} statements in one block, a next step as a checklist item) keeps that Markdown as it was
 * written in the section's {@link RawMarkdown} extras and reads the item out of it.
 *
 * <p>{@link #viewOf()} names the anchor of the extras the item was read from. A writer of a format
 * that writes Markdown writes the kept Markdown and not the item, so the author's table stays the
 * author's table; a list's anchors such as {@code endpoints/2} count only the items that are not
 * views. Formats that are not Markdown (JSON, YAML) keep both, so that nothing is lost either way.
 *
 * <p>Edits keep where an item came from. Every {@code with…} method of a view but {@code
 * withViewOf} returns a view of the same Markdown, and a section's {@code withRisk(index, change)}
 * (and its kin for the other lists) gives the changed item the old one's {@code viewOf}, whatever
 * the change returns: a faithful Markdown writer relies on it to write an edited view back into the
 * Markdown it was read from. When an edit renumbers a section's anchors (an item of its own added
 * or removed before that Markdown), the views over it follow: {@code viewOf} names the new anchor.
 *
 * <pre>{@code
 * plan.apiDesign().orElseThrow().endpoints().stream()
 *     .filter(RawMarkdownView::isView)
 *     .forEach(e -> System.out.println(e.method().text() + " " + e.path() + " from " + e.viewOf()));
 * }</pre>
 */
public interface RawMarkdownView {
  /**
   * The anchor of the section's kept Markdown this item is read from; empty for an item of its own.
   *
   * @return the anchor, when the item is a view
   */
  Optional<String> viewOf();

  /**
   * Whether the item is a view over kept Markdown.
   *
   * @return whether {@link #viewOf()} is present
   */
  default boolean isView() {
    return viewOf().isPresent();
  }
}
