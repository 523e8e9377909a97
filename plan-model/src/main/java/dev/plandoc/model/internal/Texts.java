package dev.plandoc.model.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small text helpers shared by the model's records and typed values. Not API. */
public final class Texts {
  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\$\\{[^{}\\n]*\\}|\\{[^{}\"\\n:;=]{1,80}\\}");
  private static final Pattern ALTERNATIVES =
      Pattern.compile("^[^|{}]{1,40}?(?: \\| [^|{}]{1,40}?)+$");

  private Texts() {}

  /**
   * Removes the inline Markdown decoration an author commonly wraps a value in ({@code **x**},
   * {@code *x*}, {@code `x`}, {@code __x__}) so that typed parsers see the bare value.
   */
  public static String stripDecoration(String text) {
    String s = text.strip();
    boolean changed = true;
    while (changed && s.length() >= 2) {
      changed = false;
      for (String mark : new String[] {"**", "__", "*", "_", "`"}) {
        if (s.length() > 2 * mark.length() && s.startsWith(mark) && s.endsWith(mark)) {
          s = s.substring(mark.length(), s.length() - mark.length()).strip();
          changed = true;
          break;
        }
      }
    }
    return s;
  }

  /** Removes leading emphasis markers so that "**80%** (note)" starts with "80%". */
  public static String stripLeadingDecoration(String text) {
    String s = text.strip();
    while (!s.isEmpty() && (s.charAt(0) == '*' || s.charAt(0) == '_' || s.charAt(0) == '`')) {
      s = s.substring(1);
    }
    return s.strip();
  }

  /** Every {@code {…}} or {@code ${…}} placeholder in the text, in order. */
  public static List<String> placeholdersIn(String text) {
    if (text.indexOf('{') < 0 && text.indexOf(" | ") < 0) {
      // Neither pattern can match: every placeholder has a brace, every alternative " | ". Most
      // text of a filled-in plan has neither, and this is asked of every value.
      return List.of();
    }
    List<String> found = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    String bare = stripDecoration(text);
    if (found.isEmpty() && ALTERNATIVES.matcher(bare).matches()) {
      found.add(bare);
    }
    return found;
  }

  /** Whether the text holds an unfilled placeholder or an unresolved alternative. */
  public static boolean hasPlaceholder(String text) {
    return !placeholdersIn(text).isEmpty();
  }

  /** Requires a non-null value and names the field when it is missing. */
  public static <T> T required(T value, String field) {
    return Objects.requireNonNull(value, () -> field + " must not be null");
  }

  /**
   * Requires a single-line value: a line break cannot be kept inside a table cell, a heading or a
   * one-line bullet, so such values are rejected when the record is built.
   */
  public static String singleLine(String value, String field) {
    required(value, field);
    if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
      throw new IllegalArgumentException(
          field + " must be a single line (Markdown cannot keep a line break here): " + value);
    }
    if (!value.equals(value.strip())) {
      throw new IllegalArgumentException(
          field + " must not start or end with whitespace (Markdown trims it): '" + value + "'");
    }
    return value;
  }

  /** Immutable copy that rejects null elements, naming the list. */
  public static <T> List<T> list(List<T> values, String field) {
    required(values, field);
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) == null) {
        throw new NullPointerException(field + "[" + i + "] must not be null");
      }
    }
    return List.copyOf(values);
  }

  /**
   * The empty map: unlike {@code Collections.emptyMap()}, {@code clear()} refuses, as it does on
   * every map of the model.
   */
  private static final Map<String, String> NO_ENTRIES =
      Collections.unmodifiableMap(new LinkedHashMap<>());

  /** Immutable copy of a map that keeps insertion order and rejects null keys and values. */
  public static Map<String, String> orderedMap(Map<String, String> values, String field) {
    required(values, field);
    // Most of these maps (a row's extra cells) are empty or hold one cell, and a plan can have
    // hundreds of thousands of rows: a LinkedHashMap for each would be most of a large plan's
    // memory. The shared empty map and the singleton map are ordered, immutable and, like the
    // unmodifiable
    // LinkedHashMap, answer a lookup of null with null.
    values.forEach(
        (k, v) -> {
          if (k == null || v == null) {
            throw new NullPointerException(field + " must not hold null keys or values");
          }
        });
    if (values.isEmpty()) {
      return NO_ENTRIES;
    }
    if (values.size() == 1) {
      Map.Entry<String, String> only = values.entrySet().iterator().next();
      return Collections.singletonMap(only.getKey(), only.getValue());
    }
    return Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  private static final java.util.regex.Pattern FENCED_CODE =
      java.util.regex.Pattern.compile(
          "(?ms)^ {0,3}(`{3,}|~{3,}).*?(?:^ {0,3}\\1[`~]*[ \\t]*$|\\z)");
  private static final java.util.regex.Pattern CODE_SPAN =
      java.util.regex.Pattern.compile("(`+)[^`].*?\\1|(`+)\\2");

  /**
   * Markdown with its fenced code blocks and code spans blanked out (line breaks kept, so that
   * positions stay), for searches that concern prose only.
   */
  public static String withoutCode(String markdown) {
    if (markdown.indexOf('`') < 0 && markdown.indexOf('~') < 0) {
      return markdown; // no fence and no code span can start without one of these
    }
    StringBuilder sb = new StringBuilder(markdown);
    for (java.util.regex.Pattern p : new java.util.regex.Pattern[] {FENCED_CODE, CODE_SPAN}) {
      java.util.regex.Matcher m = p.matcher(sb.toString());
      while (m.find()) {
        for (int i = m.start(); i < m.end(); i++) {
          if (sb.charAt(i) != '\n') {
            sb.setCharAt(i, ' ');
          }
        }
      }
    }
    return sb.toString();
  }
}
