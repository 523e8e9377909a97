package dev.plandoc.model;

import dev.plandoc.model.internal.Edits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;

/**
 * A list part whose items of their own anchor the section's kept Markdown ({@code endpoints/i},
 * {@code tables/i}, {@code services/i}, {@code risks/i}: the content after the i-th item that is
 * not a view), edited together with that Markdown so that the section stays valid and every block
 * stays where it is in the document:
 *
 * <ul>
 *   <li>adding an item of its own at a place renumbers the anchors of the items after it;
 *   <li>removing one keeps the Markdown that followed it, joined to the Markdown before it (a
 *       removed item takes its own lines and nothing else), and renumbers the anchors after it;
 *   <li>moving one is removing it and adding it at its new place, so the Markdown around it stays;
 *   <li>a view ({@link RawMarkdownView}) has no anchor of its own: adding, removing or moving one
 *       changes no anchor; a view over Markdown whose anchor is renumbered follows it.
 * </ul>
 *
 * @param name the list's name, which is also its anchors' prefix ({@code risks})
 * @param what the list's path for messages ({@code risks.risks})
 * @param items the items, views included
 * @param extras the section's kept Markdown
 * @param withViewOf the item with another {@code viewOf}
 */
record IndexedPart<T extends RawMarkdownView>(
    String name,
    String what,
    List<T> items,
    List<RawMarkdown> extras,
    BiFunction<T, Optional<String>, T> withViewOf) {

  /** The item at {@code index} changed; it keeps its {@code viewOf} (see {@link Views}). */
  IndexedPart<T> replaced(int index, UnaryOperator<T> change) {
    return with(Views.replaced(items, index, change, withViewOf, what), extras);
  }

  /** {@code item} added at {@code index} ({@code size} appends). */
  IndexedPart<T> inserted(int index, T item) {
    List<T> added = Edits.inserted(items, index, item, what);
    if (item.isView()) {
      return with(added, extras);
    }
    int own = ownBefore(index);
    return renamed(added, k -> k >= own ? anchor(k + 1) : anchor(k));
  }

  /** The item at {@code index} removed. */
  IndexedPart<T> removed(int index) {
    Edits.checkIndex(items, index, what);
    List<T> rest = Edits.removed(items, index, what);
    if (items.get(index).isView()) {
      return with(rest, extras);
    }
    int own = ownBefore(index);
    return renamed(
        rest,
        k -> {
          if (k < own) {
            return anchor(k);
          }
          if (k > own) {
            return anchor(k - 1);
          }
          return own == 0 ? "" : anchor(own - 1);
        });
  }

  /** The item at {@code from} moved to {@code to}. */
  IndexedPart<T> moved(int from, int to) {
    Edits.checkIndex(items, from, what);
    Edits.checkIndex(items, to, what);
    T item = items.get(from);
    if (item.isView()) {
      return with(Edits.moved(items, from, to, what), extras);
    }
    return removed(from).inserted(to, item);
  }

  private IndexedPart<T> with(List<T> newItems, List<RawMarkdown> newExtras) {
    return new IndexedPart<>(name, what, newItems, newExtras, withViewOf);
  }

  private String anchor(int k) {
    return name + "/" + k;
  }

  /** How many items before {@code index} are items of their own. */
  private int ownBefore(int index) {
    return Views.ownCount(items.subList(0, index));
  }

  /**
   * The part with every anchor {@code name/k} renamed to {@code rename(k)}, in the kept Markdown
   * (blocks that meet at one anchor are joined in document order) and in the views over it.
   */
  private IndexedPart<T> renamed(List<T> newItems, IntFunction<String> rename) {
    UnaryOperator<String> anchors = a -> indexOf(a).map(rename::apply).orElse(a);
    Map<String, String> joined = new LinkedHashMap<>();
    for (RawMarkdown raw : extras) {
      joined.merge(anchors.apply(raw.anchor()), raw.markdown(), (a, b) -> a + "\n\n" + b);
    }
    List<RawMarkdown> newExtras = new ArrayList<>();
    joined.forEach((anchor, markdown) -> newExtras.add(new RawMarkdown(anchor, markdown)));
    List<T> reanchored = new ArrayList<>();
    for (T item : newItems) {
      Optional<String> viewOf = item.viewOf().map(anchors);
      reanchored.add(viewOf.equals(item.viewOf()) ? item : withViewOf.apply(item, viewOf));
    }
    return with(List.copyOf(reanchored), List.copyOf(newExtras));
  }

  /** The index {@code k} of an anchor {@code name/k}. */
  private Optional<Integer> indexOf(String anchor) {
    // The record checked its anchors: each one with this prefix is name/k for an item k.
    String prefix = name + "/";
    return anchor.startsWith(prefix)
        ? Optional.of(Integer.parseInt(anchor.substring(prefix.length())))
        : Optional.empty();
  }
}
