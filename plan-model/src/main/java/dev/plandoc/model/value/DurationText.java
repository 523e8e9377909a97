package dev.plandoc.model.value;

import dev.plandoc.model.internal.Texts;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A duration as written; parses a leading amount and unit in Korean or English ({@code 1시간}, {@code
 * 7일}, {@code 15분}, {@code 30 days}, {@code 2.5 days}, {@code 10 minutes}) or an ISO-8601 duration
 * ({@code PT1H}). Week numbers as milestone plans write them count the weeks they name: {@code 1주차}
 * and {@code Week 3} are one week, {@code 3–4주차} and {@code Weeks 1-2} two. Months and years have
 * no fixed length and stay text.
 *
 * <pre>{@code
 * new DurationText("14일 (Rotation 적용)").value();   // Optional[PT336H]
 * }</pre>
 *
 * @param text the duration as written
 */
public record DurationText(String text) implements TypedText<Duration> {
  private static final Pattern AMOUNT_UNIT =
      Pattern.compile(
          "^(\\d+(?:\\.\\d+)?)\\s*(초|분|시간|일|주|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w)(?![a-z])",
          Pattern.CASE_INSENSITIVE);

  /** Week numbers: {@code 3–4주차}, {@code 1주차}, {@code Week 1-2}, {@code Weeks 3–4}. */
  private static final Pattern WEEK_NUMBERS =
      Pattern.compile(
          "^(?:(\\d{1,3})(?:\\s*[–—~-]\\s*(\\d{1,3}))?\\s*주차|weeks?\\s+(\\d{1,3})(?:\\s*[–—~-]\\s*(\\d{1,3}))?(?![\\d.]))",
          Pattern.CASE_INSENSITIVE);

  /** Checks the text. */
  public DurationText {
    Texts.singleLine(text, "duration");
  }

  /** The canonical ISO-8601 text of a duration, e.g. {@code PT1H}. */
  public static DurationText of(Duration duration) {
    return new DurationText(duration.toString());
  }

  @Override
  public Optional<Duration> value() {
    String s = Texts.stripLeadingDecoration(text);
    if (s.startsWith("P") || s.startsWith("p")) {
      String iso = s.split("[\\s*_`]", 2)[0];
      try {
        return Optional.of(Duration.parse(iso));
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
    Matcher weeks = WEEK_NUMBERS.matcher(s);
    if (weeks.find()) {
      int from = Integer.parseInt(weeks.group(1) != null ? weeks.group(1) : weeks.group(3));
      String last = weeks.group(1) != null ? weeks.group(2) : weeks.group(4);
      int to = last == null ? from : Integer.parseInt(last);
      return to < from ? Optional.empty() : Optional.of(Duration.ofDays(7L * (to - from + 1)));
    }
    Matcher m = AMOUNT_UNIT.matcher(s);
    if (!m.find()) {
      return Optional.empty();
    }
    BigDecimal amount = new BigDecimal(m.group(1));
    long secondsPerUnit = secondsPer(m.group(2).toLowerCase(Locale.ROOT));
    BigDecimal seconds = amount.multiply(BigDecimal.valueOf(secondsPerUnit));
    BigDecimal[] wholeAndFraction = seconds.divideAndRemainder(BigDecimal.ONE);
    try {
      long whole = wholeAndFraction[0].longValueExact();
      long nanos = wholeAndFraction[1].movePointRight(9).longValue();
      return Optional.of(Duration.ofSeconds(whole, nanos));
    } catch (ArithmeticException tooLong) {
      return Optional.empty();
    }
  }

  private static long secondsPer(String unit) {
    switch (unit) {
      case "초", "s", "sec", "secs", "second", "seconds":
        return 1;
      case "분", "m", "min", "mins", "minute", "minutes":
        return 60;
      case "시간", "h", "hr", "hrs", "hour", "hours":
        return 3600;
      case "주", "w", "week", "weeks":
        return 7 * 86400;
      default:
        return 86400;
    }
  }
}
