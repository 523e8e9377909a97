package dev.plandoc.markdown.internal.shape;

import dev.plandoc.model.RawMarkdown;
import dev.plandoc.model.RawMarkdownView;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * Typed views over a section's kept Markdown (see {@link RawMarkdownView}): how the reader finds
 * them and places them among the section's own items, and how the writer makes sure that the kept
 * Markdown it writes still says what the views say.
 *
 * <p>Views are read from the kept text itself, block by block of each anchor's Markdown, with the
 * same shapes on read and on write. So a plan written back and read again has the same views — the
 * fixed point holds by construction — and the author's table, list or heading is written back as
 * the author wrote it.
 *
 * @param <T> the item type, e.g. {@code EndpointSpec}
 * @param shape the shapes of the item in kept Markdown
 * @param tag the item with its {@code viewOf} set to an anchor
 * @param same whether two items are the same item (a view that repeats an item of its own, or an
 *     earlier view, is no second item)
 * @param merge an earlier view and a later one that is the same item, as one: a summary table's row
 *     and the detailed heading after it that adds the status
 */
public record KeptViews<T extends RawMarkdownView>(
    Function<KeptMarkdown, List<T>> shape,
    BiFunction<T, String, T> tag,
    BiPredicate<T, T> same,
    BinaryOperator<T> merge) {

  /** Views whose repeats add nothing: the first one met is the item. */
  public KeptViews(
      Function<KeptMarkdown, List<T>> shape, BiFunction<T, String, T> tag, BiPredicate<T, T> same) {
    this(shape, tag, same, (first, later) -> first);
  }

  /** The views of every anchor's kept Markdown, in the extras' (document) order. */
  public List<T> read(List<RawMarkdown> extras, List<T> own) {
    List<T> views = new ArrayList<>();
    for (RawMarkdown raw : extras) {
      for (T item : shape.apply(KeptMarkdown.parse(raw.markdown()))) {
        if (own.stream().anyMatch(o -> same.test(o, item))) {
          continue;
        }
        int earlier = 0;
        while (earlier < views.size() && !same.test(views.get(earlier), item)) {
          earlier++;
        }
        if (earlier < views.size()) {
          views.set(earlier, merge.apply(views.get(earlier), item));
        } else {
          views.add(tag.apply(item, raw.anchor()));
        }
      }
    }
    return views;
  }

  /**
   * The own items and the views in document order: views kept at the start first, then each own
   * item {@code i} followed by the views kept at {@code part/i}, then the views kept at the
   * section's named parts, which follow its list.
   */
  public List<T> merge(List<T> own, List<T> views, String part) {
    List<T> out = new ArrayList<>();
    views.stream().filter(v -> anchor(v).isEmpty()).forEach(out::add);
    for (int i = 0; i < own.size(); i++) {
      out.add(own.get(i));
      String at = part + "/" + i;
      views.stream().filter(v -> anchor(v).equals(at)).forEach(out::add);
    }
    views.stream()
        .filter(v -> !anchor(v).isEmpty() && !anchor(v).startsWith(part + "/"))
        .forEach(out::add);
    return out;
  }

  /** The section's own items with their views read from its kept Markdown, in document order. */
  public List<T> withViews(List<T> own, List<RawMarkdown> extras, String part) {
    return merge(own, read(extras, own), part);
  }

  /**
   * Checks, before the kept Markdown is written in place of the views, that it still reads as the
   * views the plan holds: a view edited in code or in JSON would otherwise be lost silently.
   *
   * @throws IllegalArgumentException when a view differs from what its kept Markdown says
   */
  public void check(List<T> items, List<RawMarkdown> extras, String path) {
    List<T> own = items.stream().filter(i -> !i.isView()).toList();
    List<T> views = items.stream().filter(RawMarkdownView::isView).toList();
    List<T> kept = read(extras, own);
    if (!kept.equals(views)) {
      int i = 0;
      while (i < Math.min(kept.size(), views.size()) && kept.get(i).equals(views.get(i))) {
        i++;
      }
      throw new IllegalArgumentException(
          path
              + ": item "
              + (i < views.size() ? i : views.size())
              + " of the views over kept Markdown differs from that Markdown; a view is written as"
              + " the Markdown it was read from, so edit the Markdown (extras) instead, or drop the"
              + " item's viewOf to make it an item of its own");
    }
  }

  private static String anchor(RawMarkdownView v) {
    return v.viewOf().orElse("");
  }
}
