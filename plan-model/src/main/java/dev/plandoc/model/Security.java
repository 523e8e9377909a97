package dev.plandoc.model;

import dev.plandoc.model.value.*;
import java.util.*;
import org.immutables.value.Value;

/**
 * Section 6, security: authentication, authorization and data protection.
 *
 * <p>Anchors for {@link #extras()}: {@code ""}, {@code "authentication"}, {@code "authorization"},
 * {@code "dataProtection"}.
 *
 * <pre>{@code
 * new SecurityBuilder().authentication(new AuthenticationBuilder().method("JWT").build()).build();
 * }</pre>
 *
 * @param authentication authentication
 * @param authorization authorization
 * @param dataProtection data protection
 * @param extras unrecognised content
 */
@Value.Builder
public record Security(
    Optional<Authentication> authentication,
    Optional<Authorization> authorization,
    Optional<DataProtection> dataProtection,
    List<RawMarkdown> extras)
    implements KeepsMarkdown {
  /** Checks the values. */
  public Security {
    extras =
        RawMarkdown.movedFromAbsent(
            extras,
            List.of("authentication", "authorization", "dataProtection"),
            List.of(
                authentication.isPresent(), authorization.isPresent(), dataProtection.isPresent()));
    extras =
        RawMarkdown.checked(
            extras,
            "security.extras",
            List.of("authentication", "authorization", "dataProtection"));
  }
}
