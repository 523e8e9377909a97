package dev.plandoc.json.internal.mapping;

import dev.plandoc.model.RawMarkdown;
import dev.plandoc.model.RawMarkdownView;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds the view a model constructor rejected for naming Markdown its part does not keep, so that
 * {@link DecodeContext#build(Obj, String, List, List, java.util.function.Supplier)} can point at
 * it. The model does the check itself (only it knows which anchors a part keeps once empty parts
 * have moved their content); this only locates the culprit in the document.
 */
final class UnkeptViews {
  private UnkeptViews() {}

  /**
   * The {@code viewOf} node of the first view that names an anchor not among the extras as read and
   * that the model's message names: a rejection for some other reason (an extras anchor that names
   * no part, say) stays at the part, so that the pointer never blames a view that is fine.
   */
  static @Nullable Node find(
      @Nullable Node list,
      List<? extends RawMarkdownView> items,
      List<RawMarkdown> extras,
      IllegalArgumentException e) {
    if (list == null || list.items().size() != items.size()) {
      return null;
    }
    Set<String> anchors = anchors(extras);
    String message = String.valueOf(e.getMessage());
    for (int i = 0; i < items.size(); i++) {
      Optional<String> anchor = items.get(i).viewOf();
      if (anchor.isPresent()
          && !anchors.contains(anchor.get())
          && message.contains("'" + anchor.get() + "'")) {
        return list.items().get(i).fields().get("viewOf");
      }
    }
    return null;
  }

  private static Set<String> anchors(List<RawMarkdown> extras) {
    Set<String> anchors = new LinkedHashSet<>();
    extras.forEach(r -> anchors.add(r.anchor()));
    return anchors;
  }

  /** Where the part keeps Markdown, for the message of a view that names another anchor. */
  static String kept(List<RawMarkdown> extras) {
    if (extras.isEmpty()) {
      return "there are no extras";
    }
    List<String> quoted = new ArrayList<>();
    anchors(extras).forEach(a -> quoted.add("\"" + a + "\""));
    return "the extras are at the anchors " + String.join(", ", quoted);
  }
}
