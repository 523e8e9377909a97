package dev.plandoc.model.value;

import java.util.Locale;
import java.util.Optional;

/**
 * The HTTP request methods of RFC 9110 and RFC 5789.
 *
 * <pre>{@code
 * HttpMethod.parse("patch");   // Optional[PATCH]
 * }</pre>
 */
public enum HttpMethod {
  /** GET. */
  GET,
  /** HEAD. */
  HEAD,
  /** POST. */
  POST,
  /** PUT. */
  PUT,
  /** PATCH. */
  PATCH,
  /** DELETE. */
  DELETE,
  /** OPTIONS. */
  OPTIONS,
  /** TRACE. */
  TRACE,
  /** CONNECT. */
  CONNECT;

  /** Parses a method name, ignoring case and surrounding whitespace. */
  public static Optional<HttpMethod> parse(String text) {
    String s = text.strip().toUpperCase(Locale.ROOT);
    for (HttpMethod m : values()) {
      if (m.name().equals(s)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
