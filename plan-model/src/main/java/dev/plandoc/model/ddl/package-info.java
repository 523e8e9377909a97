/**
 * The typed view of a plan's DDL: each table's columns, primary key, indexes and foreign keys, as a
 * {@link dev.plandoc.model.ddl.DdlParser} reads them from the DDL text a {@link
 * dev.plandoc.model.TableSpec} keeps.
 *
 * <p>These values are <i>views</i>: the DDL text stays the one source of truth, and nothing here
 * changes how a plan is written back. A view is computed when it is asked for, so it always
 * describes the DDL as it is now. The model itself has no SQL parser; the {@code plan-sql} module
 * provides one ({@code dev.plandoc.sql.SqlDdlParser}) through {@link java.util.ServiceLoader}.
 *
 * <pre>{@code
 * DdlParser parser = DdlParser.installed().orElseThrow();
 * for (TableDefinition t : parser.parse(plan.databaseSchema().orElseThrow()).tables()) {
 *   t.columns().forEach(c -> System.out.println(t.name() + "." + c.name() + " " + c.type()));
 * }
 * }</pre>
 */
@Value.Style(allowedClasspathAnnotations = {Override.class})
@NullMarked
package dev.plandoc.model.ddl;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
