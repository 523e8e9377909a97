package dev.plandoc.model.ddl;

import java.util.List;

/**
 * The typed view of a plan's database schema: one {@link TableDefinition} per table of {@link
 * dev.plandoc.model.DatabaseSchema#tables()}, in the same order, and the tables the DDL alters
 * without creating them.
 *
 * <pre>{@code
 * SchemaDefinition schema = parser.parse(plan.databaseSchema().orElseThrow());
 * schema.tables().get(i);                // the view of databaseSchema.tables[i]
 * schema.alteredTables();                // [users]: ALTER TABLE users ADD COLUMN …
 * }</pre>
 *
 * @param tables one definition per table of the schema section, in its order
 * @param alteredTables the tables an {@code ALTER TABLE} names that no {@code CREATE TABLE} defines
 *     (tables that exist already), each once, as written without quotes
 */
public record SchemaDefinition(List<TableDefinition> tables, List<String> alteredTables) {
  /** Checks the values. */
  public SchemaDefinition {
    tables = List.copyOf(tables);
    alteredTables = List.copyOf(alteredTables);
  }
}
