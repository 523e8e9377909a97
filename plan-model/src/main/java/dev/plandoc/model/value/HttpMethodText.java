package dev.plandoc.model.value;

import dev.plandoc.model.internal.Texts;
import java.util.Optional;

/**
 * An HTTP method as written, e.g. {@code POST}.
 *
 * <pre>{@code
 * HttpMethodText.of(HttpMethod.GET).text();   // "GET"
 * }</pre>
 *
 * @param text the method as written
 */
public record HttpMethodText(String text) implements TypedText<HttpMethod> {
  /** Checks the text. */
  public HttpMethodText {
    Texts.singleLine(text, "method");
  }

  /** The canonical text of a method. */
  public static HttpMethodText of(HttpMethod method) {
    return new HttpMethodText(method.name());
  }

  @Override
  public Optional<HttpMethod> value() {
    return HttpMethod.parse(text);
  }
}
