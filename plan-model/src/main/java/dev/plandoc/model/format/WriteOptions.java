package dev.plandoc.model.format;

import dev.plandoc.model.Language;
import java.util.Objects;
import java.util.Optional;

/**
 * Options every writer understands.
 *
 * <pre>{@code
 * format.writer(WriteOptions.defaults().withLanguage(Language.ENGLISH));
 * }</pre>
 *
 * @param language the language to write headings and labels in; empty for the plan's own
 * @param compact whether to write compactly where the format allows (JSON on one line)
 */
public record WriteOptions(Optional<Language> language, boolean compact) {
  private static final WriteOptions DEFAULTS = new WriteOptions(Optional.empty(), false);

  /** Checks the values. */
  public WriteOptions {
    Objects.requireNonNull(language, "language must not be null");
  }

  /** The plan's own language, pretty output. */
  public static WriteOptions defaults() {
    return DEFAULTS;
  }

  /** These options with the given language. */
  public WriteOptions withLanguage(Language lang) {
    return new WriteOptions(Optional.of(lang), compact);
  }

  /** These options with compact output on or off. */
  public WriteOptions withCompact(boolean on) {
    return new WriteOptions(language, on);
  }
}
