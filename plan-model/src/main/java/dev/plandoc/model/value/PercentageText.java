package dev.plandoc.model.value;

import dev.plandoc.model.internal.Texts;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A percentage as written; parses the leading number before a {@code %}, so {@code **80%**
 * (Testcontainers)} is 80.
 *
 * <pre>{@code
 * new PercentageText("70%").value();   // Optional[70]
 * }</pre>
 *
 * @param text the percentage as written
 */
public record PercentageText(String text) implements TypedText<BigDecimal> {
  private static final Pattern PERCENT = Pattern.compile("^(-?\\d+(?:\\.\\d+)?)\\s*%");

  /** Checks the text. */
  public PercentageText {
    Texts.singleLine(text, "percentage");
  }

  /** The canonical text of a percentage, e.g. {@code 75%}. */
  public static PercentageText of(BigDecimal percent) {
    return new PercentageText(percent.stripTrailingZeros().toPlainString() + "%");
  }

  @Override
  public Optional<BigDecimal> value() {
    Matcher m = PERCENT.matcher(Texts.stripLeadingDecoration(text));
    return m.find() ? Optional.of(new BigDecimal(m.group(1))) : Optional.empty();
  }
}
