package dev.plandoc.model.value;

import java.util.Locale;
import java.util.Optional;

/**
 * The three levels a risk's probability and impact take: High, Medium, Low (높음, 중간, 낮음).
 *
 * <pre>{@code
 * RiskLevel.parse("높음");    // Optional[HIGH]
 * RiskLevel.MEDIUM.english();   // "Medium"
 * }</pre>
 */
public enum RiskLevel {
  /** High / 높음. */
  HIGH("High", "높음"),
  /** Medium / 중간. */
  MEDIUM("Medium", "중간"),
  /** Low / 낮음. */
  LOW("Low", "낮음");

  private final String english;
  private final String korean;

  RiskLevel(String english, String korean) {
    this.english = english;
    this.korean = korean;
  }

  /** The English label: High, Medium, Low. */
  public String english() {
    return english;
  }

  /** The Korean label: 높음, 중간, 낮음. */
  public String korean() {
    return korean;
  }

  /**
   * Parses a level in English or Korean, any case; also accepts 상/중/하, 보통, Med, and the extremes
   * plans write for the ends of the scale (Critical, Very High, 매우 높음 are HIGH; Very Low, 매우 낮음 are
   * LOW). Surrounding emphasis and a leading marker symbol ({@code 🔴 High}) are ignored.
   */
  public static Optional<RiskLevel> parse(String text) {
    String s = dev.plandoc.model.internal.Texts.stripDecoration(text).toLowerCase(Locale.ROOT);
    int start = 0;
    while (start < s.length() && !Character.isLetter(s.codePointAt(start))) {
      start += Character.charCount(s.codePointAt(start));
    }
    s = s.substring(start).strip().replaceAll("\\s+", " ");
    switch (s) {
      case "high", "높음", "상", "높다", "critical", "very high", "매우 높음", "심각":
        return Optional.of(HIGH);
      case "medium", "med", "moderate", "중간", "중", "보통":
        return Optional.of(MEDIUM);
      case "low", "낮음", "하", "낮다", "very low", "매우 낮음":
        return Optional.of(LOW);
      default:
        return Optional.empty();
    }
  }
}
