package dev.plandoc.model.value;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount of money in a currency (ISO-4217 code).
 *
 * <pre>{@code
 * Money m = new Money(new BigDecimal("45000"), "KRW");
 * }</pre>
 *
 * @param amount the amount, never negative
 * @param currency the ISO-4217 currency code, e.g. {@code USD} or {@code KRW}
 */
public record Money(BigDecimal amount, String currency) {
  /** Checks the values. */
  public Money {
    Objects.requireNonNull(amount, "amount must not be null");
    Objects.requireNonNull(currency, "currency must not be null");
    if (amount.signum() < 0) {
      throw new IllegalArgumentException("amount must not be negative: " + amount);
    }
    if (!currency.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("currency must be an ISO-4217 code: " + currency);
    }
  }

  /** Adds another amount in the same currency. */
  public Money plus(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(
          "cannot add " + other.currency + " to " + currency + ": currencies differ");
    }
    return new Money(amount.add(other.amount), currency);
  }
}
