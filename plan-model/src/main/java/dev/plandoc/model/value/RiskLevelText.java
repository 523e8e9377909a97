package dev.plandoc.model.value;

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

  /** The level's English label as text: {@code High}, {@code Medium}, {@code Low}. */
  public static RiskLevelText english(RiskLevel level) {
    return new RiskLevelText(level.english());
  }

  /** The level's Korean label as text: {@code 높음}, {@code 중간}, {@code 낮음}. */
  public static RiskLevelText korean(RiskLevel level) {
    return new RiskLevelText(level.korean());
  }

  @Override
  public Optional<RiskLevel> value() {
    return RiskLevel.parse(text);
  }
}
