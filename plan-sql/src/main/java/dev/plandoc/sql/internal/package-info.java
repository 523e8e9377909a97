/**
 * Implementation of the DDL parser: {@link dev.plandoc.sql.internal.SqlLexer} cuts SQL into tokens
 * with their offsets, {@link dev.plandoc.sql.internal.SqlStatement} into statements; {@link
 * dev.plandoc.sql.internal.Jsql} runs JSqlParser on one statement; the readers of {@code CREATE
 * TABLE}, {@code CREATE INDEX} and {@code ALTER TABLE} take the structure from JSqlParser and the
 * text as written from the tokens; {@link dev.plandoc.sql.internal.SchemaReader} puts a schema
 * section's statements together. Not API.
 */
@NullMarked
package dev.plandoc.sql.internal;

import org.jspecify.annotations.NullMarked;
