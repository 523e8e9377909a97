package dev.plandoc.model;

import dev.plandoc.model.internal.Edits;
import dev.plandoc.model.value.*;
import java.util.*;
import java.util.function.UnaryOperator;
import org.immutables.value.Value;

/**
 * Section 6, security: authentication, authorization and data protection.
 *
 * <p>Anchors for {@link #extras()}: {@code ""}, {@code "authentication"}, {@code "authorization"},
 * {@code "dataProtection"}.
 *
 * <pre>{@code
 * new SecurityBuilder().authentication(new AuthenticationBuilder().method("JWT").build()).build();
 * security.withAuthentication(a -> a.withMethod("OAuth 2.0")).withoutAuthorization();
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
    implements KeepsMarkdown, WithSecurity {
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

  /**
   * A copy with {@link #authentication() authentication} changed by {@code change}. When it is
   * absent the change is applied to an empty one, which is added unless the change leaves it empty:
   * a change that changes nothing never adds a part.
   */
  public Security withAuthentication(UnaryOperator<Authentication> change) {
    return withAuthentication(
        Edits.changedPart(
            authentication, () -> new AuthenticationBuilder().build(), change, "authentication"));
  }

  /** A copy without {@link #authentication() authentication}. */
  public Security withoutAuthentication() {
    return withAuthentication(Optional.empty());
  }

  /**
   * A copy with {@link #authorization() authorization} changed by {@code change}. When it is absent
   * the change is applied to an empty one, which is added unless the change leaves it empty: a
   * change that changes nothing never adds a part.
   */
  public Security withAuthorization(UnaryOperator<Authorization> change) {
    return withAuthorization(
        Edits.changedPart(
            authorization, () -> new AuthorizationBuilder().build(), change, "authorization"));
  }

  /** A copy without {@link #authorization() authorization}. */
  public Security withoutAuthorization() {
    return withAuthorization(Optional.empty());
  }

  /**
   * A copy with {@link #dataProtection() dataProtection} changed by {@code change}. When it is
   * absent the change is applied to an empty one, which is added unless the change leaves it empty:
   * a change that changes nothing never adds a part.
   */
  public Security withDataProtection(UnaryOperator<DataProtection> change) {
    return withDataProtection(
        Edits.changedPart(
            dataProtection, () -> new DataProtectionBuilder().build(), change, "dataProtection"));
  }

  /** A copy without {@link #dataProtection() dataProtection}. */
  public Security withoutDataProtection() {
    return withDataProtection(Optional.empty());
  }
}
