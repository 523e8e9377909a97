package dev.plandoc.model.value;

import dev.plandoc.model.internal.Texts;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date as written; parses ISO {@code 2026-03-09} and also {@code 2026/03/09} and {@code
 * 2026.03.09}.
 *
 * <pre>{@code
 * new DateText("2026-02-30").value();   // Optional.empty (no such day)
 * }</pre>
 *
 * @param text the date as written
 */
public record DateText(String text) implements TypedText<LocalDate> {
  private static final Pattern DATE = Pattern.compile("(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})\\.?");

  /** Checks the text. */
  public DateText {
    Texts.singleLine(text, "date");
  }

  /** The canonical ISO text of a date. */
  public static DateText of(LocalDate date) {
    return new DateText(date.toString());
  }

  @Override
  public Optional<LocalDate> value() {
    Matcher m = DATE.matcher(Texts.stripDecoration(text));
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
