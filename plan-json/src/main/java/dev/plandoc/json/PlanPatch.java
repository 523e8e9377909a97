package dev.plandoc.json;

import dev.plandoc.json.internal.Jackson;
import dev.plandoc.json.internal.JsonTrees;
import dev.plandoc.json.internal.Limits;
import dev.plandoc.json.internal.patch.EditException;
import dev.plandoc.json.internal.patch.PatchOperation;
import dev.plandoc.json.internal.patch.PatchOperation.Op;
import dev.plandoc.json.internal.patch.PatchReader;
import dev.plandoc.json.internal.patch.Pointers;
import dev.plandoc.json.internal.patch.TreeEditor;
import dev.plandoc.model.Plan;
import dev.plandoc.model.format.PlanFormatException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A JSON Patch (RFC 6902) over a plan's JSON form: the document that {@link JsonPlanWriter} writes,
 * whose shape the package documentation and the JSON Schema describe. A patch is a list of
 * operations — {@code add}, {@code remove}, {@code replace}, {@code move}, {@code copy} and {@code
 * test} — whose paths are JSON Pointers ({@link PlanPointer}) such as {@code /risks/risks/0/title}.
 *
 * <p>{@link #apply(Plan)} makes the operations one after the other on the plan's JSON form and
 * reads the result back with the JSON decoder, strictly, so the result is a plan the model accepts
 * or the patch fails with a {@link PlanPatchException} that names the path. A patch applies all of
 * its operations or none: it never changes the plan given (plans are immutable), and it gives no
 * plan when any operation fails. The edge cases are those of the RFC: {@code -} appends to an
 * array; {@code add} at an index inserts there, and may add at the index one past the last item;
 * {@code add} to an object property that exists replaces it; {@code move} into the moved value's
 * own inside is an error, {@code move} onto itself does nothing; {@code test} compares by value,
 * numbers numerically ({@code 1} equals {@code 1.0}) and objects in any order; {@code ~0} and
 * {@code ~1} escape {@code ~} and {@code /} in a property name. Members an operation does not
 * define are ignored.
 *
 * <p>Immutable and thread-safe: a patch can be applied to any number of plans, from any thread. A
 * patch that adds, copies and moves more than {@link ReadLimits#DEFAULT_MAX_VALUES} values in all,
 * or would nest deeper than {@link ReadLimits#DEFAULT_MAX_NESTING_DEPTH}, fails: a hostile patch
 * cannot make a plan fill the memory.
 *
 * <pre>{@code
 * PlanPatch patch = PlanPatch.parse("""
 *     [{"op": "test", "path": "/title", "value": "OCR 영수증 인증"},
 *      {"op": "replace", "path": "/metadata/author", "value": "이서준"},
 *      {"op": "remove", "path": "/risks/risks/1"}]""");
 * Plan edited = patch.apply(plan);
 *
 * Plan same = PlanPatch.builder()
 *     .replace("/metadata/author", "이서준")
 *     .move("/risks/risks/0", "/risks/risks/-")      // the first risk becomes the last
 *     .build()
 *     .apply(plan);
 * }</pre>
 */
public final class PlanPatch {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final Limits LIMITS = BaseReader.internal(ReadLimits.defaults());

  private final List<PatchOperation> operations;

  private PlanPatch(List<PatchOperation> operations) {
    this.operations = List.copyOf(operations);
  }

  /**
   * Reads a JSON Patch document: an array of operation objects.
   *
   * @param json the patch, as JSON text
   * @return the patch
   * @throws PlanPatchException ({@link PlanPatchException.Reason#MALFORMED MALFORMED}) when the
   *     text is not JSON, or not a JSON Patch: not an array, an operation without {@code op} or
   *     {@code path}, an unknown op, a {@code value} or {@code from} missing, a path that is no
   *     JSON Pointer; with the line and column, and the JSON Pointer into the patch ({@code
   *     /2/op}). Documents over the default {@link ReadLimits} are refused the same way.
   */
  public static PlanPatch parse(String json) {
    Objects.requireNonNull(json, "json");
    try {
      return new PlanPatch(PatchReader.read(json, LIMITS));
    } catch (PlanFormatException e) {
      throw PlanPatchException.malformed(e);
    }
  }

  /** A builder of a patch, with no operation yet. */
  public static Builder builder() {
    return new Builder(List.of());
  }

  /**
   * The plan with the patch applied. The plan given is not changed.
   *
   * @param plan the plan to patch
   * @return the patched plan; an equal plan when the patch changes nothing
   * @throws PlanPatchException when an operation fails ({@link
   *     PlanPatchException.Reason#NO_SUCH_PATH NO_SUCH_PATH}, {@link
   *     PlanPatchException.Reason#TEST_FAILED TEST_FAILED}, {@link
   *     PlanPatchException.Reason#ILLEGAL_OPERATION ILLEGAL_OPERATION}), with the operation's
   *     index, or when the result is not a plan the model accepts ({@link
   *     PlanPatchException.Reason#REJECTED REJECTED}); its {@code path()} names the value
   */
  public Plan apply(Plan plan) {
    TreeEditor editor = editor(plan);
    for (int i = 0; i < operations.size(); i++) {
      PatchOperation op = operations.get(i);
      try {
        editor.apply(op);
      } catch (EditException e) {
        throw PlanPatchException.failed(e, i, "operation " + i + " (" + op.describe() + "): ");
      }
    }
    return result(editor);
  }

  /** The number of operations. */
  public int size() {
    return operations.size();
  }

  /** Whether the patch has no operation (and so changes nothing). */
  public boolean isEmpty() {
    return operations.isEmpty();
  }

  /** An editor of the JSON form of a plan, within the default limits. */
  static TreeEditor editor(Plan plan) {
    Objects.requireNonNull(plan, "plan");
    return new TreeEditor(
        JsonTrees.encode(plan), LIMITS.maxNestingDepth(), (long) LIMITS.maxValues());
  }

  /** The plan of an edited JSON form. */
  static Plan result(TreeEditor editor) {
    try {
      return JsonTrees.decode(editor.rootWithoutDerived());
    } catch (PlanFormatException e) {
      throw PlanPatchException.rejected(e);
    }
  }

  /** The patch as a JSON Patch document on one line; {@link #parse} reads it back. */
  @Override
  public String toString() {
    ArrayNode array = JSON.arrayNode();
    operations.forEach(op -> array.add(op.toJson()));
    return Jackson.compactJson(array);
  }

  /**
   * Patches are equal when they have the same operations in the same order, with equal values as
   * {@code test} compares them (numbers by value, object properties in any order).
   */
  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof PlanPatch p) || p.operations.size() != operations.size()) {
      return false;
    }
    for (int i = 0; i < operations.size(); i++) {
      if (!operations.get(i).sameAs(p.operations.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** A hash of the operations and their paths (not of their values). */
  @Override
  public int hashCode() {
    int h = 1;
    for (PatchOperation op : operations) {
      h = 31 * h + Objects.hash(op.op(), op.path(), op.from());
    }
    return h;
  }

  /**
   * An immutable builder of a {@link PlanPatch}: each operation returns a new builder with the
   * operation added at the end. Paths are JSON Pointers ({@code /risks/risks/-}); a value given as
   * a {@code String} is that string, one given as a {@link JsonNode} any JSON value (it is copied,
   * so changing the node later does not change the patch).
   *
   * <pre>{@code
   * PlanPatch patch = PlanPatch.builder()
   *     .test("/schemaVersion", IntNode.valueOf(1))
   *     .add("/nextSteps/steps/-", "Load test the upload path")
   *     .copy("/metadata/author", "/metadata/agents")
   *     .build();
   * }</pre>
   *
   * <p>Every method throws {@link IllegalArgumentException} for a path that is no JSON Pointer.
   */
  public static final class Builder {
    private final List<PatchOperation> operations;

    private Builder(List<PatchOperation> operations) {
      this.operations = operations;
    }

    private Builder with(Op op, String path, @Nullable String from, @Nullable JsonNode value) {
      List<PatchOperation> more = new ArrayList<>(operations.size() + 1);
      more.addAll(operations);
      more.add(
          new PatchOperation(
              op,
              Pointers.parse(Objects.requireNonNull(path, "path")),
              from == null ? null : Pointers.parse(from),
              value == null ? null : value.deepCopy()));
      return new Builder(List.copyOf(more));
    }

    private static JsonNode value(JsonNode value) {
      return Objects.requireNonNull(value, "value");
    }

    private static JsonNode text(String value) {
      return JSON.stringNode(Objects.requireNonNull(value, "value"));
    }

    /** {@code add}: a property added or replaced, an item inserted at an index or {@code -}. */
    public Builder add(String path, JsonNode value) {
      return with(Op.ADD, path, null, value(value));
    }

    /** {@code add} of a string. */
    public Builder add(String path, String value) {
      return with(Op.ADD, path, null, text(value));
    }

    /** {@code remove}: the property or item, which must be there. */
    public Builder remove(String path) {
      return with(Op.REMOVE, path, null, null);
    }

    /** {@code replace}: the value, which must be there. */
    public Builder replace(String path, JsonNode value) {
      return with(Op.REPLACE, path, null, value(value));
    }

    /** {@code replace} with a string. */
    public Builder replace(String path, String value) {
      return with(Op.REPLACE, path, null, text(value));
    }

    /** {@code move}: the value at {@code from} removed and added at {@code path}. */
    public Builder move(String from, String path) {
      return with(Op.MOVE, path, Objects.requireNonNull(from, "from"), null);
    }

    /** {@code copy}: a copy of the value at {@code from} added at {@code path}. */
    public Builder copy(String from, String path) {
      return with(Op.COPY, path, Objects.requireNonNull(from, "from"), null);
    }

    /** {@code test}: the value at {@code path} must equal {@code value}, or the patch fails. */
    public Builder test(String path, JsonNode value) {
      return with(Op.TEST, path, null, value(value));
    }

    /** {@code test} against a string. */
    public Builder test(String path, String value) {
      return with(Op.TEST, path, null, text(value));
    }

    /** The patch. */
    public PlanPatch build() {
      return new PlanPatch(operations);
    }
  }
}
