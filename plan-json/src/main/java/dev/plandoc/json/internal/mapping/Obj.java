package dev.plandoc.json.internal.mapping;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An object node being read: hands out its properties by name and remembers which were asked for,
 * so that the rest can be reported as unknown.
 */
public final class Obj {
  private final DecodeContext context;
  private final Node node;
  private final @Nullable String path;
  // Names asked for, in a list: an object is asked for a handful, so a scan beats hashing.
  private final List<String> taken = new ArrayList<>(8);

  /**
   * An object at a model path; with a null path its properties are not recorded in the source map.
   */
  Obj(DecodeContext context, Node node, @Nullable String path, String what) {
    if (node.kind() != Node.Kind.OBJECT) {
      throw context.fail(node, "expected " + what + " (an object), found " + TypedKind.found(node));
    }
    this.context = context;
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
  public @Nullable Node take(String name) {
    taken.add(name);
    Node n = node.fields().get(name);
    if (n == null || n.kind() == Node.Kind.NULL) {
      return null;
    }
    if (path != null) {
      context.record(path(name), n);
    }
    return n;
  }

  /** The property, which must be present and not null. */
  public Node require(String name) {
    Node n = take(name);
    if (n == null) {
      Node present = node.fields().get(name);
      if (present != null) {
        throw context.fail(present, "property '" + name + "' must not be null");
      }
      throw context.fail(
          node,
          node.pointer() + "/" + Node.escape(name),
          "missing required property '" + name + "'");
    }
    return n;
  }

  /** Reports every property not taken as unknown. */
  void done() {
    // An object node's properties are always Fields; read by index, with no entry per property.
    if (node.fields() instanceof Fields f) {
      for (int i = 0; i < f.size(); i++) {
        if (!taken.contains(f.key(i))) {
          context.unknown(f.value(i), f.key(i));
        }
      }
    }
  }
}
