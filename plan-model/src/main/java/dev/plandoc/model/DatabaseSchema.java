package dev.plandoc.model;

import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.*;
import java.util.*;
import org.immutables.value.Value;

/**
 * Section 4, the database schema: tables and the index strategy notes.
 *
 * <p>Anchors for {@link #extras()}: {@code ""}, {@code "tables/i"} (after the i-th table that is
 * not a {@link RawMarkdownView view}), {@code "indexNotes"}.
 *
 * <pre>{@code
 * new DatabaseSchemaBuilder().addTables(table).addIndexNotes("`idx_field1`: 조회 성능 향상").build();
 * }</pre>
 *
 * @param tables the tables
 * @param indexNotes the index strategy bullets, verbatim
 * @param extras unrecognised content
 */
@Value.Builder
public record DatabaseSchema(
    List<TableSpec> tables, List<String> indexNotes, List<RawMarkdown> extras)
    implements KeepsMarkdown {
  /** Checks the values. */
  public DatabaseSchema {
    tables = Texts.list(tables, "tables");
    indexNotes = Texts.list(indexNotes, "indexNotes");
    List<String> anchors = new ArrayList<>(RawMarkdown.indexed("tables", Views.ownCount(tables)));
    anchors.add("indexNotes");
    extras = RawMarkdown.checked(extras, "databaseSchema.extras", anchors);
    Views.check(tables, extras, "databaseSchema.tables");
  }
}
