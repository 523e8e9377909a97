package dev.plandoc.json;

import dev.plandoc.json.internal.patch.EditException;
import dev.plandoc.json.internal.patch.Pointers;
import dev.plandoc.json.internal.patch.TreeEditor;
import dev.plandoc.model.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A JSON Pointer (RFC 6901) into a plan's JSON form, the document {@link JsonPlanWriter} writes:
 * {@code /title}, {@code /metadata/author}, {@code /apiDesign/endpoints/0/responses/1/status}; the
 * empty pointer names the whole plan. In a property name {@code ~} is written {@code ~0} and {@code
 * /} is written {@code ~1}; an array item is named by its index from 0.
 *
 * <p>A pointer reads a value out of a plan ({@link #find}, {@link #get}) and makes a plan with
 * another value there ({@link #set}). Values are Jackson trees: a string is a string node, a typed
 * value such as a status code a number or {@code {"value", "text"}} as the JSON form has it. Every
 * tree handed out is new, and the caller's to change.
 *
 * <p>Immutable and thread-safe; equal when the tokens are.
 *
 * <pre>{@code
 * PlanPointer author = PlanPointer.parse("/metadata/author");
 * String who = author.get(plan).stringValue();                  // "김도현"
 * Plan edited = author.set(plan, "이서준");
 * JsonNode status = PlanPointer.parse("/apiDesign/endpoints/0/responses/0/status").get(plan);  // 200
 * Optional<JsonNode> none = PlanPointer.of("risks", "risks", "9").find(plan);                 // empty
 * }</pre>
 */
public final class PlanPointer {
  private static final PlanPointer ROOT = new PlanPointer(List.of());

  private final List<String> tokens;

  private PlanPointer(List<String> tokens) {
    this.tokens = tokens;
  }

  /**
   * Reads a pointer.
   *
   * @param pointer the pointer's text: empty, or {@code /} and the escaped tokens
   * @return the pointer
   * @throws IllegalArgumentException when the text is not a JSON Pointer: not empty and not
   *     starting with {@code /}, or with a {@code ~} that is neither {@code ~0} nor {@code ~1}
   */
  public static PlanPointer parse(String pointer) {
    List<String> tokens = Pointers.parse(Objects.requireNonNull(pointer, "pointer"));
    return tokens.isEmpty() ? ROOT : new PlanPointer(tokens);
  }

  /** The empty pointer: the whole plan. */
  public static PlanPointer root() {
    return ROOT;
  }

  /**
   * The pointer of the given tokens, as they are (not escaped): {@code of("labels", "a/b")} is
   * {@code /labels/a~1b}.
   */
  public static PlanPointer of(String... tokens) {
    List<String> list = List.of(tokens);
    return list.isEmpty() ? ROOT : new PlanPointer(list);
  }

  /** The reference tokens, unescaped; empty for the whole plan. */
  public List<String> tokens() {
    return tokens;
  }

  /** Whether this pointer names the whole plan. */
  public boolean isRoot() {
    return tokens.isEmpty();
  }

  /** The pointer to a property, or item, of what this one names. */
  public PlanPointer child(String token) {
    List<String> more = new ArrayList<>(tokens);
    more.add(Objects.requireNonNull(token, "token"));
    return new PlanPointer(List.copyOf(more));
  }

  /** The pointer to an item of the array this one names. */
  public PlanPointer child(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("an array index is 0 or more: " + index);
    }
    return child(Integer.toString(index));
  }

  /**
   * The value this pointer names in the plan's JSON form, if there is one.
   *
   * @param plan the plan
   * @return a new tree of the value; empty when the pointer names nothing
   */
  public Optional<JsonNode> find(Plan plan) {
    try {
      return Optional.of(get(plan));
    } catch (PlanPatchException e) {
      return Optional.empty();
    }
  }

  /**
   * The value this pointer names in the plan's JSON form.
   *
   * @param plan the plan
   * @return a new tree of the value
   * @throws PlanPatchException ({@link PlanPatchException.Reason#NO_SUCH_PATH NO_SUCH_PATH}) when
   *     the pointer names nothing; the message says which part is missing
   */
  public JsonNode get(Plan plan) {
    try {
      return PlanPatch.editor(plan).get(tokens);
    } catch (EditException e) {
      throw PlanPatchException.failed(e, -1, "");
    }
  }

  /**
   * The plan with {@code value} where this pointer says: a property of an object added or replaced,
   * an item of an array replaced ({@code -} appends one), the whole plan replaced by the empty
   * pointer. What holds the value must be there: setting {@code /metadata/author} needs the
   * metadata. Setting the value that is there gives an equal plan.
   *
   * @param plan the plan
   * @param value the new value, any JSON (it is copied)
   * @return the edited plan
   * @throws PlanPatchException when what holds the value is not there ({@link
   *     PlanPatchException.Reason#NO_SUCH_PATH NO_SUCH_PATH}), or the model rejects the result
   *     ({@link PlanPatchException.Reason#REJECTED REJECTED}: the message names the property)
   */
  public Plan set(Plan plan, JsonNode value) {
    Objects.requireNonNull(value, "value");
    TreeEditor editor = PlanPatch.editor(plan);
    try {
      editor.set(tokens, value);
    } catch (EditException e) {
      throw PlanPatchException.failed(e, -1, "");
    }
    return PlanPatch.result(editor);
  }

  /** {@link #set(Plan, JsonNode)} with a string. */
  public Plan set(Plan plan, String value) {
    return set(plan, JsonNodeFactory.instance.stringNode(Objects.requireNonNull(value, "value")));
  }

  /** The pointer's text, tokens escaped: {@code /labels/a~1b}; empty for the whole plan. */
  @Override
  public String toString() {
    return Pointers.format(tokens);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PlanPointer p && p.tokens.equals(tokens);
  }

  @Override
  public int hashCode() {
    return tokens.hashCode();
  }
}
