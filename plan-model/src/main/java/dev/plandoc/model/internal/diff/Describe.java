package dev.plandoc.model.internal.diff;

import dev.plandoc.model.RawMarkdown;
import dev.plandoc.model.Step;
import dev.plandoc.model.value.TypedText;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Model values in a few words on one line, for reports: text as written (shortened), a typed
 * value's text, an item by its kind and identity.
 *
 * <pre>{@code
 * Describe.value(endpoint);                 // "endpoint POST /api/v1/receipts"
 * Describe.value(new MoneyText("$120"));    // "$120"
 * Describe.value("");                       // "(empty)"
 * }</pre>
 */
public final class Describe {
  /** Longer text is cut, with an ellipsis. */
  static final int MAX = 80;

  private Describe() {}

  /**
   * A value in a few words.
   *
   * @param value a model value
   * @return one line
   */
  public static String value(Object value) {
    if (value instanceof String s) {
      return text(s);
    }
    if (value instanceof TypedText<?> t) {
      return text(t.text());
    }
    if (value instanceof Optional<?> o) {
      return o.map(Describe::value).orElse("(none)");
    }
    if (value instanceof List<?> l) {
      return l.size() == 1 ? "1 item" : l.size() + " items";
    }
    if (value instanceof Map<?, ?> m) {
      return m.size() == 1 ? "1 cell" : m.size() + " cells";
    }
    if (value instanceof Step s) {
      return "step " + text(s.text());
    }
    if (value instanceof RawMarkdown r) {
      return "kept Markdown " + text(r.markdown());
    }
    if (value.getClass().isRecord()) {
      String kind = kind(value.getClass());
      return Identity.label(value).map(l -> kind + " " + text(l)).orElse(kind);
    }
    return text(value.toString());
  }

  /**
   * The part of two texts of several lines that differs, each in a few words: the first line where
   * they part and what stands there in each, so that a changed table row in kept Markdown shows as
   * that row.
   *
   * <pre>{@code
   * Describe.difference("a\nb\nc", "a\nB\nc", Layout.Mode.PLAIN);   // ["line 2: b", "line 2: B"]
   * }</pre>
   *
   * @param before the old text
   * @param after the new text
   * @param mode how the texts are compared
   * @return the old and the new side
   */
  public static List<String> difference(String before, String after, Layout.Mode mode) {
    List<String> a = Layout.text(before, mode).lines().toList();
    List<String> b = Layout.text(after, mode).lines().toList();
    int start = 0;
    while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
      start++;
    }
    int endA = a.size();
    int endB = b.size();
    while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
      endA--;
      endB--;
    }
    return List.of(side(a.subList(start, endA), start), side(b.subList(start, endB), start));
  }

  private static String side(List<String> lines, int start) {
    if (lines.isEmpty()) {
      return "(no line " + (start + 1) + ")";
    }
    String where =
        lines.size() == 1
            ? "line " + (start + 1)
            : "lines " + (start + 1) + "–" + (start + lines.size());
    return where + ": " + text(String.join("\n", lines));
  }

  /**
   * What a record is, in words: {@code EndpointSpec} is an endpoint, {@code CostItem} a cost item.
   */
  static String kind(Class<?> type) {
    String name = type.getSimpleName();
    if (name.endsWith("Spec")) {
      name = name.substring(0, name.length() - 4);
    }
    return name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }

  /** Text on one line, shortened. */
  static String text(String s) {
    String line = Layout.text(s, Layout.Mode.PLAIN).replaceAll("\\s*\\n\\s*", " ⏎ ");
    if (line.isEmpty()) {
      return "(empty)";
    }
    return line.codePointCount(0, line.length()) <= MAX
        ? line
        : line.substring(0, line.offsetByCodePoints(0, MAX - 1)) + "…";
  }
}
