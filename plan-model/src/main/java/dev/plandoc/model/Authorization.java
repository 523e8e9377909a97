package dev.plandoc.model;

import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.*;
import java.util.*;
import org.immutables.value.Value;

/**
 * Security: authorization, the access-control model and the roles.
 *
 * <pre>{@code
 * new AuthorizationBuilder().model("Role-based Access Control (RBAC)").roles("Admin, User").build();
 * authorization.withRoles("Admin, User, Auditor");
 * }</pre>
 *
 * @param model the access-control model, the first bullet without a key
 * @param roles the roles as written (Roles:)
 * @param extraItems other bullets, verbatim without the marker
 */
@Value.Builder
public record Authorization(Optional<String> model, Optional<String> roles, List<String> extraItems)
    implements WithAuthorization {
  /** Checks the values. */
  public Authorization {
    model.ifPresent(s -> Texts.singleLine(s, "model"));
    roles.ifPresent(s -> Texts.singleLine(s, "roles"));
    extraItems = Texts.list(extraItems, "extraItems");
  }

  /** The roles split at commas. */
  public List<String> roleList() {
    return roles
        .map(r -> Arrays.stream(r.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList())
        .orElse(List.of());
  }

  /** A copy without {@link #model() model}. */
  public Authorization withoutModel() {
    return withModel(Optional.empty());
  }

  /** A copy without {@link #roles() roles}. */
  public Authorization withoutRoles() {
    return withRoles(Optional.empty());
  }
}
