package dev.plandoc.model.internal.diff;

import dev.plandoc.model.value.TypedText;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A value as text in which layout is gone: two values have the same fingerprint exactly when a diff
 * finds no change between them. Lists match items by it, and a property test checks the rule.
 *
 * <pre>{@code
 * Fingerprint.of(new MoneyText("$120"), Layout.Mode.PLAIN)
 *     .equals(Fingerprint.of(new MoneyText("$120"), Layout.Mode.PLAIN));   // true
 * }</pre>
 */
public final class Fingerprint {
  private Fingerprint() {}

  /**
   * The fingerprint of a model value.
   *
   * @param value a value: a record, a list, a map, an optional, a string, a typed text
   * @param mode how text in it is compared
   * @return its fingerprint
   */
  public static String of(Object value, Layout.Mode mode) {
    StringBuilder sb = new StringBuilder();
    append(sb, value, mode);
    return sb.toString();
  }

  private static void append(StringBuilder sb, Object v, Layout.Mode mode) {
    if (v instanceof Optional<?> o) {
      if (o.isEmpty()) {
        sb.append('∅');
      } else {
        sb.append('?');
        append(sb, o.get(), mode);
      }
    } else if (v instanceof List<?> list) {
      sb.append('[');
      for (Object item : list) {
        append(sb, item, mode);
        sb.append(',');
      }
      sb.append(']');
    } else if (v instanceof Map<?, ?> map) {
      // Cells by column: the order of a table's columns is layout.
      sb.append('{');
      new TreeMap<>(map)
          .forEach(
              (k, x) -> {
                string(sb, k.toString(), Layout.Mode.PLAIN);
                append(sb, x, mode);
              });
      sb.append('}');
    } else if (v instanceof String s) {
      string(sb, s, mode);
    } else if (v instanceof TypedText<?> t) {
      Optional<String> value = TypedValues.normalValue(t);
      if (value.isPresent()) {
        sb.append('V');
        string(sb, value.get(), Layout.Mode.PLAIN);
        if (!TypedValues.isCanonical(t)) {
          string(sb, t.text(), Layout.Mode.PLAIN);
        }
      } else {
        sb.append('T');
        string(sb, t.text(), Layout.Mode.PLAIN);
      }
    } else if (v.getClass().isRecord()) {
      sb.append(v.getClass().getSimpleName()).append('(');
      for (Records.Part p : Records.parts(v.getClass())) {
        sb.append(p.name()).append('=');
        Object value = p.get(v);
        if (!p.ordered() && value instanceof List<?> items) {
          // Order is layout: the items as a set, each once for each time it is there.
          sb.append(items.stream().map(x -> of(x, p.mode())).sorted().toList());
        } else {
          append(sb, value, p.mode());
        }
        sb.append(';');
      }
      sb.append(')');
    } else {
      string(sb, v.toString(), Layout.Mode.PLAIN);
    }
  }

  /** Text with its length in front, so that no two sequences of texts run together alike. */
  private static void string(StringBuilder sb, String s, Layout.Mode mode) {
    String t = Layout.text(s, mode);
    sb.append(t.length()).append(':').append(t);
  }
}
