package dev.plandoc.model.value;

import dev.plandoc.model.internal.Texts;
import java.util.Optional;

/**
 * An HTTP status code as written; parses when it is a number from 100 to 599.
 *
 * <pre>{@code
 * new StatusCodeText("404").value();   // Optional[404]
 * new StatusCodeText("999").value();   // Optional.empty
 * }</pre>
 *
 * @param text the code as written
 */
public record StatusCodeText(String text) implements TypedText<Integer> {
  /** Checks the text. */
  public StatusCodeText {
    Texts.singleLine(text, "status code");
  }

  /** The canonical text of a status code. */
  public static StatusCodeText of(int code) {
    return new StatusCodeText(Integer.toString(code));
  }

  @Override
  public Optional<Integer> value() {
    String s = Texts.stripDecoration(text);
    if (s.length() != 3 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.empty();
    }
    int code = Integer.parseInt(s);
    return code >= 100 && code <= 599 ? Optional.of(code) : Optional.empty();
  }
}
