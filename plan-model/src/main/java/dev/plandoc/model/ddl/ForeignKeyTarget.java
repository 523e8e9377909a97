package dev.plandoc.model.ddl;

import java.util.List;
import java.util.Objects;

/**
 * What a foreign key references: a table, and its columns when they are named.
 *
 * <pre>{@code
 * new ForeignKeyTarget("users", List.of("id"));   // REFERENCES users (id)
 * new ForeignKeyTarget("users", List.of());       // REFERENCES users: its primary key
 * }</pre>
 *
 * @param table the referenced table's name as written, without quotes ({@code app.users})
 * @param columns the referenced columns, empty when the reference names none (the primary key)
 */
public record ForeignKeyTarget(String table, List<String> columns) {
  /** Checks the values. */
  public ForeignKeyTarget {
    Objects.requireNonNull(table, "table must not be null");
    columns = List.copyOf(columns);
  }
}
