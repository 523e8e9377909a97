package dev.plandoc.model.ddl;

import java.util.List;

/**
 * The typed view of a plan's database schema: one {@link TableDefinition} per table of {@link
 * dev.plandoc.model.DatabaseSchema#tables()}, in the same order, and the other tables its DDL
 * names.
 *
 * <pre>{@code
 * SchemaDefinition schema = parser.parse(plan.databaseSchema().orElseThrow());
 * schema.tables().get(i);                // the view of databaseSchema.tables[i]
 * schema.otherTables();                // [users]: ALTER TABLE users ADD COLUMN …
 * }</pre>
 *
 * @param tables one definition per table of the schema section, in its order
 * @param otherTables the tables the DDL names that are none of {@code tables}, as written without
 *     quotes: a second {@code CREATE TABLE} in one table's block (which the view does not type),
 *     and a table that an {@code ALTER TABLE} changes but no {@code CREATE TABLE} defines (a table
 *     that exists already)
 */
public record SchemaDefinition(List<TableDefinition> tables, List<String> otherTables) {
  /** Checks the values. */
  public SchemaDefinition {
    tables = List.copyOf(tables);
    otherTables = List.copyOf(otherTables);
  }
}
