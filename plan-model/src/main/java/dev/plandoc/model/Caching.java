package dev.plandoc.model;

import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.*;
import java.util.*;
import org.immutables.value.Value;

/**
 * Performance: caching.
 *
 * <pre>{@code
 * new CachingBuilder().redisCache("세션").ttl(new DurationText("10분")).build();
 * caching.withTtl("5분");
 * }</pre>
 *
 * @param redisCache what is cached (Redis 캐시)
 * @param ttl the time to live (TTL)
 * @param extraItems other bullets, verbatim without the marker
 */
@Value.Builder
public record Caching(
    Optional<String> redisCache, Optional<DurationText> ttl, List<String> extraItems)
    implements WithCaching {
  /** Checks the values. */
  public Caching {
    redisCache.ifPresent(s -> Texts.singleLine(s, "redisCache"));
    extraItems = Texts.list(extraItems, "extraItems");
  }

  /** A copy without {@link #redisCache() redisCache}. */
  public Caching withoutRedisCache() {
    return withRedisCache(Optional.empty());
  }

  /**
   * A copy with {@link #ttl() ttl} set to the text {@code ttl}, as written (a {@link
   * DurationText}).
   */
  public Caching withTtl(String ttl) {
    return withTtl(new DurationText(ttl));
  }

  /** A copy without {@link #ttl() ttl}. */
  public Caching withoutTtl() {
    return withTtl(Optional.empty());
  }
}
