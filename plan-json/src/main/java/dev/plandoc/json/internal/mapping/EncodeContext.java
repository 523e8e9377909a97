package dev.plandoc.json.internal.mapping;

import dev.plandoc.model.Language;
import dev.plandoc.model.value.TypedText;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/**
 * What encoding a plan's parts needs beyond {@link JsonOut}: the language the plan is written with,
 * which decides whether a typed value's text is canonical and so whether the text must be carried
 * beside the value. Used once per write.
 */
public final class EncodeContext {
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
  public <V, T extends TypedText<V>> void typed(JsonGenerator g, T value, TypedKind<V, T> kind) {
    Optional<V> parsed = value.value();
    if (parsed.isEmpty()) {
      g.writeString(value.text());
    } else if (kind.canonical(parsed.get(), language).equals(value.text())) {
      kind.write(g, parsed.get());
    } else {
      g.writeStartObject();
      g.writeName("value");
      kind.write(g, parsed.get());
      g.writeStringProperty("text", value.text());
      g.writeEndObject();
    }
  }

  /**
   * A typed property: its name, then the value as {@link #typed(JsonGenerator, TypedText,
   * TypedKind)}.
   */
  public <V, T extends TypedText<V>> void typed(
      JsonGenerator g, String name, T value, TypedKind<V, T> kind) {
    g.writeName(name);
    typed(g, value, kind);
  }

  /**
   * A writer of typed values of one kind, for {@link JsonOut#put(JsonGenerator, String, Optional,
   * JsonOut.Writes)}.
   */
  public <V, T extends TypedText<V>> JsonOut.Writes<T> typed(TypedKind<V, T> kind) {
    return (g, v) -> typed(g, v, kind);
  }
}
