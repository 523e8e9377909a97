package dev.plandoc.model.ddl;

import dev.plandoc.model.DatabaseSchema;
import java.util.Optional;

/**
 * Reads the typed view of a database schema from the DDL its tables keep. An implementation is
 * immutable and safe to share between threads, never throws for content (a table it cannot read is
 * {@link DdlStatus#UNREADABLE}), and gives the same view for the same schema.
 *
 * <p>This is a service interface: the {@code plan-sql} module provides {@code
 * dev.plandoc.sql.SqlDdlParser}, which the validator finds through {@link #installed()}.
 *
 * <pre>{@code
 * SchemaDefinition schema = DdlParser.installed().orElseThrow().parse(plan.databaseSchema().orElseThrow());
 * }</pre>
 */
public interface DdlParser {
  /**
   * The typed view of a schema section.
   *
   * @param schema the section
   * @return one definition per table of {@code schema}, in its order
   */
  SchemaDefinition parse(DatabaseSchema schema);

  /**
   * The parser found by {@link java.util.ServiceLoader} (from this module's layer or the class
   * path), looked up once.
   *
   * @return the installed parser, or empty when no module provides one
   */
  static Optional<DdlParser> installed() {
    return InstalledParser.PARSER;
  }
}
