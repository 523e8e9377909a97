package dev.plandoc.json.internal;

import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An object node being read: hands out its properties by name and remembers which were asked for,
 * so that the rest can be reported as unknown.
 */
final class Obj {
  private final PlanDecoder decoder;
  private final Node node;
  private final @Nullable String path;
  private final Set<String> taken = new HashSet<>();

  /**
   * An object at a model path; with a null path its properties are not recorded in the source map.
   */
  Obj(PlanDecoder decoder, Node node, @Nullable String path, String what) {
    if (node.kind() != Node.Kind.OBJECT) {
      throw decoder.fail(node, "expected " + what + " (an object), found " + TypedKind.found(node));
    }
    this.decoder = decoder;
    this.node = node;
    this.path = path;
  }

  Node node() {
    return node;
  }

  /** The model path of a property: {@code apiDesign.endpoints}. */
  String path(String name) {
    return path == null || path.isEmpty() ? name : path + "." + name;
  }

  /** The property, or null when it is absent or {@code null}; records its position. */
  @Nullable Node take(String name) {
    taken.add(name);
    Node n = node.fields().get(name);
    if (n == null || n.kind() == Node.Kind.NULL) {
      return null;
    }
    if (path != null) {
      decoder.record(path(name), n);
    }
    return n;
  }

  /** The property, which must be present and not null. */
  Node require(String name) {
    Node n = take(name);
    if (n == null) {
      Node present = node.fields().get(name);
      if (present != null) {
        throw decoder.fail(present, "property '" + name + "' must not be null");
      }
      throw decoder.fail(
          node,
          node.pointer() + "/" + Node.escape(name),
          "missing required property '" + name + "'");
    }
    return n;
  }

  /** Reports every property not taken as unknown. */
  void done() {
    for (var e : node.fields().entrySet()) {
      if (!taken.contains(e.getKey())) {
        decoder.unknown(e.getValue(), e.getKey());
      }
    }
  }
}
