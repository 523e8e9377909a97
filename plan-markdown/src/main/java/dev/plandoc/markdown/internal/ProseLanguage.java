package dev.plandoc.markdown.internal;

import dev.plandoc.model.Language;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The language a document's prose is written in, from its letters: Hangul syllables against Latin
 * letters, outside code. Korean plans are full of English names (Spring Boot, Redis, API), so
 * Korean prose has far fewer Hangul syllables than Latin letters can have; the thresholds are set
 * where Korean plans (0.7–3.7 syllables per Latin letter in the corpora) and English ones (none)
 * are far apart. A document in between says nothing, and the reader falls back to the language of
 * its headings.
 */
public final class ProseLanguage {
  private static final Pattern FENCED = Pattern.compile("(?ms)^ {0,3}(`{3,}|~{3,}).*?^ {0,3}\\1");
  private static final Pattern CODE_SPAN = Pattern.compile("`[^`\\n]*`");

  private ProseLanguage() {}

  /** The language, when the prose makes it clear. */
  public static Optional<Language> of(String text) {
    String prose = CODE_SPAN.matcher(FENCED.matcher(text).replaceAll("")).replaceAll("");
    long hangul = 0;
    long latin = 0;
    for (int i = 0; i < prose.length(); i++) {
      char c = prose.charAt(i);
      if (c >= '\uAC00' && c <= '\uD7A3') {
        hangul++;
      } else if (c < 128 && Character.isLetter(c)) {
        latin++;
      }
    }
    if (hangul + latin < 40) {
      return Optional.empty();
    }
    double ratio = (double) hangul / Math.max(1, latin);
    if (ratio >= 0.3) {
      return Optional.of(Language.KOREAN);
    }
    return ratio <= 0.02 ? Optional.of(Language.ENGLISH) : Optional.empty();
  }
}
