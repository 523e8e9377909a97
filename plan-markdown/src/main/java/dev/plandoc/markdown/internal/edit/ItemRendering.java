package dev.plandoc.markdown.internal.edit;

import dev.plandoc.markdown.internal.PlanRenderer;
import dev.plandoc.model.Plan;
import dev.plandoc.model.SectionKind;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One new item of a section's list as the canonical writer writes it: the section with that item
 * alone, rendered, without its heading. The faithful writer puts these lines after the item's
 * sibling when a copy of the sibling cannot say what the new item says (a new endpoint with no
 * request body after one that has one).
 */
final class ItemRendering {
  private final PlanRenderer renderer;

  ItemRendering(PlanRenderer renderer) {
    this.renderer = renderer;
  }

  /**
   * The lines of {@code item}, a new item of the list at {@code listPath} ({@code
   * apiDesign.endpoints}), written in {@code plan}'s language and labels; empty when the list is
   * not a list of a section or the section cannot be built around the item alone.
   */
  Optional<List<String>> lines(Plan plan, String listPath, Object item) {
    int dot = listPath.indexOf('.');
    if (dot < 0 || listPath.indexOf('.', dot + 1) >= 0 || listPath.contains("[")) {
      return Optional.empty();
    }
    Optional<SectionKind> kind = SectionKind.fromKey(listPath.substring(0, dot));
    Optional<Object> section = ModelReflection.at(plan, listPath.substring(0, dot));
    if (kind.isEmpty() || section.isEmpty() || !(section.get() instanceof Record r)) {
      return Optional.empty();
    }
    try {
      Record alone = alone(r, listPath.substring(dot + 1), item);
      Plan only =
          (Plan)
              Plan.class
                  .getMethod("with" + capitalised(kind.get().key()), alone.getClass())
                  .invoke(
                      Plan.builder().language(plan.language()).labels(plan.labels()).build(),
                      alone);
      return renderer
          .section(kind.get(), only)
          .map(text -> SectionPatch.body(List.of(text.split("\n", -1))));
    } catch (ReflectiveOperationException | RuntimeException e) {
      // A section whose rules the item alone does not meet: no such candidate.
      return Optional.empty();
    }
  }

  /** The section with the list holding only the item, and nothing else in it. */
  private static Record alone(Record section, String list, Object item)
      throws ReflectiveOperationException {
    RecordComponent[] components = ModelReflection.components(section.getClass());
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent c = components[i];
      types[i] = c.getType();
      Object value = ModelReflection.value(section, c);
      if (c.getName().equals(list)) {
        values[i] = List.of(item);
      } else if (value instanceof List<?> && !c.getName().equals("columns")) {
        // Every other list goes; a table's columns stay, as they decide how its rows are written.
        values[i] = List.of();
      } else if (value instanceof Optional<?>) {
        values[i] = Optional.empty();
      } else if (value instanceof Map<?, ?>) {
        values[i] = Map.of();
      } else {
        values[i] = value;
      }
    }
    Constructor<?> canonical = section.getClass().getDeclaredConstructor(types);
    try {
      return (Record) canonical.newInstance(values);
    } catch (InvocationTargetException e) {
      throw new IllegalArgumentException(e.getCause());
    }
  }

  private static String capitalised(String key) {
    return Character.toUpperCase(key.charAt(0)) + key.substring(1);
  }
}
