package dev.plandoc.json.internal.patch;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One operation of a JSON Patch. Its value is never handed out or changed: the editor inserts
 * copies of it.
 *
 * @param op the operation
 * @param path the tokens of {@code path}
 * @param from the tokens of {@code from}, for {@code move} and {@code copy}; else null
 * @param value the value, for {@code add}, {@code replace} and {@code test}; else null
 */
public record PatchOperation(
    Op op, List<String> path, @Nullable List<String> from, @Nullable JsonNode value) {

  /** The six operations of RFC 6902. */
  public enum Op {
    /** Adds a property or inserts an item (or replaces the whole document). */
    ADD,
    /** Removes a property or an item. */
    REMOVE,
    /** Replaces a value that is there. */
    REPLACE,
    /** Removes a value and adds it elsewhere. */
    MOVE,
    /** Adds a copy of a value elsewhere. */
    COPY,
    /** Checks that a value is there and equal to the one given. */
    TEST;

    /** The operation's name in a patch: {@code add}. */
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the operation has a {@code value} member. */
    public boolean hasValue() {
      return this == ADD || this == REPLACE || this == TEST;
    }

    /** Whether the operation has a {@code from} member. */
    public boolean hasFrom() {
      return this == MOVE || this == COPY;
    }
  }

  /** The operation, its tokens copied; a value or {@code from} is required where the op has one. */
  public PatchOperation {
    Objects.requireNonNull(op, "op");
    path = List.copyOf(path);
    from = from == null ? null : List.copyOf(from);
    if (op.hasFrom() != (from != null) || op.hasValue() != (value != null)) {
      throw new IllegalArgumentException(
          op.key()
              + " takes a path"
              + (op.hasFrom() ? " and a from" : "")
              + (op.hasValue() ? " and a value" : ""));
    }
  }

  /** Whether the other operation is this one, values compared as {@code test} compares them. */
  public boolean sameAs(PatchOperation other) {
    JsonNode v = value;
    JsonNode w = other.value;
    return op == other.op
        && path.equals(other.path)
        && Objects.equals(from, other.from)
        && (v == null ? w == null : w != null && JsonValues.same(v, w));
  }

  /** The operation as a patch writes it: {@code {"op": "add", "path": "/a", "value": 1}}. */
  public ObjectNode toJson() {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("op", op.key());
    if (from != null) {
      o.put("from", Pointers.format(from));
    }
    o.put("path", Pointers.format(path));
    if (value != null) {
      o.set("value", value.deepCopy());
    }
    return o;
  }

  /** {@code replace /title}: the operation and its path, for messages. */
  public String describe() {
    return op.key()
        + " "
        + (from == null ? "" : Pointers.show(from) + " to ")
        + Pointers.show(path);
  }
}
