package dev.plandoc.json.internal.mapping;

import dev.plandoc.model.check.SourcePosition;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One value of a parsed JSON or YAML document with the JSON Pointer and source position it was read
 * at. Immutable once built; a YAML alias shares the node of its anchor.
 */
public final class Node {
  /** The JSON type of a node. */
  public enum Kind {
    /** An object (YAML mapping). */
    OBJECT,
    /** An array (YAML sequence). */
    ARRAY,
    /** A string. */
    STRING,
    /** A number. */
    NUMBER,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** {@code null}. */
    NULL;

    /** The JSON name of the kind, for messages. */
    String describe() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final Kind kind;
  private final Pointer pointer;
  // The position as two ints, 0 when unknown: a SourcePosition is made only when one is asked for.
  private final int line;
  private final int column;
  private final String text;
  private final @Nullable BigDecimal number;
  private final Map<String, Node> fields;
  private final List<Node> items;
  private final long size;
  private final boolean yaml;

  private Node(
      Kind kind,
      Pointer pointer,
      int line,
      int column,
      String text,
      @Nullable BigDecimal number,
      Map<String, Node> fields,
      List<Node> items,
      long size,
      boolean yaml) {
    this.kind = kind;
    this.pointer = pointer;
    this.line = line;
    this.column = column;
    this.text = text;
    this.number = number;
    this.fields = fields;
    this.items = items;
    this.size = size;
    this.yaml = yaml;
  }

  /**
   * A scalar: a string, number, boolean or null, with its text as written; {@code line} and {@code
   * column} count from 1, and are 0 when the value was not read from text.
   */
  public static Node scalar(
      Kind kind,
      Pointer pointer,
      int line,
      int column,
      String text,
      @Nullable BigDecimal number,
      boolean yaml) {
    return new Node(kind, pointer, line, column, text, number, Map.of(), List.of(), 1, yaml);
  }

  /** An object whose properties are in document order; {@code size} counts the values it holds. */
  public static Node object(
      Pointer pointer, int line, int column, Fields fields, long size, boolean yaml) {
    return new Node(Kind.OBJECT, pointer, line, column, "", null, fields, List.of(), size, yaml);
  }

  /** An array; {@code size} counts the values it holds. */
  public static Node array(
      Pointer pointer, int line, int column, List<Node> items, long size, boolean yaml) {
    return new Node(
        Kind.ARRAY,
        pointer,
        line,
        column,
        "",
        null,
        Map.of(),
        Collections.unmodifiableList(items),
        size,
        yaml);
  }

  /** The node's kind. */
  public Kind kind() {
    return kind;
  }

  /** The JSON Pointer of the node, {@code ""} for the root. */
  public String pointer() {
    return pointer.toString();
  }

  /** The JSON Pointer of the node, unspelled: for the pointers of its children. */
  public Pointer place() {
    return pointer;
  }

  /** Where the node starts in the source. */
  public Optional<SourcePosition> position() {
    return Optional.ofNullable(sourcePosition());
  }

  /** Where the node starts in the source, or null when it was not read from text. */
  public @Nullable SourcePosition sourcePosition() {
    return line < 1 || column < 1 ? null : new SourcePosition(line, column);
  }

  /** A scalar's text as written: the string, the number's digits, {@code true}, {@code null}. */
  public String text() {
    return text;
  }

  /** A number's exact value; null when it has none (YAML {@code .inf}). */
  public @Nullable BigDecimal number() {
    return number;
  }

  /** An object's properties in document order. */
  public Map<String, Node> fields() {
    return fields;
  }

  /** An array's items. */
  public List<Node> items() {
    return items;
  }

  /** How many values this node holds, itself included. */
  public long size() {
    return size;
  }

  /**
   * Whether the node was read from YAML, where a plain scalar is text wherever text is expected.
   */
  public boolean yaml() {
    return yaml;
  }

  /** Escapes a property name for a JSON Pointer (RFC 6901). */
  public static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
