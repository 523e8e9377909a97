package dev.plandoc.model;

import dev.plandoc.model.value.*;
import java.util.*;
import org.immutables.value.Value;

/**
 * Section 7, performance: caching, database optimisation and asynchronous processing.
 *
 * <p>Anchors for {@link #extras()}: {@code ""}, {@code "caching"}, {@code "databaseOptimization"},
 * {@code "asyncProcessing"}.
 *
 * <pre>{@code
 * new PerformanceBuilder().caching(new CachingBuilder().ttl(new DurationText("1시간")).build()).build();
 * }</pre>
 *
 * @param caching caching
 * @param databaseOptimization database optimisation
 * @param asyncProcessing asynchronous processing
 * @param extras unrecognised content
 */
@Value.Builder
public record Performance(
    Optional<Caching> caching,
    Optional<DatabaseOptimization> databaseOptimization,
    Optional<AsyncProcessing> asyncProcessing,
    List<RawMarkdown> extras)
    implements KeepsMarkdown {
  /** Checks the values. */
  public Performance {
    extras =
        RawMarkdown.movedFromAbsent(
            extras,
            List.of("caching", "databaseOptimization", "asyncProcessing"),
            List.of(
                caching.isPresent(),
                databaseOptimization.isPresent(),
                asyncProcessing.isPresent()));
    extras =
        RawMarkdown.checked(
            extras,
            "performance.extras",
            List.of("caching", "databaseOptimization", "asyncProcessing"));
  }
}
