package dev.plandoc.model.ddl;

/**
 * How far a table's DDL could be typed.
 *
 * <pre>{@code
 * if (table.status() == DdlStatus.UNREADABLE) System.err.println(table.problem().orElseThrow());
 * }</pre>
 */
public enum DdlStatus {
  /** The table's {@code CREATE TABLE} was read: its columns and keys are typed. */
  TYPED,
  /**
   * The table has no SQL {@code CREATE TABLE} to read: no DDL, a column table, or a model in
   * another language (Prisma, an ORM). Nothing is typed and nothing is wrong.
   */
  NO_SQL,
  /**
   * The table has a {@code CREATE TABLE} the parser could not read (a dialect it does not know, or
   * a mistake): the table stays text only, and {@link TableDefinition#problem()} says why.
   */
  UNREADABLE
}
