package dev.plandoc.model;

import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.*;
import java.util.*;
import org.immutables.value.Value;

/**
 * One risk ({@code ### 리스크 N: title}) with its probability, impact and mitigation.
 *
 * <p>Anchors for {@link #extras()}: {@code ""} and {@code "fields"}.
 *
 * <p>Every {@code with…} method but {@code withViewOf} keeps {@link #viewOf()}: an edited view is
 * still a view of the Markdown it was read from, which a faithful Markdown writer needs to know.
 *
 * <pre>{@code
 * new RiskBuilder().title("토큰 탈취").probability(RiskLevelText.korean(RiskLevel.MEDIUM)).build();
 * risk.withProbability("High").withMitigation("수동 검토 큐");
 * }</pre>
 *
 * @param title the risk
 * @param probability how likely it is (확률)
 * @param impact how bad it would be (영향)
 * @param mitigation what reduces it (완화 방안)
 * @param extraItems other bullets, verbatim without the marker
 * @param extras unrecognised content
 * @param viewOf the anchor of the kept Markdown this item is read from, when it is a {@link
 *     RawMarkdownView view}
 */
@Value.Builder
public record Risk(
    String title,
    Optional<RiskLevelText> probability,
    Optional<RiskLevelText> impact,
    Optional<String> mitigation,
    List<String> extraItems,
    List<RawMarkdown> extras,
    Optional<String> viewOf)
    implements RawMarkdownView, WithRisk {
  /** Checks the values. */
  public Risk {
    viewOf.ifPresent(a -> Texts.required(a, "viewOf"));
    Texts.singleLine(title, "risk title");
    mitigation.ifPresent(s -> Texts.singleLine(s, "mitigation"));
    extraItems = Texts.list(extraItems, "extraItems");
    if (probability.isEmpty() && impact.isEmpty() && mitigation.isEmpty() && extraItems.isEmpty()) {
      extras = RawMarkdown.moved(extras, "fields", "");
    }
    extras = RawMarkdown.checked(extras, "risk.extras", List.of("fields"));
  }

  /** A risk of its own (not a view). */
  public Risk(
      String title,
      Optional<RiskLevelText> probability,
      Optional<RiskLevelText> impact,
      Optional<String> mitigation,
      List<String> extraItems,
      List<RawMarkdown> extras) {
    this(title, probability, impact, mitigation, extraItems, extras, Optional.empty());
  }

  /**
   * A copy with {@link #probability() probability} set to the text {@code probability}, as written
   * (a {@link RiskLevelText}).
   */
  public Risk withProbability(String probability) {
    return withProbability(new RiskLevelText(probability));
  }

  /** A copy without {@link #probability() probability}. */
  public Risk withoutProbability() {
    return withProbability(Optional.empty());
  }

  /**
   * A copy with {@link #impact() impact} set to the text {@code impact}, as written (a {@link
   * RiskLevelText}).
   */
  public Risk withImpact(String impact) {
    return withImpact(new RiskLevelText(impact));
  }

  /** A copy without {@link #impact() impact}. */
  public Risk withoutImpact() {
    return withImpact(Optional.empty());
  }

  /** A copy without {@link #mitigation() mitigation}. */
  public Risk withoutMitigation() {
    return withMitigation(Optional.empty());
  }
}
