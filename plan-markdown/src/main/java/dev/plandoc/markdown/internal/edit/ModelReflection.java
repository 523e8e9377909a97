package dev.plandoc.markdown.internal.edit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Generic access to the model's records: their components by name, and the string values an item
 * holds. The model is a tree of records, lists, optionals, maps and strings; walking it generically
 * keeps the faithful writer independent of each section's fields, so a field added to the model is
 * edited faithfully without a change here.
 */
final class ModelReflection {
  private static final Map<Class<?>, RecordComponent[]> COMPONENTS = new ConcurrentHashMap<>();

  private ModelReflection() {}

  /** The record's components in declaration order. */
  static RecordComponent[] components(Class<?> record) {
    return COMPONENTS.computeIfAbsent(record, Class::getRecordComponents);
  }

  /** The value of one component. */
  static Object value(Record r, RecordComponent c) {
    try {
      return c.getAccessor().invoke(r);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  /** The value of the component named {@code name}, or empty when the record has none. */
  static Optional<Object> value(Record r, String name) {
    for (RecordComponent c : components(r.getClass())) {
      if (c.getName().equals(name)) {
        return Optional.of(value(r, c));
      }
    }
    return Optional.empty();
  }

  /**
   * The non-empty strings a value holds, in declaration order, depth first: what identifies an item
   * in the text it was read from.
   */
  static List<String> strings(Object value) {
    List<String> out = new ArrayList<>();
    collect(value, out);
    return out;
  }

  private static void collect(Object value, List<String> out) {
    if (value instanceof String s) {
      if (!s.isEmpty()) {
        out.add(s);
      }
    } else if (value instanceof Optional<?> o) {
      o.ifPresent(v -> collect(v, out));
    } else if (value instanceof Collection<?> list) {
      list.forEach(v -> collect(v, out));
    } else if (value instanceof Map<?, ?> map) {
      map.values().forEach(v -> collect(v, out));
    } else if (value instanceof Record r) {
      for (RecordComponent c : components(r.getClass())) {
        if (!c.getName().equals("viewOf")) {
          collect(value(r, c), out);
        }
      }
    }
  }

  /** How many values an item holds (at least 1): the weight of adding or removing it. */
  static int weight(Object value) {
    return Math.max(1, strings(value).size());
  }

  /**
   * The value at a path in the source map's notation ({@code risks.risks[2]}), optionals unwrapped;
   * empty when the path names nothing.
   */
  static Optional<Object> at(Object root, String path) {
    Object cur = root;
    int i = 0;
    while (i < path.length() && cur != null) {
      cur = unwrap(cur);
      if (path.charAt(i) == '.') {
        i++;
      }
      if (path.charAt(i) == '[') {
        int close = path.indexOf(']', i);
        int index = Integer.parseInt(path.substring(i + 1, close));
        cur = cur instanceof List<?> l && index < l.size() ? l.get(index) : null;
        i = close + 1;
      } else {
        int end = i;
        while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        String name = path.substring(i, end);
        cur =
            cur instanceof Record r
                ? value(r, name).orElse(null)
                : cur instanceof Map<?, ?> m ? m.get(name) : null;
        i = end;
      }
    }
    return Optional.ofNullable(cur == null ? null : unwrap(cur));
  }

  private static Object unwrap(Object o) {
    return o instanceof Optional<?> opt ? opt.orElse(null) : o;
  }
}
