package dev.plandoc.json.internal;

import dev.plandoc.json.internal.mapping.Blame;
import dev.plandoc.json.internal.mapping.Node;
import dev.plandoc.model.Metadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Finds the property a rejection of the plan as a whole is about. The plan's constructor checks the
 * properties that depend on each other (a title form needs a title, a metadata view needs the
 * content it reads) and the enclosing fence, so its rejection surfaces at the document's root,
 * whose pointer names nothing; it is reported where the author has to fix it instead. The checks
 * are the model's; this only locates them, and only when the message is about the property, so that
 * any other rejection stays at the root.
 */
final class PlanRejections {
  private PlanRejections() {}

  /**
   * The property a rejection of the plan is about, or null to leave it at the root.
   *
   * @param root the plan's node
   * @param title the title as read
   * @param beforeTitle the content before the title as read
   * @param afterTitle the content after the title as read
   * @param metadata the metadata as read
   * @param e the plan constructor's rejection
   */
  static @Nullable Blame find(
      Node root,
      String title,
      Optional<String> beforeTitle,
      Optional<String> afterTitle,
      Optional<Metadata> metadata,
      IllegalArgumentException e) {
    String message = String.valueOf(e.getMessage());
    Map<String, Node> fields = root.fields();
    // Every message about the fence starts with its name: the model's own and Texts.singleLine's.
    if (message.startsWith("enclosingFence ")) {
      return blame(fields.get("enclosingFence"), message);
    }
    // Every message about labels starts with "labels" (the model's checks name the property).
    if (message.startsWith("labels")) {
      return blame(fields.get("labels"), message);
    }
    if (message.startsWith("sectionOrder")) {
      return blame(fields.get("sectionOrder"), message);
    }
    if (title.isEmpty() && message.contains("title form")) {
      return blame(fields.get("titleForm"), message);
    }
    Optional<String> view = metadata.flatMap(Metadata::viewOf);
    List<String> kept = new ArrayList<>();
    beforeTitle.ifPresent(s -> kept.add("beforeTitle"));
    afterTitle.ifPresent(s -> kept.add("afterTitle"));
    if (view.isPresent()
        && !kept.contains(view.get())
        && message.contains("'" + view.get() + "'")) {
      Node at = fields.get("metadata");
      String has =
          kept.isEmpty()
              ? "the plan has neither beforeTitle nor afterTitle"
              : "the plan has " + kept.get(0);
      return blame(at == null ? null : at.fields().get("viewOf"), message + "; " + has);
    }
    return null;
  }

  private static @Nullable Blame blame(@Nullable Node node, String message) {
    return node == null ? null : new Blame(node, message);
  }
}
