package dev.plandoc.model;

import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.*;
import java.util.*;
import org.immutables.value.Value;

/**
 * A technology considered and rejected: {@code - **name**: reason}.
 *
 * <pre>{@code
 * new Alternative("Keycloak", "운영 부담");
 * alternative.withReason("운영 부담이 크다");
 * }</pre>
 *
 * @param technology the technology (bold in Markdown)
 * @param reason why it was rejected
 */
@Value.Builder
public record Alternative(String technology, String reason) implements WithAlternative {
  /** Checks the values. */
  public Alternative {
    Texts.singleLine(technology, "technology");
    Texts.required(reason, "reason");
    if (technology.contains("**")) {
      throw new IllegalArgumentException("technology must not contain ** : " + technology);
    }
  }
}
