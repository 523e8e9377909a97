package dev.plandoc.model;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks of the items that are views over kept Markdown (see {@link RawMarkdownView}). */
final class Views {
  private Views() {}

  /** How many items of a list are items of their own, which the list's anchors count. */
  static int ownCount(List<? extends RawMarkdownView> items) {
    return (int) items.stream().filter(i -> !i.isView()).count();
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
