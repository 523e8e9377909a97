package dev.plandoc.model.testing;

import dev.plandoc.model.value.TypedText;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A generic, reflective walk over a model tree for tests: it finds every record and every text leaf
 * by record components, independently of the hand-written walks in the main code, so that tests can
 * check those walks miss nothing.
 *
 * <pre>{@code
 * Map<String, String> texts = ModelTree.texts(plan, Set.of("ResponseSpec.body"));
 * List<Record> all = ModelTree.records(plan);
 * }</pre>
 */
public final class ModelTree {
  private ModelTree() {}

  /** Every record in the tree, parents before children. */
  public static List<Record> records(Object root) {
    List<Record> out = new ArrayList<>();
    walk(root, "", Set.of(), (path, value) -> {}, out);
    return out;
  }

  /**
   * Every text leaf by model path: strings, list and map elements, and the text of typed values (at
   * the typed value's own path). Components named {@code Record.component} in {@code skipped} are
   * not entered, nor are map keys.
   */
  public static Map<String, String> texts(Object root, Set<String> skipped) {
    Map<String, String> out = new LinkedHashMap<>();
    walk(root, "", skipped, out::put, new ArrayList<>());
    return out;
  }

  private interface Sink {
    void accept(String path, String text);
  }

  private static void walk(
      Object node, String path, Set<String> skipped, Sink texts, List<Record> records) {
    if (node instanceof String s) {
      texts.accept(path, s);
    } else if (node instanceof TypedText<?> t) {
      texts.accept(path, t.text());
      records.add((Record) t);
    } else if (node instanceof Optional<?> o) {
      o.ifPresent(v -> walk(v, path, skipped, texts, records));
    } else if (node instanceof List<?> l) {
      for (int i = 0; i < l.size(); i++) {
        walk(l.get(i), path + "[" + i + "]", skipped, texts, records);
      }
    } else if (node instanceof Map<?, ?> m) {
      m.forEach((k, v) -> walk(v, path + "[\"" + k + "\"]", skipped, texts, records));
    } else if (node instanceof Record r) {
      records.add(r);
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        if (skipped.contains(r.getClass().getSimpleName() + "." + c.getName())) {
          continue;
        }
        String child = path.isEmpty() ? c.getName() : path + "." + c.getName();
        walk(get(c, r), child, skipped, texts, records);
      }
    }
    // enums and other values carry no text
  }

  private static Object get(RecordComponent c, Record r) {
    try {
      return c.getAccessor().invoke(r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(e);
    }
  }
}
