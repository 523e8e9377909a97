package dev.plandoc.openapi.internal;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A request or response body as OpenAPI content: the body is the example, parsed when it is JSON
 * (with its {@link Schemas inferred schema}) and text otherwise. An example that holds an unfilled
 * placeholder is left out (its schema is kept: the placeholder's type is still a string).
 */
final class Bodies {
  /** Reads bodies exactly: nothing after the value, decimals as written. */
  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /**
   * A remark that says there is no body: {@code (no body)}, {@code (empty)}, {@code -}, {@code 없음}.
   */
  private static final Pattern NONE =
      Pattern.compile("(?i)\\s*(?:\\([^()\\n]*\\)|-|none|n/a|empty|없음|\\(없음\\))?\\s*");

  private Bodies() {}

  /** Whether the body is blank or a remark that there is none, rather than a body. */
  static boolean isNone(String body) {
    return NONE.matcher(body).matches();
  }

  /** The JSON value of a body, or empty when it is not JSON. */
  static Optional<JsonNode> json(String body) {
    try {
      return Optional.of(JSON.readTree(body));
    } catch (JacksonException e) {
      return Optional.empty();
    }
  }

  /**
   * The content object of a body: {@code {mediaType: {schema, example}}}.
   *
   * @param body the body as written, not blank
   * @param declared the media type the request's {@code Content-Type} names, if any
   * @param path the model path of the body, for diagnostics
   */
  static ObjectNode content(
      String body, Optional<String> declared, String path, Problems problems) {
    Optional<JsonNode> json = json(body);
    String type = declared.orElse(json.isPresent() ? "application/json" : "text/plain");
    ObjectNode content = NODES.objectNode();
    ObjectNode media = content.putObject(type);
    if (json.isPresent()) {
      media.set("schema", Schemas.infer(json.get()));
      if (!hasPlaceholder(json.get(), path, problems)) {
        media.set("example", json.get());
      }
    } else {
      media.putObject("schema").put("type", "string");
      if (!problems.placeholderIn(body, path, "the example is left out")) {
        media.put("example", body);
      }
    }
    return content;
  }

  /** Whether a string in the example is an unfilled placeholder (reported once per example). */
  private static boolean hasPlaceholder(JsonNode node, String path, Problems problems) {
    if (node.isString()) {
      return problems.placeholderIn(node.stringValue(), path, "the example is left out");
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (hasPlaceholder(e.getValue(), path, problems)) {
          return true;
        }
      }
    }
    for (JsonNode item : node.isArray() ? node : NODES.arrayNode()) {
      if (hasPlaceholder(item, path, problems)) {
        return true;
      }
    }
    return false;
  }
}
