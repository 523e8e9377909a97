package dev.plandoc.model;

import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.*;
import java.util.*;
import org.immutables.value.Value;

/**
 * Performance: database optimisation.
 *
 * <pre>{@code
 * new DatabaseOptimizationBuilder().indexing("email").connectionPool(new CountText("10")).build();
 * optimization.withConnectionPool("20");
 * }</pre>
 *
 * @param indexing the indexed columns (인덱싱)
 * @param connectionPool the connection pool size (커넥션 풀)
 * @param extraItems other bullets, verbatim without the marker
 */
@Value.Builder
public record DatabaseOptimization(
    Optional<String> indexing, Optional<CountText> connectionPool, List<String> extraItems)
    implements WithDatabaseOptimization {
  /** Checks the values. */
  public DatabaseOptimization {
    indexing.ifPresent(s -> Texts.singleLine(s, "indexing"));
    extraItems = Texts.list(extraItems, "extraItems");
  }

  /** A copy without {@link #indexing() indexing}. */
  public DatabaseOptimization withoutIndexing() {
    return withIndexing(Optional.empty());
  }

  /**
   * A copy with {@link #connectionPool() connectionPool} set to the text {@code connectionPool}, as
   * written (a {@link CountText}).
   */
  public DatabaseOptimization withConnectionPool(String connectionPool) {
    return withConnectionPool(new CountText(connectionPool));
  }

  /** A copy without {@link #connectionPool() connectionPool}. */
  public DatabaseOptimization withoutConnectionPool() {
    return withConnectionPool(Optional.empty());
  }
}
