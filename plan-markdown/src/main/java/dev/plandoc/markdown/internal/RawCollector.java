package dev.plandoc.markdown.internal;

import dev.plandoc.model.RawMarkdown;
import dev.plandoc.model.check.SourcePosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.commonmark.node.Node;

/**
 * Collects the raw content of a section or an item by anchor while it is read: the blocks the
 * reader does not map are sliced from the source verbatim and kept after the part they follow, so
 * that the writer can put them back there.
 */
public final class RawCollector {
  private final Source src;
  private final Map<String, List<String>> byAnchor = new LinkedHashMap<>();
  private final Map<String, SourcePosition> firstAt = new LinkedHashMap<>();
  private String anchor = "";

  RawCollector(Source src) {
    this.src = src;
  }

  /** Sets the anchor that {@link #add(List)} keeps content at: the part just read. */
  public void at(String a) {
    anchor = a;
  }

  /** Keeps the blocks at the current anchor. */
  public void add(List<Node> nodes) {
    add(anchor, nodes);
  }

  /** Keeps the blocks at an anchor. */
  public void add(String a, List<Node> nodes) {
    String text = src.slice(nodes);
    if (!text.isEmpty()) {
      byAnchor.computeIfAbsent(a, x -> new ArrayList<>()).add(text);
      nodes.stream()
          .filter(n -> Source.firstLine(n) >= 0)
          .findFirst()
          .ifPresent(n -> firstAt.putIfAbsent(a, Source.position(n)));
    }
  }

  /**
   * Keeps the blocks around the first one that {@code main} takes: those before it at the start,
   * those after it at {@code mainAnchor}. {@code main} is asked about blocks until it takes one.
   */
  public void addAround(List<Node> blocks, Predicate<Node> main, String mainAnchor) {
    List<Node> before = new ArrayList<>();
    List<Node> after = new ArrayList<>();
    boolean found = false;
    for (Node n : blocks) {
      if (!found && main.test(n)) {
        found = true;
        continue;
      }
      (found ? after : before).add(n);
    }
    add("", before);
    add(mainAnchor, after);
  }

  /** Where the content kept at an anchor starts in the source, when any was kept there. */
  public Optional<SourcePosition> position(String anchor) {
    return Optional.ofNullable(firstAt.get(anchor));
  }

  /** The content kept, by anchor in the order the anchors were first used. */
  public List<RawMarkdown> build() {
    List<RawMarkdown> out = new ArrayList<>();
    byAnchor.forEach((a, texts) -> out.add(new RawMarkdown(a, String.join("\n\n", texts))));
    return out;
  }
}
