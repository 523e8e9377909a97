package dev.plandoc.openapi.internal;

import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Infers a JSON Schema (the 2020-12 dialect of OpenAPI 3.1) from one JSON example: an object's keys
 * are its properties, in order, and all {@code required} (the example shows them sent); an array's
 * items follow its first item (an empty array says nothing of them); a whole number is an {@code
 * integer}, any other number a {@code number}; {@code null} says nothing of the type, so its schema
 * is empty.
 *
 * <pre>{@code
 * Schemas.infer(mapper.readTree("{\"id\": 7, \"tags\": [\"a\"]}"));
 * // {type: object, required: [id, tags], properties: {id: {type: integer},
 * //  tags: {type: array, items: {type: string}}}}
 * }</pre>
 */
public final class Schemas {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Schemas() {}

  /** The schema of the example. */
  public static ObjectNode infer(JsonNode example) {
    ObjectNode schema = NODES.objectNode();
    switch (example.getNodeType()) {
      case OBJECT -> {
        schema.put("type", "object");
        if (!example.isEmpty()) {
          ArrayNode required = schema.putArray("required");
          ObjectNode properties = schema.putObject("properties");
          for (Map.Entry<String, JsonNode> e : example.properties()) {
            required.add(e.getKey());
            properties.set(e.getKey(), infer(e.getValue()));
          }
        }
      }
      case ARRAY -> {
        schema.put("type", "array");
        if (!example.isEmpty()) {
          schema.set("items", infer(example.get(0)));
        }
      }
      case STRING -> schema.put("type", "string");
      case BOOLEAN -> schema.put("type", "boolean");
      case NUMBER -> schema.put("type", isWhole(example) ? "integer" : "number");
      default -> {
        // null (and anything else): the example does not tell the type.
      }
    }
    return schema;
  }

  /** {@code 3} and {@code 3.0} are integers in JSON Schema; {@code 3.5} is not. */
  private static boolean isWhole(JsonNode number) {
    if (number.isIntegralNumber()) {
      return true;
    }
    try {
      number.decimalValue().toBigIntegerExact();
      return true;
    } catch (ArithmeticException e) {
      return false;
    }
  }
}
