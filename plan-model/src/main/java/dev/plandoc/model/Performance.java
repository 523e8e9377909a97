package dev.plandoc.model;

import dev.plandoc.model.internal.Edits;
import dev.plandoc.model.value.*;
import java.util.*;
import java.util.function.UnaryOperator;
import org.immutables.value.Value;

/**
 * Section 7, performance: caching, database optimisation and asynchronous processing.
 *
 * <p>Anchors for {@link #extras()}: {@code ""}, {@code "caching"}, {@code "databaseOptimization"},
 * {@code "asyncProcessing"}.
 *
 * <pre>{@code
 * new PerformanceBuilder().caching(new CachingBuilder().ttl(new DurationText("1시간")).build()).build();
 * performance.withCaching(c -> c.withTtl("5분"));
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
    implements KeepsMarkdown, WithPerformance {
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

  /**
   * A copy with {@link #caching() caching} changed by {@code change}. When it is absent the change
   * is applied to an empty one, which is added unless the change leaves it empty: a change that
   * changes nothing never adds a part.
   */
  public Performance withCaching(UnaryOperator<Caching> change) {
    return withCaching(
        Edits.changedPart(caching, () -> new CachingBuilder().build(), change, "caching"));
  }

  /** A copy without {@link #caching() caching}. */
  public Performance withoutCaching() {
    return withCaching(Optional.empty());
  }

  /**
   * A copy with {@link #databaseOptimization() databaseOptimization} changed by {@code change}.
   * When it is absent the change is applied to an empty one, which is added unless the change
   * leaves it empty: a change that changes nothing never adds a part.
   */
  public Performance withDatabaseOptimization(UnaryOperator<DatabaseOptimization> change) {
    return withDatabaseOptimization(
        Edits.changedPart(
            databaseOptimization,
            () -> new DatabaseOptimizationBuilder().build(),
            change,
            "databaseOptimization"));
  }

  /** A copy without {@link #databaseOptimization() databaseOptimization}. */
  public Performance withoutDatabaseOptimization() {
    return withDatabaseOptimization(Optional.empty());
  }

  /**
   * A copy with {@link #asyncProcessing() asyncProcessing} changed by {@code change}. When it is
   * absent the change is applied to an empty one, which is added unless the change leaves it empty:
   * a change that changes nothing never adds a part.
   */
  public Performance withAsyncProcessing(UnaryOperator<AsyncProcessing> change) {
    return withAsyncProcessing(
        Edits.changedPart(
            asyncProcessing,
            () -> new AsyncProcessingBuilder().build(),
            change,
            "asyncProcessing"));
  }

  /** A copy without {@link #asyncProcessing() asyncProcessing}. */
  public Performance withoutAsyncProcessing() {
    return withAsyncProcessing(Optional.empty());
  }
}
