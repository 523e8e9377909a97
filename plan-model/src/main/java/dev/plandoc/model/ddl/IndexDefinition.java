package dev.plandoc.model.ddl;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An index of a table: a {@code CREATE INDEX} statement (wherever it is in the schema section), an
 * index declared inside {@code CREATE TABLE} (MySQL's {@code KEY}, {@code UNIQUE KEY}), or a
 * table-level {@code UNIQUE (…)} constraint.
 *
 * <pre>{@code
 * // CREATE UNIQUE INDEX idx_open ON reviews (receipt_id) WHERE decision IS NULL
 * new IndexDefinition(Optional.of("idx_open"), List.of("receipt_id"), true, Optional.empty(),
 *     Optional.of("decision IS NULL"));
 * }</pre>
 *
 * @param name the index's name, when it has one
 * @param columns its keys in order: a column's name without quotes, or an expression as written
 *     ({@code lower(email)}); ordering and operator classes ({@code DESC}, {@code jsonb_path_ops})
 *     are not part of a key
 * @param unique whether it is a unique index
 * @param method the index method, when one is named ({@code gin}, {@code btree})
 * @param where the predicate of a partial index as written, when it has one
 */
public record IndexDefinition(
    Optional<String> name,
    List<String> columns,
    boolean unique,
    Optional<String> method,
    Optional<String> where) {
  /** Checks the values. */
  public IndexDefinition {
    Objects.requireNonNull(name, "name must not be null");
    columns = List.copyOf(columns);
    Objects.requireNonNull(method, "method must not be null");
    Objects.requireNonNull(where, "where must not be null");
  }

  /**
   * Whether a key is a plain column name rather than an expression.
   *
   * @param key one of {@link #columns()}
   * @return true for a name such as {@code user_id}, false for {@code lower(email)}
   */
  public static boolean isColumnName(String key) {
    if (key.isEmpty()) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '_' || c == '$')) {
        return false;
      }
    }
    return true;
  }
}
