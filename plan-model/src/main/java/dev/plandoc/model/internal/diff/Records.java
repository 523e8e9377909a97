package dev.plandoc.model.internal.diff;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * The components of the model's records that a diff compares, in declaration order (the order of
 * the JSON form, whose property names are the component names), layout left out ({@link Layout}).
 * Walking the records rather than naming each field keeps the diff right as the model grows: a new
 * component is compared, at the pointer its JSON property will have.
 *
 * <pre>{@code
 * for (Records.Part p : Records.parts(Risk.class)) {
 *   System.out.println(p.name() + " = " + p.get(risk));   // title = …, probability = …, …
 * }
 * }</pre>
 */
public final class Records {
  private static final ClassValue<List<Part>> PARTS =
      new ClassValue<>() {
        @Override
        protected List<Part> computeValue(Class<?> type) {
          List<Part> parts = new ArrayList<>();
          for (RecordComponent c : type.getRecordComponents()) {
            if (!Layout.isLayout(type, c.getName())) {
              String name = c.getName();
              parts.add(
                  new Part(
                      name,
                      c.getAccessor(),
                      Layout.mode(type, name),
                      !Layout.isOrderLayout(type, name)));
            }
          }
          return List.copyOf(parts);
        }
      };

  private Records() {}

  /**
   * A compared component of a record class.
   *
   * @param name the component's name, its JSON property name
   * @param accessor its accessor
   * @param mode how its text is compared
   * @param ordered whether the order of its items, when it is a list, is content
   */
  public record Part(String name, Method accessor, Layout.Mode mode, boolean ordered) {
    /**
     * The component's value in a record.
     *
     * @param record a record of the part's class
     * @return the value
     */
    public Object get(Object record) {
      try {
        return accessor.invoke(record);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("cannot read " + name + " of " + record.getClass(), e);
      } catch (InvocationTargetException e) {
        throw new IllegalStateException("reading " + name + " failed", e.getCause());
      }
    }
  }

  /**
   * The compared components of a record class.
   *
   * @param type a record class
   * @return its parts, layout left out
   */
  public static List<Part> parts(Class<?> type) {
    return PARTS.get(type);
  }

  /**
   * Whether two records of one class are alike enough to be one item changed: at least half of
   * their compared components are the same.
   *
   * @param a a record
   * @param b a record
   * @return whether they are alike
   */
  public static boolean alike(Object a, Object b) {
    if (a.getClass() != b.getClass() || !a.getClass().isRecord()) {
      return false;
    }
    List<Part> parts = parts(a.getClass());
    int same = 0;
    for (Part p : parts) {
      if (Fingerprint.of(p.get(a), p.mode()).equals(Fingerprint.of(p.get(b), p.mode()))) {
        same++;
      }
    }
    return !parts.isEmpty() && 2 * same >= parts.size();
  }
}
