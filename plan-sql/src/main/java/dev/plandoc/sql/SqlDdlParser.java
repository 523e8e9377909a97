package dev.plandoc.sql;

import dev.plandoc.model.DatabaseSchema;
import dev.plandoc.model.TableSpec;
import dev.plandoc.model.ddl.DdlParser;
import dev.plandoc.model.ddl.SchemaDefinition;
import dev.plandoc.sql.internal.Jsql;
import dev.plandoc.sql.internal.Memo;
import dev.plandoc.sql.internal.SchemaReader;
import java.util.ArrayList;
import java.util.List;
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
 * <p>Safe to share between threads; its only state is the memo of parsed statements, which does not
 * change what it gives.
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
  /** How many statements the shared parser remembers: a few hundred plans' DDL. */
  private static final int MEMO = 2048;

  /** How many schema sections the shared parser remembers whole. */
  private static final int SCHEMAS = 256;

  private static final SqlDdlParser SHARED = new SqlDdlParser(new Jsql(MEMO), new Memo<>(SCHEMAS));

  private final Jsql jsql;

  /**
   * Whole views by their tables' names and DDL: the same plan read, validated and written costs one
   * look-up (the strings' hashes are cached, and equal strings are usually the same objects).
   */
  private final Memo<List<String>, SchemaDefinition> schemas;

  /**
   * For {@link java.util.ServiceLoader}, which needs a public constructor on the class path: the
   * same parser as {@link #create()} (it shares its memo). Use {@link #create()}.
   */
  public SqlDdlParser() {
    this(SHARED.jsql, SHARED.schemas);
  }

  private SqlDdlParser(Jsql jsql, Memo<List<String>, SchemaDefinition> schemas) {
    this.jsql = jsql;
    this.schemas = schemas;
  }

  /**
   * The parser, shared, with a memo of the last 256 schema sections and 2,048 statements it parsed
   * (by their exact text). JSqlParser takes about 60 µs a statement, and the same DDL is read many
   * times over (the validator, the JSON writer, the JSON reader's check); the memo makes the second
   * time cheap. What it gives is the same with the memo and without.
   *
   * @return the shared parser
   */
  public static SqlDdlParser create() {
    return SHARED;
  }

  /**
   * A parser that remembers nothing: every statement is parsed each time. For callers that parse
   * each schema once and want no memory held beyond the call.
   *
   * @return a new parser without a memo
   */
  public static SqlDdlParser withoutMemo() {
    return new SqlDdlParser(new Jsql(0), new Memo<>(0));
  }

  @Override
  public SchemaDefinition parse(DatabaseSchema schema) {
    Objects.requireNonNull(schema, "schema must not be null");
    List<String> key = new ArrayList<>(2 * schema.tables().size());
    for (TableSpec t : schema.tables()) {
      key.add(t.name());
      key.add(t.ddl());
    }
    // The view depends on the tables' names and DDL only: the key holds exactly those.
    return schemas.get(key, k -> SchemaReader.read(schema, jsql));
  }
}
