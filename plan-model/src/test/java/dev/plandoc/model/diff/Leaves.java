package dev.plandoc.model.diff;

import dev.plandoc.model.internal.diff.Layout;
import dev.plandoc.model.value.TypedText;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Rewrites the text leaves of a model value, record by record through the canonical constructors,
 * and says at which JSON pointer each leaf is. Components that are layout are left as they are. Map
 * keys (column headers) are never rewritten; a typed value's leaf is its text, at the typed value's
 * own pointer.
 *
 * <pre>{@code
 * Leaves.Rewrite r = Leaves.rewrite(plan, (pointer, text) -> pointer.equals("/title") ? "x" : text);
 * }</pre>
 */
final class Leaves {
  private Leaves() {}

  /** A rewritten value and the pointers of the leaves the function changed. */
  record Rewrite(Object value, List<String> changed) {}

  static Rewrite rewrite(Object value, BiFunction<String, String, String> f) {
    List<String> changed = new ArrayList<>();
    Object out = walk(value, "", f, changed);
    return new Rewrite(out, List.copyOf(changed));
  }

  private static Object walk(
      Object v, String pointer, BiFunction<String, String, String> f, List<String> changed) {
    if (v instanceof String s) {
      String t = f.apply(pointer, s);
      if (!t.equals(s)) {
        changed.add(pointer);
      }
      return t;
    }
    if (v instanceof Optional<?> o) {
      return o.map(x -> walk(x, pointer, f, changed));
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      for (int i = 0; i < l.size(); i++) {
        out.add(walk(l.get(i), pointer + "/" + i, f, changed));
      }
      return out;
    }
    if (v instanceof Map<?, ?> m) {
      Map<Object, Object> out = new LinkedHashMap<>();
      m.forEach(
          (k, x) ->
              out.put(
                  k,
                  walk(
                      x,
                      pointer + "/" + k.toString().replace("~", "~0").replace("/", "~1"),
                      f,
                      changed)));
      return out;
    }
    if (v.getClass().isRecord()) {
      RecordComponent[] components = v.getClass().getRecordComponents();
      Object[] args = new Object[components.length];
      Class<?>[] types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        RecordComponent c = components[i];
        types[i] = c.getType();
        Object value = get(c, v);
        boolean layout = Layout.isLayout(v.getClass(), c.getName());
        String at = v instanceof TypedText<?> ? pointer : pointer + "/" + c.getName();
        args[i] = layout ? value : walk(value, at, f, changed);
      }
      try {
        Constructor<?> canonical = v.getClass().getDeclaredConstructor(types);
        return canonical.newInstance(args);
      } catch (InvocationTargetException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        throw new IllegalStateException(e);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return v;
  }

  private static Object get(RecordComponent c, Object record) {
    try {
      return c.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
