package dev.plandoc.json.internal.patch;

import dev.plandoc.json.internal.Jackson;
import java.util.Iterator;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** What the operations need to know of JSON values: equality as RFC 6902 defines it, and names. */
public final class JsonValues {
  private JsonValues() {}

  /**
   * Whether two values are equal as a {@code test} compares them (RFC 6902, section 4.6): of the
   * same type; strings equal character for character; numbers equal in value ({@code 1}, {@code
   * 1.0} and {@code 1e0} are one number); arrays item for item in order; objects with the same
   * property names, each with an equal value, in any order.
   */
  public static boolean same(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    if (a.getNodeType() != b.getNodeType() || a.size() != b.size()) {
      return false;
    }
    if (a.isObject()) {
      for (Map.Entry<String, JsonNode> e : a.properties()) {
        JsonNode other = b.get(e.getKey());
        if (other == null || !same(e.getValue(), other)) {
          return false;
        }
      }
      return true;
    }
    if (a.isArray()) {
      Iterator<JsonNode> i = a.values().iterator();
      Iterator<JsonNode> j = b.values().iterator();
      while (i.hasNext()) {
        if (!same(i.next(), j.next())) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }

  /** A value as JSON on one line, shortened to about 60 characters, for messages. */
  public static String show(JsonNode value) {
    String json = Jackson.compactJson(value);
    return json.length() <= 60 ? json : json.substring(0, 57) + "...";
  }

  /** The type of a value with its article: "an object", "a string", "null". */
  static String kind(JsonNode value) {
    if (value.isObject()) {
      return "an object";
    } else if (value.isArray()) {
      return "an array";
    } else if (value.isString()) {
      return "a string";
    } else if (value.isNumber()) {
      return "a number";
    } else if (value.isBoolean()) {
      return "a boolean";
    }
    return "null";
  }
}
