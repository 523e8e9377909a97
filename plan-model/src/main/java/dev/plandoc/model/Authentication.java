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
 * authentication.withMethod("JWT").withTokenLifetime("30분");
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
    List<String> extraItems)
    implements WithAuthentication {
  /** Checks the values. */
  public Authentication {
    method.ifPresent(s -> Texts.singleLine(s, "method"));
    extraItems = Texts.list(extraItems, "extraItems");
  }

  /** A copy without {@link #method() method}. */
  public Authentication withoutMethod() {
    return withMethod(Optional.empty());
  }

  /**
   * A copy with {@link #tokenLifetime() tokenLifetime} set to the text {@code tokenLifetime}, as
   * written (a {@link DurationText}).
   */
  public Authentication withTokenLifetime(String tokenLifetime) {
    return withTokenLifetime(new DurationText(tokenLifetime));
  }

  /** A copy without {@link #tokenLifetime() tokenLifetime}. */
  public Authentication withoutTokenLifetime() {
    return withTokenLifetime(Optional.empty());
  }

  /**
   * A copy with {@link #refreshTokenLifetime() refreshTokenLifetime} set to the text {@code
   * refreshTokenLifetime}, as written (a {@link DurationText}).
   */
  public Authentication withRefreshTokenLifetime(String refreshTokenLifetime) {
    return withRefreshTokenLifetime(new DurationText(refreshTokenLifetime));
  }

  /** A copy without {@link #refreshTokenLifetime() refreshTokenLifetime}. */
  public Authentication withoutRefreshTokenLifetime() {
    return withRefreshTokenLifetime(Optional.empty());
  }
}
