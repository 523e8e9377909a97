package dev.plandoc.json.internal.mapping;

import dev.plandoc.model.Language;
import dev.plandoc.model.value.TypedText;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What encoding a plan's parts needs beyond {@link JsonOut}: the language the plan is written with,
 * which decides whether a typed value's text is canonical and so whether the text must be carried
 * beside the value. Used once per write.
 */
public final class EncodeContext {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final Language language;

  /**
   * A context for one write.
   *
   * @param language the language to record, which also decides the canonical text of risk levels
   */
  public EncodeContext(Language language) {
    this.language = language;
  }

  /** A typed value: its typed form, its text, or both as {@code {"value", "text"}}. */
  public <V, T extends TypedText<V>> JsonNode typed(T value, TypedKind<V, T> kind) {
    Optional<V> parsed = value.value();
    if (parsed.isEmpty()) {
      return JSON.stringNode(value.text());
    }
    JsonNode typed = kind.toJson(parsed.get());
    if (kind.canonical(parsed.get(), language).equals(value.text())) {
      return typed;
    }
    ObjectNode o = JSON.objectNode();
    o.set("value", typed);
    return JsonOut.put(o, "text", value.text());
  }

  /**
   * A writer of typed values of one kind, for {@link JsonOut#put(ObjectNode, String, Optional,
   * Function)}.
   */
  public <V, T extends TypedText<V>> Function<T, JsonNode> typed(TypedKind<V, T> kind) {
    return v -> typed(v, kind);
  }
}
