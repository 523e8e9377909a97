package dev.plandoc.model.value;

import dev.plandoc.model.internal.Texts;
import java.util.Optional;

/**
 * A value as the author wrote it, with a typed view of it when the text parses.
 *
 * <p>Equality of implementations is by {@link #text()} alone: the typed value is derived from it.
 *
 * <pre>{@code
 * TypedText<LocalDate> date = new DateText("2026-03-09");
 * date.value().orElseThrow();   // 2026-03-09
 * }</pre>
 *
 * @param <T> the type of the parsed value
 */
public interface TypedText<T> {

  /** The text exactly as written; never null, possibly empty. */
  String text();

  /** The parsed value, or empty when the text is a placeholder, empty or prose. */
  Optional<T> value();

  /** Whether the text parsed into a typed value. */
  default boolean isParsed() {
    return value().isPresent();
  }

  /** Whether the text is, or contains, an unfilled placeholder such as {@code {기술}}. */
  default boolean isPlaceholder() {
    return Texts.hasPlaceholder(text());
  }
}
