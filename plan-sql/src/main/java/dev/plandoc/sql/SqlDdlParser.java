package dev.plandoc.sql;

import dev.plandoc.model.DatabaseSchema;
import dev.plandoc.model.ddl.DdlParser;
import dev.plandoc.model.ddl.SchemaDefinition;
import dev.plandoc.sql.internal.SchemaReader;
import java.util.Objects;

/**
 * The {@link DdlParser} built on JSqlParser: reads each table's {@code CREATE TABLE}, and the
 * section's {@code CREATE INDEX} and {@code ALTER TABLE … ADD} statements, in the dialects plans
 * use (PostgreSQL, MySQL, SQLite, and others as far as JSqlParser reads them).
 *
 * <p>What it reads, and how it stays precise:
 *
 * <ul>
 *   <li>JSqlParser gives the structure: which elements are columns, the constraints, the keys. The
 *       text of a type or a default is taken from the DDL as written ({@code VARCHAR(255)}, where
 *       JSqlParser would print {@code VARCHAR (255)}).
 *   <li>The two readings must agree on every column. Where they do not (ClickHouse's {@code
 *       LowCardinality(String)}, which JSqlParser reads as the type {@code LowCardinality}), the
 *       table is {@link dev.plandoc.model.ddl.DdlStatus#UNREADABLE unreadable}: kept as text, with
 *       the reason, never typed wrong.
 *   <li>What the view has no place for is blanked before a second parse, so that JSqlParser's gaps
 *       there do not cost the table: table options ({@code PARTITION BY}, {@code ENGINE}),
 *       exclusion constraints, referential actions ({@code ON DELETE SET NULL}), a partial index's
 *       {@code WHERE}.
 *   <li>JSqlParser runs in its simple mode, in the calling thread: its "complex" mode takes time
 *       exponential in the nesting, and its usual entry point starts a thread per statement.
 * </ul>
 *
 * <p>Immutable and safe to share between threads.
 *
 * <pre>{@code
 * SchemaDefinition schema = SqlDdlParser.create().parse(plan.databaseSchema().orElseThrow());
 * for (TableDefinition t : schema.tables()) {
 *   for (ColumnDefinition c : t.columns()) {
 *     System.out.println(t.name() + "." + c.name() + ": " + c.type() + (c.nullable() ? "" : " NOT NULL"));
 *   }
 * }
 * }</pre>
 */
public final class SqlDdlParser implements DdlParser {
  private static final SqlDdlParser INSTANCE = new SqlDdlParser();

  /**
   * For {@link java.util.ServiceLoader}, which needs a public constructor on the class path; use
   * {@link #create()}.
   */
  public SqlDdlParser() {}

  /**
   * The parser.
   *
   * @return the parser, shared: it holds no state
   */
  public static SqlDdlParser create() {
    return INSTANCE;
  }

  @Override
  public SchemaDefinition parse(DatabaseSchema schema) {
    return SchemaReader.read(Objects.requireNonNull(schema, "schema must not be null"));
  }
}
