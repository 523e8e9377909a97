package dev.plandoc.json.internal;

import dev.plandoc.json.internal.mapping.Fields;
import dev.plandoc.json.internal.mapping.Node;
import dev.plandoc.json.internal.mapping.Pointer;
import dev.plandoc.model.Plan;
import dev.plandoc.model.format.PlanFormatException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.util.TokenBuffer;

/**
 * The plan's JSON form as a Jackson tree, for the pointer and patch API: the tree of a plan, the
 * plan of a tree (through the same decoder as a read, strictly), and the conversions between
 * Jackson trees and located {@link Node}s. Numbers keep their exact value both ways.
 */
public final class JsonTrees {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private JsonTrees() {}

  /** The JSON form of a plan, in the plan's own language: a new tree the caller may change. */
  public static ObjectNode encode(Plan plan) {
    TokenBuffer tokens = TokenBuffer.forGeneration();
    PlanEncoder.encode(plan, plan.language(), tokens);
    try (JsonParser p = tokens.asParser()) {
      p.nextToken();
      return (ObjectNode) tree(p);
    }
  }

  /**
   * The value at the parser's current token as a tree, each number as the node the encoder's
   * generator call stands for (an int, a long, a decimal as given), so the tree is the one the
   * encoder meant, exactly.
   */
  private static JsonNode tree(JsonParser p) {
    switch (p.currentToken()) {
      case START_OBJECT:
        ObjectNode o = JSON.objectNode();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
          String name = p.currentName();
          p.nextToken();
          o.set(name, tree(p));
        }
        return o;
      case START_ARRAY:
        ArrayNode a = JSON.arrayNode();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
          a.add(tree(p));
        }
        return a;
      case VALUE_STRING:
        return JSON.stringNode(p.getString());
      case VALUE_NUMBER_INT:
        switch (p.getNumberType()) {
          case INT:
            return JSON.numberNode(p.getIntValue());
          case LONG:
            return JSON.numberNode(p.getLongValue());
          default:
            return JSON.numberNode(p.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        return JSON.numberNode(p.getDecimalValue());
      case VALUE_TRUE:
      case VALUE_FALSE:
        return JSON.booleanNode(p.currentToken() == JsonToken.VALUE_TRUE);
      default:
        return JSON.nullNode();
    }
  }

  /**
   * The plan of a JSON form. Strict: a property the model does not have, or a typed value whose
   * {@code value} contradicts its {@code text}, is an error rather than a warning and an ignored
   * edit.
   *
   * @throws PlanFormatException naming the JSON Pointer of the offending value, without a position
   */
  public static Plan decode(JsonNode tree) {
    return PlanDecoder.decode(toNode(tree, Pointer.ROOT), true).plan();
  }

  /** A located tree (the positions of a parsed document are dropped) as a Jackson tree. */
  public static JsonNode toJackson(Node node) {
    switch (node.kind()) {
      case OBJECT:
        ObjectNode o = JSON.objectNode();
        node.fields().forEach((name, value) -> o.set(name, toJackson(value)));
        return o;
      case ARRAY:
        ArrayNode a = JSON.arrayNode();
        node.items().forEach(item -> a.add(toJackson(item)));
        return a;
      case STRING:
        return JSON.stringNode(node.text());
      case NUMBER:
        return number(node);
      case BOOLEAN:
        return JSON.booleanNode(Boolean.parseBoolean(node.text()));
      default:
        return JSON.nullNode();
    }
  }

  private static JsonNode number(Node node) {
    BigDecimal n = node.number();
    if (n == null) {
      // only YAML has numbers without a value (.inf, .nan); JSON cannot hold them
      return JSON.stringNode(node.text());
    }
    String text = node.text();
    boolean integral = text.chars().noneMatch(c -> c == '.' || c == 'e' || c == 'E');
    if (!integral) {
      return JSON.numberNode(n);
    }
    BigInteger i = n.toBigIntegerExact();
    if (i.bitLength() < Integer.SIZE) {
      return JSON.numberNode(i.intValue());
    }
    return i.bitLength() < Long.SIZE ? JSON.numberNode(i.longValue()) : JSON.numberNode(i);
  }

  /** A Jackson tree as a located tree without positions, the pointers computed from the root. */
  static Node toNode(JsonNode json, Pointer pointer) {
    if (json.isObject()) {
      Fields fields = new Fields();
      long size = 1;
      for (Map.Entry<String, JsonNode> e : json.properties()) {
        Node child = toNode(e.getValue(), pointer.property(e.getKey()));
        size += child.size();
        fields.add(e.getKey(), child);
      }
      return Node.object(pointer, 0, 0, fields, size, false);
    }
    if (json.isArray()) {
      List<Node> items = new ArrayList<>(json.size());
      long size = 1;
      for (JsonNode item : json.values()) {
        Node child = toNode(item, pointer.item(items.size()));
        size += child.size();
        items.add(child);
      }
      return Node.array(pointer, 0, 0, items, size, false);
    }
    if (json.isString()) {
      return Node.scalar(Node.Kind.STRING, pointer, 0, 0, json.stringValue(), null, false);
    }
    if (json.isNumber()) {
      BigDecimal n = json.decimalValue();
      String text = json.isIntegralNumber() ? n.toPlainString() : n.toString();
      return Node.scalar(Node.Kind.NUMBER, pointer, 0, 0, text, n, false);
    }
    if (json.isBoolean()) {
      return Node.scalar(
          Node.Kind.BOOLEAN, pointer, 0, 0, String.valueOf(json.booleanValue()), null, false);
    }
    if (json.isNull()) {
      return Node.scalar(Node.Kind.NULL, pointer, 0, 0, "null", null, false);
    }
    throw new PlanFormatException(
        "unsupported JSON value (" + json.getNodeType() + ")",
        Optional.empty(),
        pointer.toString());
  }
}
