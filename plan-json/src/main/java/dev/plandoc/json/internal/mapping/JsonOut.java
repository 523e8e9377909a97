package dev.plandoc.json.internal.mapping;

import dev.plandoc.model.RawMarkdown;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The property writers every part of the published shape is encoded with, so that all of them leave
 * out the same things: absent optionals, empty lists and maps, and empty strings whose default is
 * empty.
 */
public final class JsonOut {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private JsonOut() {}

  /** A new, empty object node. */
  public static ObjectNode object() {
    return JSON.objectNode();
  }

  /** Sets a string property; returns the object. */
  public static ObjectNode put(ObjectNode o, String name, String value) {
    return o.put(name, value);
  }

  /** Sets a string property unless the string is empty, its default. */
  public static void putIfNotEmpty(ObjectNode o, String name, String value) {
    if (!value.isEmpty()) {
      o.put(name, value);
    }
  }

  /** Sets a string property when present. */
  public static void put(ObjectNode o, String name, Optional<String> value) {
    value.ifPresent(v -> o.put(name, v));
  }

  /** Sets a boolean property when present. */
  public static void putBoolean(ObjectNode o, String name, Optional<Boolean> value) {
    value.ifPresent(v -> o.put(name, v.booleanValue()));
  }

  /** Sets a property, written by {@code f}, when present. */
  public static <T> void put(
      ObjectNode o, String name, Optional<T> value, Function<T, JsonNode> f) {
    value.ifPresent(v -> o.set(name, f.apply(v)));
  }

  /** Sets an array property, each item written by {@code f}, unless the list is empty. */
  public static <T> void putList(
      ObjectNode o, String name, List<T> values, Function<T, JsonNode> f) {
    if (!values.isEmpty()) {
      ArrayNode a = o.putArray(name);
      values.forEach(v -> a.add(f.apply(v)));
    }
  }

  /** Sets an array of strings unless the list is empty. */
  public static void putStrings(ObjectNode o, String name, List<String> values) {
    putList(o, name, values, JSON::stringNode);
  }

  /** Sets an object of table cells by column header unless there are none. */
  public static void putCells(ObjectNode o, String name, Map<String, String> cells) {
    if (!cells.isEmpty()) {
      ObjectNode c = o.putObject(name);
      cells.forEach(c::put);
    }
  }

  /** Sets the raw Markdown kept with a part, property {@code extras}, unless there is none. */
  public static void putExtras(ObjectNode o, List<RawMarkdown> extras) {
    putList(
        o,
        "extras",
        extras,
        r -> {
          ObjectNode n = JSON.objectNode();
          putIfNotEmpty(n, "anchor", r.anchor());
          return put(n, "markdown", r.markdown());
        });
  }
}
