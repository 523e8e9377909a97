package dev.plandoc.model.ddl;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The typed view of one table of the database schema, read from its DDL.
 *
 * <p>A table that is not {@link DdlStatus#TYPED typed} has no columns, keys or indexes here; its
 * DDL is still kept, and written back, as text.
 *
 * <pre>{@code
 * TableDefinition t = definitions.tables().get(0);
 * if (t.status() == DdlStatus.TYPED) {
 *   System.out.println(t.name() + " " + t.primaryKey());   // receipts [id]
 * }
 * }</pre>
 *
 * @param name the name the {@code CREATE TABLE} gives, without quotes ({@code analytics.events});
 *     for a table that is not typed, the name of the plan's table
 * @param status how far the DDL could be typed
 * @param problem why a table is {@link DdlStatus#UNREADABLE unreadable}; empty otherwise
 * @param columns the columns, in order, with those that {@code ALTER TABLE … ADD COLUMN} adds last
 * @param primaryKey the primary key's columns in key order, empty when there is none
 * @param indexes the indexes, in the order they are declared
 * @param foreignKeys the foreign keys, on columns and on the table, in the order they are declared
 */
@Value.Builder
public record TableDefinition(
    String name,
    DdlStatus status,
    Optional<String> problem,
    List<ColumnDefinition> columns,
    List<String> primaryKey,
    List<IndexDefinition> indexes,
    List<ForeignKeyDefinition> foreignKeys) {
  /** Checks the values. */
  public TableDefinition {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(status, "status must not be null");
    Objects.requireNonNull(problem, "problem must not be null");
    columns = List.copyOf(columns);
    primaryKey = List.copyOf(primaryKey);
    indexes = List.copyOf(indexes);
    foreignKeys = List.copyOf(foreignKeys);
    if (problem.isPresent() != (status == DdlStatus.UNREADABLE)) {
      throw new IllegalArgumentException("a problem is given exactly for an unreadable table");
    }
    if (status != DdlStatus.TYPED
        && !(columns.isEmpty()
            && primaryKey.isEmpty()
            && indexes.isEmpty()
            && foreignKeys.isEmpty())) {
      throw new IllegalArgumentException("only a typed table has columns, keys or indexes");
    }
  }

  /**
   * A table with nothing typed.
   *
   * @param name the plan's name for the table
   * @param status {@link DdlStatus#NO_SQL} or {@link DdlStatus#UNREADABLE}
   * @param problem why it is unreadable; empty for {@code NO_SQL}
   * @return the definition
   */
  public static TableDefinition untyped(String name, DdlStatus status, Optional<String> problem) {
    return new TableDefinition(name, status, problem, List.of(), List.of(), List.of(), List.of());
  }

  /**
   * Whether two table names name the same table: equal without regard to case and quotes, or equal
   * in their last part when only one of them names a schema ({@code users} is {@code app.users};
   * {@code app.users} is not {@code audit.users}).
   *
   * <pre>{@code
   * TableDefinition.sameTable("app.\"Users\"", "users");   // true
   * }</pre>
   *
   * @param a a table name as written
   * @param b another
   * @return whether they name the same table
   */
  public static boolean sameTable(String a, String b) {
    String x = plain(a);
    String y = plain(b);
    if (x.equals(y)) {
      return true;
    }
    int xDot = x.lastIndexOf('.');
    int yDot = y.lastIndexOf('.');
    if ((xDot < 0) == (yDot < 0)) {
      return false; // both qualified (and different) or both plain (and different)
    }
    return xDot < 0 ? y.substring(yDot + 1).equals(x) : x.substring(xDot + 1).equals(y);
  }

  private static String plain(String name) {
    return name.replace("`", "").replace("\"", "").strip().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The column of that name, compared without regard to case as SQL does for unquoted names.
   *
   * @param column a column name
   * @return the column, or empty
   */
  public Optional<ColumnDefinition> column(String column) {
    return columns.stream().filter(c -> c.name().equalsIgnoreCase(column)).findFirst();
  }
}
