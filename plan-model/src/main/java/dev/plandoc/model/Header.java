package dev.plandoc.model;

import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.*;
import java.util.*;
import org.immutables.value.Value;

/**
 * One request header of an endpoint, in the order written.
 *
 * <pre>{@code
 * new Header("Authorization", "Bearer {token}");
 * header.withValue("Bearer {token}");
 * }</pre>
 *
 * @param name the header name
 * @param value the header value as written
 */
@Value.Builder
public record Header(String name, String value) implements WithHeader {
  /** Checks the values. */
  public Header {
    Texts.singleLine(name, "header name");
    Texts.singleLine(value, "header value");
    if (name.isEmpty() || name.contains(":")) {
      throw new IllegalArgumentException(
          "header name must be non-empty and contain no colon: '" + name + "'");
    }
  }
}
