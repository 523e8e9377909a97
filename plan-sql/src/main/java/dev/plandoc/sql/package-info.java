/**
 * The typed view of a plan's DDL: {@link dev.plandoc.sql.SqlDdlParser} reads each table's {@code
 * CREATE TABLE}, the {@code CREATE INDEX} and {@code ALTER TABLE} statements around it, with
 * JSqlParser, into the values of {@link dev.plandoc.model.ddl}.
 *
 * <pre>{@code
 * SchemaDefinition schema = SqlDdlParser.create().parse(plan.databaseSchema().orElseThrow());
 * }</pre>
 */
@NullMarked
package dev.plandoc.sql;

import org.jspecify.annotations.NullMarked;
