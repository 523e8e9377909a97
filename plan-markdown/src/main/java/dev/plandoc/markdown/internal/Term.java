package dev.plandoc.markdown.internal;

import dev.plandoc.model.Language;
import java.util.List;
import java.util.Optional;

/**
 * A term in both languages; the first Korean and English spellings are the canonical ones. A value:
 * equal when its spellings are. Its normalised spellings are computed once, when it is made: every
 * heading and label of a read is compared with dozens of terms.
 */
public final class Term {
  private static final Optional<Language> KOREAN = Optional.of(Language.KOREAN);
  private static final Optional<Language> ENGLISH = Optional.of(Language.ENGLISH);

  private final String korean;
  private final String english;
  private final List<String> aliases;
  private final String normalKorean;
  private final String normalEnglish;
  private final String[] normalAliases;
  private final boolean[] koreanAliases;
  private final int hash;

  /** A term with its canonical spellings and aliases. */
  public Term(String korean, String english, List<String> aliases) {
    this.korean = korean;
    this.english = english;
    this.aliases = List.copyOf(aliases);
    this.normalKorean = Vocabulary.normalize(korean);
    this.normalEnglish = Vocabulary.normalize(english);
    this.normalAliases = new String[this.aliases.size()];
    this.koreanAliases = new boolean[this.aliases.size()];
    for (int i = 0; i < normalAliases.length; i++) {
      normalAliases[i] = Vocabulary.normalize(this.aliases.get(i));
      koreanAliases[i] = Vocabulary.isKorean(this.aliases.get(i));
    }
    this.hash = java.util.Objects.hash(korean, english, this.aliases);
  }

  /** The canonical Korean spelling. */
  public String korean() {
    return korean;
  }

  /** The canonical English spelling. */
  public String english() {
    return english;
  }

  /** The other spellings either language uses. */
  public List<String> aliases() {
    return aliases;
  }

  /** The canonical spelling in a language. */
  public String in(Language language) {
    return language == Language.KOREAN ? korean : english;
  }

  /**
   * Which language the written text is in, when it matches this term. A spelling shared by both
   * languages ({@code Metadata}, {@code TTL}) matches as {@link Language#KOREAN} when the term's
   * Korean spelling is that spelling; callers that need to guess a language use {@link
   * #isNeutral(String)}.
   */
  Optional<Language> match(String written) {
    return matchNormalized(Vocabulary.normalize(written));
  }

  /** {@link #match} for text already passed through {@link Vocabulary#normalize}. */
  Optional<Language> matchNormalized(String w) {
    if (w.equals(normalKorean)) {
      return KOREAN;
    }
    if (w.equals(normalEnglish)) {
      return ENGLISH;
    }
    for (int i = 0; i < normalAliases.length; i++) {
      if (w.equals(normalAliases[i])) {
        return koreanAliases[i] ? KOREAN : ENGLISH;
      }
    }
    return Optional.empty();
  }

  /** Whether both canonical spellings normalise alike, so they say nothing about a language. */
  boolean sameInBothLanguages() {
    return normalKorean.equals(normalEnglish);
  }

  @Override
  public boolean equals(Object o) {
    return o == this
        || o instanceof Term t
            && hash == t.hash
            && korean.equals(t.korean)
            && english.equals(t.english)
            && aliases.equals(t.aliases);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return "Term[korean=" + korean + ", english=" + english + ", aliases=" + aliases + "]";
  }
}
