package dev.plandoc.model.internal.diff;

import dev.plandoc.model.value.CountText;
import dev.plandoc.model.value.DateText;
import dev.plandoc.model.value.DurationText;
import dev.plandoc.model.value.HttpMethod;
import dev.plandoc.model.value.HttpMethodText;
import dev.plandoc.model.value.Money;
import dev.plandoc.model.value.MoneyText;
import dev.plandoc.model.value.PercentageText;
import dev.plandoc.model.value.RiskLevel;
import dev.plandoc.model.value.StatusCodeText;
import dev.plandoc.model.value.TypedText;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Typed values compared by value, and which of their texts are not the author's own wording: the
 * text a writer gives a value, and the template's words for a risk level in either language.
 *
 * <pre>{@code
 * TypedValues.sameValue(new MoneyText("$120"), new MoneyText("$120.00"));   // true
 * TypedValues.isCanonical(new MoneyText("$120.00"));                       // false
 * TypedValues.isCanonical(new RiskLevelText("높음"));                        // true
 * }</pre>
 */
public final class TypedValues {
  private TypedValues() {}

  /**
   * Whether two typed values both parse and are the same value: amounts and percentages by number
   * (not scale), money also by currency.
   *
   * @param a one value
   * @param b another value of the same type
   * @return whether they are the same value
   */
  public static boolean sameValue(TypedText<?> a, TypedText<?> b) {
    Optional<?> va = a.value();
    Optional<?> vb = b.value();
    return va.isPresent() && vb.isPresent() && same(va.get(), vb.get());
  }

  private static boolean same(Object a, Object b) {
    if (a instanceof Money ma && b instanceof Money mb) {
      return ma.currency().equals(mb.currency()) && ma.amount().compareTo(mb.amount()) == 0;
    }
    if (a instanceof BigDecimal da && b instanceof BigDecimal db) {
      return da.compareTo(db) == 0;
    }
    return Objects.equals(a, b);
  }

  /**
   * The value of a typed text in a normal form for fingerprints: equal for values {@link
   * #sameValue} calls the same; empty when the text does not parse.
   *
   * @param t the typed text
   * @return the value's normal form
   */
  public static Optional<String> normalValue(TypedText<?> t) {
    return t.value().map(TypedValues::normal);
  }

  private static String normal(Object v) {
    if (v instanceof Money m) {
      return m.currency() + " " + m.amount().stripTrailingZeros().toPlainString();
    }
    if (v instanceof BigDecimal d) {
      return d.stripTrailingZeros().toPlainString();
    }
    return v.toString();
  }

  /**
   * Whether a typed text is one a writer would give its value: the canonical text of the value
   * ({@code $120}, {@code PT1H}, {@code 2026-03-09}), or for a risk level the template's word in
   * either language ({@code High}, {@code 높음}). Such a text is not the author's wording, so a
   * change between two of them is no change.
   *
   * @param t the typed text
   * @return whether its text is canonical
   */
  public static boolean isCanonical(TypedText<?> t) {
    Optional<?> v = t.value();
    return v.isPresent() && canonicalTexts(v.get()).contains(t.text());
  }

  private static List<String> canonicalTexts(Object v) {
    if (v instanceof Money m) {
      return List.of(MoneyText.of(m).text());
    }
    if (v instanceof RiskLevel l) {
      return List.of(l.english(), l.korean());
    }
    if (v instanceof Duration d) {
      return List.of(DurationText.of(d).text());
    }
    if (v instanceof LocalDate d) {
      return List.of(DateText.of(d).text());
    }
    if (v instanceof HttpMethod m) {
      return List.of(HttpMethodText.of(m).text());
    }
    if (v instanceof Integer code) {
      return List.of(StatusCodeText.of(code).text());
    }
    if (v instanceof Long count) {
      return List.of(CountText.of(count).text());
    }
    if (v instanceof BigDecimal percent) {
      return List.of(PercentageText.of(percent).text());
    }
    return List.of(v.toString()); // a URL: its own text
  }
}
