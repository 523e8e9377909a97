package dev.plandoc.model.value;

import dev.plandoc.model.internal.Texts;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTTP status code as written; parses when it is a number from 100 to 599, alone or followed by
 * its reason phrase as plans write it ({@code 201 Created}, {@code 101 Switching Protocols}).
 *
 * <pre>{@code
 * new StatusCodeText("404").value();           // Optional[404]
 * new StatusCodeText("204 No Content").value(); // Optional[204]
 * new StatusCodeText("999").value();   // Optional.empty
 * }</pre>
 *
 * @param text the code as written
 */
public record StatusCodeText(String text) implements TypedText<Integer> {
  /** Three digits, then optionally a reason phrase of words (letters, spaces, hyphens). */
  private static final Pattern CODE = Pattern.compile("(\\d{3})(?: [A-Za-z][A-Za-z' -]*)?");

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
    Matcher m = CODE.matcher(Texts.stripDecoration(text));
    if (!m.matches()) {
      return Optional.empty();
    }
    int code = Integer.parseInt(m.group(1));
    return code >= 100 && code <= 599 ? Optional.of(code) : Optional.empty();
  }
}
