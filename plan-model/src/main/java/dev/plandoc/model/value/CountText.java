package dev.plandoc.model.value;

import dev.plandoc.model.internal.Texts;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A count as written; parses the leading whole number, so {@code 3회 재시도} is 3 and {@code HikariCP
 * maximumPoolSize=10} is not a count.
 *
 * <pre>{@code
 * new CountText("20").value();   // Optional[20]
 * }</pre>
 *
 * @param text the count as written
 */
public record CountText(String text) implements TypedText<Long> {
  private static final Pattern COUNT = Pattern.compile("^(\\d{1,3}(?:,\\d{3})+|\\d{1,18})(?!\\d)");

  /** Checks the text. */
  public CountText {
    Texts.singleLine(text, "count");
  }

  /** The canonical text of a count. */
  public static CountText of(long count) {
    return new CountText(Long.toString(count));
  }

  @Override
  public Optional<Long> value() {
    Matcher m = COUNT.matcher(Texts.stripLeadingDecoration(text));
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(m.group(1).replace(",", "")));
    } catch (NumberFormatException tooLarge) {
      return Optional.empty();
    }
  }
}
