package dev.plandoc.model.value;

import dev.plandoc.model.internal.Texts;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of money as written: {@code $120}, {@code ₩45,000}, {@code 45,000원}, {@code 월 $45},
 * {@code USD 12.50}. {@link #value()} parses the first amount in the text; {@link #isExact()} says
 * whether the text is nothing but that amount (so {@code $109 + Redis} parses as 109 but is not
 * exact).
 *
 * <pre>{@code
 * new MoneyText("**$164**").value();   // Optional[Money[amount=164, currency=USD]]
 * }</pre>
 *
 * @param text the amount as written
 */
public record MoneyText(String text) implements TypedText<Money> {
  private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
  private static final Pattern SYMBOL_FIRST =
      Pattern.compile("([$₩€£¥]|USD|KRW|EUR|GBP|JPY)\\s?" + NUMBER);
  private static final Pattern SYMBOL_LAST =
      Pattern.compile(NUMBER + "\\s?(원|달러|USD|KRW|EUR|GBP|JPY)");

  /** Checks the text. */
  public MoneyText {
    Texts.singleLine(text, "money");
  }

  /** The canonical text of an amount: {@code $120}, {@code ₩45,000}, or {@code EUR 12.5}. */
  public static MoneyText of(Money money) {
    String amount = grouped(money.amount());
    switch (money.currency()) {
      case "USD":
        return new MoneyText("$" + amount);
      case "KRW":
        return new MoneyText("₩" + amount);
      default:
        return new MoneyText(money.currency() + " " + amount);
    }
  }

  /**
   * An amount with thousands separators and all its significant decimals, so that the text parses
   * back to the same amount: {@code 1234.50} is {@code 1,234.5}. Written by hand rather than with a
   * {@code DecimalFormat}, which is costly to make and not safe to share between threads.
   */
  static String grouped(BigDecimal amount) {
    BigDecimal a = amount.stripTrailingZeros();
    String plain = (a.scale() < 0 ? a.setScale(0) : a).abs().toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    StringBuilder sb = new StringBuilder(plain.length() + whole.length() / 3 + 1);
    if (a.signum() < 0) {
      sb.append('-');
    }
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        sb.append(',');
      }
      sb.append(whole.charAt(i));
    }
    if (dot >= 0) {
      sb.append(plain, dot, plain.length());
    }
    return sb.toString();
  }

  @Override
  public Optional<Money> value() {
    return match().map(m -> m.money);
  }

  /** Whether the text, apart from emphasis, is exactly one amount. */
  public boolean isExact() {
    return match().map(m -> m.exact).orElse(false);
  }

  private record Match(Money money, boolean exact) {}

  private Optional<Match> match() {
    String s = Texts.stripDecoration(text);
    if (!hasDigit(s)) {
      return Optional.empty(); // every amount has a digit; asked of each cost cell, often "TBD"
    }
    Matcher first = SYMBOL_FIRST.matcher(s);
    Matcher last = SYMBOL_LAST.matcher(s);
    boolean hasFirst = first.find();
    boolean hasLast = last.find();
    if (!hasFirst && !hasLast) {
      return Optional.empty();
    }
    boolean useFirst = hasFirst && (!hasLast || first.start() <= last.start());
    Matcher m = useFirst ? first : last;
    String symbol = useFirst ? m.group(1) : m.group(2);
    String number = useFirst ? m.group(2) : m.group(1);
    Money money = new Money(new BigDecimal(number.replace(",", "")), currency(symbol));
    boolean exact = m.start() == 0 && m.end() == s.length();
    return Optional.of(new Match(money, exact));
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
  }

  private static String currency(String symbol) {
    switch (symbol) {
      case "$", "달러":
        return "USD";
      case "₩", "원":
        return "KRW";
      case "€":
        return "EUR";
      case "£":
        return "GBP";
      case "¥":
        return "JPY";
      default:
        return symbol;
    }
  }
}
