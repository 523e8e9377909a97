package dev.plandoc.model.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The list, map and optional-part edits behind the model's withers ({@code withRisk(i, change)},
 * {@code withRiskAdded}, {@code withoutRisk}, {@code withRiskMoved}, {@code withExtraCell}, {@code
 * withSecurity(change)}), in one place so that every record edits the same way and reports a bad
 * index the same way. Each method returns a new immutable collection and leaves its argument as it
 * was; the record the caller builds from it checks the result. Not API.
 *
 * <p>Messages name the list ({@code what}) as the record names it, e.g. {@code risks: index 3 is
 * out of bounds for 3 items}.
 */
public final class Edits {
  private Edits() {}

  /**
   * The list with the item at {@code index} replaced by {@code change} applied to it.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index < size}
   * @throws NullPointerException when the change returns null
   */
  public static <T> List<T> replaced(
      List<T> list, int index, UnaryOperator<T> change, String what) {
    checkIndex(list, index, what);
    Texts.required(change, what + ": change");
    List<T> out = new ArrayList<>(list);
    T changed = change.apply(list.get(index));
    out.set(
        index,
        Objects.requireNonNull(changed, () -> what + "[" + index + "]: the change returned null"));
    return List.copyOf(out);
  }

  /**
   * The list with {@code item} inserted at {@code index}; the items from {@code index} on follow
   * it. {@code index == size} appends.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index <= size}
   */
  public static <T> List<T> inserted(List<T> list, int index, T item, String what) {
    if (index < 0 || index > list.size()) {
      throw new IndexOutOfBoundsException(
          what
              + ": index "
              + index
              + " is out of bounds for adding to "
              + list.size()
              + " items (0 to "
              + list.size()
              + ")");
    }
    Texts.required(item, what + ": the item to add");
    List<T> out = new ArrayList<>(list);
    out.add(index, item);
    return List.copyOf(out);
  }

  /**
   * The list without the item at {@code index}.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index < size}
   */
  public static <T> List<T> removed(List<T> list, int index, String what) {
    checkIndex(list, index, what);
    List<T> out = new ArrayList<>(list);
    out.remove(index);
    return List.copyOf(out);
  }

  /**
   * The list with the item at {@code from} moved so that it is at {@code to} afterwards; the items
   * between close up.
   *
   * @throws IndexOutOfBoundsException unless both indexes are in {@code 0 <= i < size}
   */
  public static <T> List<T> moved(List<T> list, int from, int to, String what) {
    checkIndex(list, from, what);
    checkIndex(list, to, what);
    List<T> out = new ArrayList<>(list);
    out.add(to, out.remove(from));
    return List.copyOf(out);
  }

  /** Throws unless {@code 0 <= index < list.size()}, naming the list. */
  public static void checkIndex(List<?> list, int index, String what) {
    if (index < 0 || index >= list.size()) {
      throw new IndexOutOfBoundsException(
          what
              + ": index "
              + index
              + " is out of bounds for "
              + list.size()
              + (list.size() == 1 ? " item" : " items"));
    }
  }

  /**
   * The map with {@code key} set to {@code value}: in its place when the key is there, else last.
   */
  public static Map<String, String> put(Map<String, String> map, String key, String value) {
    Map<String, String> out = new LinkedHashMap<>(map);
    out.put(Texts.required(key, "key"), Texts.required(value, "value"));
    return out;
  }

  /**
   * An optional part changed: {@code change} applied to the part, or to {@code empty} when it is
   * absent. An absent part stays absent when the change leaves the empty part as it was, so that a
   * change that changes nothing never adds a part.
   *
   * @throws NullPointerException when the change returns null
   */
  public static <T> Optional<T> changedPart(
      Optional<T> part, Supplier<T> empty, UnaryOperator<T> change, String what) {
    Texts.required(change, what + ": change");
    T before = part.orElseGet(empty);
    T after =
        Objects.requireNonNull(change.apply(before), () -> what + ": the change returned null");
    return part.isEmpty() && after.equals(before) ? Optional.empty() : Optional.of(after);
  }
}
