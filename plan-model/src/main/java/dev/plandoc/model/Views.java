package dev.plandoc.model;

import dev.plandoc.model.internal.Edits;
import dev.plandoc.model.internal.Texts;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Checks and edits of the items that are views over kept Markdown (see {@link RawMarkdownView}).
 *
 * <p>An edit of an item keeps where the item came from: the item a change returns takes the old
 * item's {@code viewOf}, whatever the change did, so a view stays a view of the same Markdown
 * (which a faithful Markdown writer relies on to know what it rewrites) and an item of its own
 * stays one. To put an item of its own in a view's place, remove the view and add the item.
 */
final class Views {
  private Views() {}

  /** How many items of a list are items of their own, which the list's anchors count. */
  static int ownCount(List<? extends RawMarkdownView> items) {
    return (int) items.stream().filter(i -> !i.isView()).count();
  }

  /**
   * The list with the item at {@code index} changed by {@code change}, keeping the item's {@code
   * viewOf}.
   */
  static <T extends RawMarkdownView> List<T> replaced(
      List<T> items,
      int index,
      UnaryOperator<T> change,
      BiFunction<T, Optional<String>, T> withViewOf,
      String what) {
    Texts.required(change, what + ": change");
    return Edits.replaced(
        items,
        index,
        item -> {
          T changed = change.apply(item);
          return changed == null || changed.viewOf().equals(item.viewOf())
              ? changed
              : withViewOf.apply(changed, item.viewOf());
        },
        what);
  }

  /** Every view must be read from Markdown that the record keeps. */
  static void check(List<? extends RawMarkdownView> items, List<RawMarkdown> extras, String field) {
    Set<String> anchors = extras.stream().map(RawMarkdown::anchor).collect(Collectors.toSet());
    for (RawMarkdownView item : items) {
      item.viewOf()
          .filter(a -> !anchors.contains(a))
          .ifPresent(
              a -> {
                throw new IllegalArgumentException(
                    field
                        + ": an item is a view over kept Markdown at anchor '"
                        + a
                        + "', which this record does not keep");
              });
    }
  }
}
