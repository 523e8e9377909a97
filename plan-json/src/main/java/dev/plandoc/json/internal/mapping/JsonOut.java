package dev.plandoc.json.internal.mapping;

import dev.plandoc.model.RawMarkdown;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/**
 * The property writers every part of the published shape is encoded with, so that all of them leave
 * out the same things: absent optionals, empty lists and maps, and empty strings whose default is
 * empty. They write to a generator as they go, inside the object the caller has started.
 */
public final class JsonOut {
  private JsonOut() {}

  /**
   * Writes one value of a type to a generator: an object, a string, a typed value.
   *
   * @param <T> the type of the value
   */
  @FunctionalInterface
  public interface Writes<T> {
    /** Writes the value. */
    void write(JsonGenerator g, T value);
  }

  /** Writes a string property. */
  public static void put(JsonGenerator g, String name, String value) {
    g.writeStringProperty(name, value);
  }

  /** Writes a string property unless the string is empty, its default. */
  public static void putIfNotEmpty(JsonGenerator g, String name, String value) {
    if (!value.isEmpty()) {
      g.writeStringProperty(name, value);
    }
  }

  /** Writes a string property when present. */
  public static void put(JsonGenerator g, String name, Optional<String> value) {
    if (value.isPresent()) {
      g.writeStringProperty(name, value.get());
    }
  }

  /** Writes a boolean property when present. */
  public static void putBoolean(JsonGenerator g, String name, Optional<Boolean> value) {
    if (value.isPresent()) {
      g.writeBooleanProperty(name, value.get());
    }
  }

  /** Writes a property, its value written by {@code f}, when present. */
  public static <T> void put(JsonGenerator g, String name, Optional<T> value, Writes<T> f) {
    if (value.isPresent()) {
      g.writeName(name);
      f.write(g, value.get());
    }
  }

  /** Writes an array property, each item written by {@code f}, unless the list is empty. */
  public static <T> void putList(JsonGenerator g, String name, List<T> values, Writes<T> f) {
    if (!values.isEmpty()) {
      g.writeArrayPropertyStart(name);
      for (T v : values) {
        f.write(g, v);
      }
      g.writeEndArray();
    }
  }

  /** Writes an array of strings unless the list is empty. */
  public static void putStrings(JsonGenerator g, String name, List<String> values) {
    putList(g, name, values, JsonGenerator::writeString);
  }

  /** Writes an object of table cells by column header unless there are none. */
  public static void putCells(JsonGenerator g, String name, Map<String, String> cells) {
    if (!cells.isEmpty()) {
      g.writeObjectPropertyStart(name);
      cells.forEach(g::writeStringProperty);
      g.writeEndObject();
    }
  }

  /** Writes the raw Markdown kept with a part, property {@code extras}, unless there is none. */
  public static void putExtras(JsonGenerator g, List<RawMarkdown> extras) {
    putList(
        g,
        "extras",
        extras,
        (o, r) -> {
          o.writeStartObject();
          putIfNotEmpty(o, "anchor", r.anchor());
          put(o, "markdown", r.markdown());
          o.writeEndObject();
        });
  }
}
