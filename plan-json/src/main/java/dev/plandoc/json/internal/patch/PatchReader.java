package dev.plandoc.json.internal.patch;

import dev.plandoc.json.internal.Jackson;
import dev.plandoc.json.internal.JsonTrees;
import dev.plandoc.json.internal.Limits;
import dev.plandoc.json.internal.mapping.Node;
import dev.plandoc.json.internal.patch.PatchOperation.Op;
import dev.plandoc.model.check.SourcePosition;
import dev.plandoc.model.format.PlanFormatException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads a JSON Patch document (RFC 6902): an array of operation objects, each with an {@code op}
 * and a {@code path}, a {@code from} for {@code move} and {@code copy}, a {@code value} for {@code
 * add}, {@code replace} and {@code test}. Members an operation does not have are ignored, as the
 * RFC asks. Every problem is a {@link PlanFormatException} with the line and column and the JSON
 * Pointer of the offending part of the patch.
 */
public final class PatchReader {
  private PatchReader() {}

  /** The operations of a patch document, within the limits of a read. */
  public static List<PatchOperation> read(String text, Limits limits) {
    if (text.strip().isEmpty() || text.strip().equals("\uFEFF")) {
      throw new PlanFormatException(
          "the patch is empty; a JSON Patch is an array of operations, [] for none",
          Optional.of(new SourcePosition(1, 1)),
          "");
    }
    Node root;
    try {
      root = Jackson.readJsonTree(text, limits);
    } catch (PlanFormatException e) {
      if (String.valueOf(e.getMessage()).startsWith("unexpected content after the plan")) {
        throw new PlanFormatException(
            "unexpected content after the patch; a JSON Patch is one array of operations",
            e.position(),
            e.path());
      }
      throw e;
    }
    if (root.kind() != Node.Kind.ARRAY) {
      throw fail(
          root,
          "a JSON Patch is an array of operations such as"
              + " [{\"op\": \"replace\", \"path\": \"/title\", \"value\": \"Login\"}], found "
              + describe(root));
    }
    List<PatchOperation> operations = new ArrayList<>(root.items().size());
    for (Node item : root.items()) {
      operations.add(operation(item));
    }
    return operations;
  }

  private static PatchOperation operation(Node n) {
    if (n.kind() != Node.Kind.OBJECT) {
      throw fail(
          n,
          "an operation is an object such as {\"op\": \"remove\", \"path\": \"/risks/risks/0\"},"
              + " found "
              + describe(n));
    }
    Node opNode = member(n, "op");
    String name = string(opNode);
    Op op;
    try {
      op = Op.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      op = null;
    }
    if (op == null || !op.key().equals(name)) {
      throw fail(
          opNode,
          "unknown op \""
              + name
              + "\"; the operations of a JSON Patch are add, remove, replace, move, copy and test");
    }
    List<String> path = pointer(member(n, "path"));
    List<String> from = op.hasFrom() ? pointer(member(n, "from")) : null;
    JsonNode value = op.hasValue() ? JsonTrees.toJackson(member(n, "value")) : null;
    return new PatchOperation(op, path, from, value);
  }

  private static Node member(Node operation, String name) {
    Node member = operation.fields().get(name);
    if (member == null) {
      throw new PlanFormatException(
          "the operation has no \"" + name + "\"",
          operation.position(),
          operation.pointer() + "/" + name);
    }
    return member;
  }

  private static String string(Node n) {
    if (n.kind() != Node.Kind.STRING) {
      throw fail(n, "expected a string, found " + describe(n));
    }
    return n.text();
  }

  private static List<String> pointer(Node n) {
    try {
      return Pointers.parse(string(n));
    } catch (IllegalArgumentException e) {
      throw fail(n, String.valueOf(e.getMessage()));
    }
  }

  private static String describe(Node n) {
    switch (n.kind()) {
      case OBJECT:
        return "an object";
      case ARRAY:
        return "an array";
      case STRING:
        return "a string";
      case NUMBER:
        return "the number " + n.text();
      default:
        return n.text();
    }
  }

  private static PlanFormatException fail(Node at, @Nullable String message) {
    return new PlanFormatException(String.valueOf(message), at.position(), at.pointer());
  }
}
