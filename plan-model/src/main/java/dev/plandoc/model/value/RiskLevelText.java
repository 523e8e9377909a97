package dev.plandoc.model.value;

import dev.plandoc.model.Language;
import dev.plandoc.model.internal.Texts;
import java.util.Optional;

/**
 * A risk level as written: {@code High}, {@code 높음}, or the template's unresolved {@code High |
 * Medium | Low}.
 *
 * <pre>{@code
 * new RiskLevelText("Medium").value();                 // Optional[MEDIUM]
 * new RiskLevelText("High | Medium | Low").isPlaceholder();   // true
 * }</pre>
 *
 * @param text the level as written
 */
public record RiskLevelText(String text) implements TypedText<RiskLevel> {
  /** Checks the text. */
  public RiskLevelText {
    Texts.singleLine(text, "risk level");
  }

  /** The canonical text of a level in a language. */
  public static RiskLevelText of(RiskLevel level, Language language) {
    return new RiskLevelText(level.label(language));
  }

  @Override
  public Optional<RiskLevel> value() {
    return RiskLevel.parse(text);
  }
}
