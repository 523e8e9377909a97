package dev.plandoc.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The language a plan's headings and labels are written in.
 *
 * <pre>{@code
 * Language.fromTag("en");   // Optional[ENGLISH]
 * }</pre>
 */
public enum Language {
  /** Korean, the template's language ({@code ko}). */
  KOREAN("ko"),
  /** English ({@code en}). */
  ENGLISH("en");

  private final String tag;

  Language(String tag) {
    this.tag = tag;
  }

  /** The BCP 47 tag: {@code ko} or {@code en}. */
  public String tag() {
    return tag;
  }

  /** Looks a language up by tag ({@code ko}, {@code en}) or name, ignoring case. */
  public static Optional<Language> fromTag(String tag) {
    String t = tag.strip().toLowerCase(Locale.ROOT);
    for (Language l : values()) {
      if (l.tag.equals(t) || l.name().toLowerCase(Locale.ROOT).equals(t)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}
