package dev.plandoc.model;

import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.*;
import java.util.*;
import org.immutables.value.Value;

/**
 * Security: authentication ({@code - 방식: JWT}, token lifetime, refresh-token lifetime).
 *
 * <pre>{@code
 * new AuthenticationBuilder().method("JWT").tokenLifetime(new DurationText("1시간")).build();
 * }</pre>
 *
 * @param method the authentication method (방식)
 * @param tokenLifetime the access token lifetime (토큰 유효 기간)
 * @param refreshTokenLifetime the refresh token lifetime (Refresh 토큰)
 * @param extraItems other bullets, verbatim without the marker
 */
@Value.Builder
public record Authentication(
    Optional<String> method,
    Optional<DurationText> tokenLifetime,
    Optional<DurationText> refreshTokenLifetime,
    List<String> extraItems) {
  /** Checks the values. */
  public Authentication {
    method.ifPresent(s -> Texts.singleLine(s, "method"));
    extraItems = Texts.list(extraItems, "extraItems");
  }
}
