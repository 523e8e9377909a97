package dev.plandoc.json.internal.patch;

import dev.plandoc.json.internal.patch.EditException.Failure;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applies JSON Patch operations (RFC 6902) to a JSON document it owns, one after the other; a
 * failed operation throws an {@link EditException} and the document is then to be thrown away, so
 * that a patch applies all of its operations or none. Values are inserted as copies, so an
 * operation's value is never changed by a later one.
 *
 * <p>Hostile patches are bounded: no value may be inserted where it would nest objects and arrays
 * deeper than {@code maxDepth}, and the values added, copied and moved by all operations together
 * are at most {@code maxValues}, so that a patch that copies a part onto itself again and again
 * stops long before it fills the memory. Not thread-safe; used for one edit.
 */
public final class TreeEditor {
  private JsonNode root;
  private final int maxDepth;
  private final long maxValues;
  private long values;

  /**
   * An editor of a document.
   *
   * @param root the document, which the editor changes
   * @param maxDepth how deep objects and arrays may nest, the root at depth 1
   * @param maxValues how many values the operations may add, copy and move in all
   */
  public TreeEditor(JsonNode root, int maxDepth, long maxValues) {
    this.root = root;
    this.maxDepth = maxDepth;
    this.maxValues = maxValues;
  }

  /** The document as edited so far. */
  public JsonNode root() {
    return root;
  }

  /**
   * The document as edited, without the members a reader derives (each table's {@code definition},
   * which could no longer match a {@code ddl} the patch changed): what is decoded.
   */
  public JsonNode rootWithoutDerived() {
    JsonNode tables = root.path("databaseSchema").path("tables");
    if (tables.isArray()) {
      for (JsonNode table : tables) {
        if (table instanceof ObjectNode o) {
          o.remove("definition");
        }
      }
    }
    return root;
  }

  /** Applies one operation of a patch. */
  public void apply(PatchOperation operation) {
    List<String> path = operation.path();
    List<String> from = operation.from();
    JsonNode value = operation.value();
    if (operation.op() != PatchOperation.Op.TEST) {
      notDerived(path);
      if (operation.op() == PatchOperation.Op.MOVE) {
        notDerived(require(from));
      }
    }
    switch (operation.op()) {
      case ADD:
        add(path, require(value), true);
        break;
      case REMOVE:
        remove(path);
        break;
      case REPLACE:
        get(path);
        set(path, require(value));
        break;
      case MOVE:
        move(require(from), path);
        break;
      case COPY:
        add(path, get(require(from)), true);
        break;
      case TEST:
        test(path, require(value));
        break;
    }
  }

  private static <T> T require(@org.jspecify.annotations.Nullable T part) {
    if (part == null) {
      throw new IllegalStateException("an operation without the member its op needs");
    }
    return part;
  }

  /**
   * The value a pointer names, in the document itself (not a copy).
   *
   * @throws EditException when the pointer names nothing
   */
  public JsonNode get(List<String> path) {
    return resolve(path, path.size());
  }

  /** The value the first {@code count} tokens of the path name; a failure names the whole path. */
  private JsonNode resolve(List<String> path, int count) {
    JsonNode node = root;
    for (int i = 0; i < count; i++) {
      node = child(node, path, i);
    }
    return node;
  }

  /**
   * Puts a value where a pointer says, whether or not there is one: a property of an object is
   * added or replaced, an item of an array replaced ({@code -}: appended), the root replaced.
   */
  public void set(List<String> path, JsonNode value) {
    notDerived(path);
    if (path.isEmpty()) {
      root = insertable(value, path, true);
      return;
    }
    JsonNode parent = resolve(path, path.size() - 1);
    String last = path.get(path.size() - 1);
    if (parent instanceof ArrayNode array && !last.equals("-")) {
      int index = index(array, path, path.size() - 1, array.size() - 1);
      array.set(index, insertable(value, path, true));
    } else {
      add(path, value, true);
    }
  }

  /** {@code add}: a property added or replaced, an item inserted ({@code -}: appended). */
  private void add(List<String> path, JsonNode value, boolean copy) {
    if (path.isEmpty()) {
      root = insertable(value, path, copy);
      return;
    }
    int last = path.size() - 1;
    JsonNode parent = resolve(path, last);
    String token = path.get(last);
    if (parent instanceof ObjectNode object) {
      object.set(token, insertable(value, path, copy));
    } else if (parent instanceof ArrayNode array) {
      if (token.equals("-")) {
        array.add(insertable(value, path, copy));
      } else {
        array.insert(index(array, path, last, array.size()), insertable(value, path, copy));
      }
    } else {
      throw noParts(parent, path, last);
    }
  }

  /** {@code remove}: the value must be there; the root cannot be removed. */
  private JsonNode remove(List<String> path) {
    if (path.isEmpty()) {
      throw new EditException(
          Failure.ILLEGAL, "", "the whole plan cannot be removed; replace it instead");
    }
    JsonNode removed = get(path);
    JsonNode parent = resolve(path, path.size() - 1);
    if (parent instanceof ObjectNode object) {
      object.remove(path.get(path.size() - 1));
    } else {
      ((ArrayNode) parent).remove(Integer.parseInt(path.get(path.size() - 1)));
    }
    return removed;
  }

