package dev.plandoc.markdown.internal.section;

import dev.plandoc.markdown.internal.RawCollector;
import dev.plandoc.markdown.internal.ReadCodes;
import dev.plandoc.markdown.internal.ReadContext;
import dev.plandoc.markdown.internal.shape.KeptViews;
import dev.plandoc.model.RawMarkdown;
import dev.plandoc.model.RawMarkdownView;
import dev.plandoc.model.check.Severity;
import dev.plandoc.model.check.SourcePosition;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts a section's views (see {@link KeptViews}) among the items the section read of its own, and
 * keeps the source map right: the own items' positions move to their new indexes, and each view
 * gets the position of the kept Markdown it was read from.
 */
final class SectionViews {
  private SectionViews() {}

  /**
   * The section's items in document order, with the views read from its kept Markdown.
   *
   * @param ctx the read, whose source map is updated
   * @param raw the collector the section's kept Markdown came from, for positions
   * @param path the list's path, e.g. {@code apiDesign.endpoints}
   * @param part the list's anchor part, e.g. {@code endpoints}
   * @param own the items the section read of its own
   * @param extras the section's kept Markdown
   * @param views how the views are read
   */
  static <T extends RawMarkdownView> List<T> attach(
      ReadContext ctx,
      RawCollector raw,
      String path,
      String part,
      List<T> own,
      List<RawMarkdown> extras,
      KeptViews<T> views) {
    List<T> read = views.read(extras, own);
    if (read.isEmpty()) {
      if (own.isEmpty() && !extras.isEmpty()) {
        ctx.report(
            Severity.INFO,
            ReadCodes.NOTHING_TYPED,
            path,
            "no " + part + " in a shape the reader knows; the section's content is kept verbatim",
            raw.position(extras.get(0).anchor()).orElse(new SourcePosition(1, 1)));
      }
      return own;
    }
    List<T> all = views.merge(own, read, part);
    List<Integer> moved = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (!all.get(i).isView()) {
        moved.add(i);
      }
    }
    ctx.renumber(path, moved);
    for (int i = 0; i < all.size(); i++) {
      String at = path + "[" + i + "]";
      all.get(i).viewOf().flatMap(raw::position).ifPresent(p -> ctx.position(at, p));
    }
    return all;
  }
}
