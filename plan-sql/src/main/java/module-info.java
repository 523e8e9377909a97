/**
 * The typed view of a plan's DDL, read with JSqlParser: each table's columns, primary key, indexes
 * and foreign keys.
 *
 * <pre>{@code
 * SchemaDefinition schema = SqlDdlParser.create().parse(plan.databaseSchema().orElseThrow());
 * }</pre>
 *
 * @provides dev.plandoc.model.ddl.DdlParser the JSqlParser-based parser
 */
module dev.plandoc.sql {
  requires transitive dev.plandoc.model;
  requires net.sf.jsqlparser;
  requires static org.jspecify;

  exports dev.plandoc.sql;

  provides dev.plandoc.model.ddl.DdlParser with
      dev.plandoc.sql.SqlDdlParser;
}