  /** {@code move}: {@code remove} then {@code add}, never into the value's own inside. */
  private void move(List<String> from, List<String> path) {
    JsonNode value = get(from);
    if (from.equals(path)) {
      return;
    }
    if (Pointers.startsWith(path, from)) {
      throw new EditException(
          Failure.ILLEGAL,
          Pointers.format(path),
          "cannot move " + Pointers.show(from) + " into itself");
    }
    remove(from);
    add(path, value, false);
  }

  /** {@code test}: the value must be there and equal, numbers by value. */
  private void test(List<String> path, JsonNode expected) {
    JsonNode actual = get(path);
    if (!JsonValues.same(actual, expected)) {
      throw new EditException(
          Failure.TEST_FAILED,
          Pointers.format(path),
          "test failed: the value is "
              + JsonValues.show(actual)
              + ", not "
              + JsonValues.show(expected));
    }
  }

  /** The part of {@code node} the pointer's token {@code i} names. */
  private JsonNode child(JsonNode node, List<String> path, int i) {
    String token = path.get(i);
    if (node instanceof ObjectNode object) {
      JsonNode child = object.get(token);
      if (child == null) {
        throw new EditException(
            Failure.NO_SUCH_PATH,
            Pointers.format(path),
            "no such value: " + where(path, i) + " has no property \"" + token + "\"");
      }
      return child;
    }
    if (node instanceof ArrayNode array) {
      return array.get(index(array, path, i, array.size() - 1));
    }
    throw noParts(node, path, i);
  }

  /** An array index token, at most {@code max}. */
  private static int index(ArrayNode array, List<String> path, int i, int max) {
    String token = path.get(i);
    String items = array.size() == 1 ? "1 item" : array.size() + " items";
    if (token.equals("-")) {
      throw new EditException(
          Failure.NO_SUCH_PATH,
          Pointers.format(path),
          "no such value: - names the end of " + where(path, i) + ", after its " + items);
    }
    if (!token.matches("0|[1-9][0-9]{0,8}")) {
      throw new EditException(
          Failure.NO_SUCH_PATH,
          Pointers.format(path),
          "no such value: "
              + where(path, i)
              + " is an array, and \""
              + token
              + "\" is not an index (0, 1, 2, ... or - for the end)");
    }
    int index = Integer.parseInt(token);
    if (index > max) {
      throw new EditException(
          Failure.NO_SUCH_PATH,
          Pointers.format(path),
          "no such value: "
              + where(path, i)
              + " has "
              + items
              + (max == array.size()
                  ? ", so an item can be inserted at 0 to " + max + " or at - for the end"
                  : ", so there is no item " + index));
    }
    return index;
  }

  /**
   * A table's {@code definition} is derived from its {@code ddl} (the reader recomputes it), so an
   * edit there would be lost: it is refused, with the place to edit instead.
   */
  private static void notDerived(List<String> path) {
    if (path.size() >= 4
        && path.get(0).equals("databaseSchema")
        && path.get(1).equals("tables")
        && path.get(3).equals("definition")) {
      throw new EditException(
          Failure.ILLEGAL,
          Pointers.format(path),
          Pointers.format(path.subList(0, 4))
              + " is derived from the table's DDL and cannot be edited: change "
              + Pointers.format(List.of("databaseSchema", "tables", path.get(2), "ddl"))
              + " instead");
    }
  }

  private static EditException noParts(JsonNode node, List<String> path, int i) {
    return new EditException(
        Failure.NO_SUCH_PATH,
        Pointers.format(path),
        "no such value: "
            + where(path, i)
            + " is "
            + JsonValues.kind(node)
            + ", which has no properties or items");
  }

  /** The pointer of the first {@code i} tokens, for messages; the root is "the plan". */
  private static String where(List<String> path, int i) {
    return i == 0 ? "the plan" : Pointers.format(path.subList(0, i));
  }

  /**
   * The value to insert at {@code path}: checked against the limits, and a copy when it stays
   * elsewhere too.
   */
  private JsonNode insertable(JsonNode value, List<String> path, boolean copy) {
    values = measure(value, path.size() + 1, values, path);
    return copy ? value.deepCopy() : value;
  }

  /** {@code counted} plus the values of {@code value}, which starts at {@code depth}. */
  private long measure(JsonNode value, int depth, long counted, List<String> path) {
    long n = counted + 1;
    if (n > maxValues) {
      throw new EditException(
          Failure.ILLEGAL,
          Pointers.format(path),
          "the patch adds, copies and moves more than " + maxValues + " values in all");
    }
    if (value.isContainer()) {
      if (depth > maxDepth) {
        throw new EditException(
            Failure.ILLEGAL,
            Pointers.format(path),
            "the value would nest objects and arrays more than " + maxDepth + " deep");
      }
      for (JsonNode child : value.values()) {
        n = measure(child, depth + 1, n, path);
      }
    }
    return n;
  }
}
