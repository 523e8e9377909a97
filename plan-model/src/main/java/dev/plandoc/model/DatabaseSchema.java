package dev.plandoc.model;

import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.*;
import java.util.*;
import java.util.function.UnaryOperator;
import org.immutables.value.Value;

/**
 * Section 4, the database schema: tables and the index strategy notes.
 *
 * <p>Anchors for {@link #extras()}: {@code ""}, {@code "tables/i"} (after the i-th table that is
 * not a {@link RawMarkdownView view}), {@code "indexNotes"}.
 *
 * <p>The item helpers ({@code withTable}, {@code withTableAdded}, {@code withoutTable}, {@code
 * withTableMoved}) keep the kept Markdown where it is in the document: adding a table of its own
 * renumbers the anchors after it; removing one joins the Markdown that followed it to the Markdown
 * before it, so that a removed table takes its own lines and nothing else; moving one is removing
 * it and adding it at its new place. Views have no anchor of their own and renumber nothing; a view
 * over Markdown whose anchor is renumbered follows it (its {@code viewOf} names the new anchor).
 * The generated {@code withTables(…)} replaces the whole list and leaves the anchors as they are.
 *
 * <pre>{@code
 * new DatabaseSchemaBuilder().addTables(table).addIndexNotes("`idx_field1`: 조회 성능 향상").build();
 * schema.withTable(0, t -> t.withName("receipts_v2")).withTableAdded(auditTable);
 * }</pre>
 *
 * @param tables the tables
 * @param indexNotes the index strategy bullets, verbatim
 * @param extras unrecognised content
 */
@Value.Builder
public record DatabaseSchema(
    List<TableSpec> tables, List<String> indexNotes, List<RawMarkdown> extras)
    implements KeepsMarkdown, WithDatabaseSchema {
  /** Checks the values. */
  public DatabaseSchema {
    tables = Texts.list(tables, "tables");
    indexNotes = Texts.list(indexNotes, "indexNotes");
    List<String> anchors = new ArrayList<>(RawMarkdown.indexed("tables", Views.ownCount(tables)));
    anchors.add("indexNotes");
    extras = RawMarkdown.checked(extras, "databaseSchema.extras", anchors);
    Views.check(tables, extras, "databaseSchema.tables");
  }

  /**
   * A copy with the item of {@link #tables() tables} at {@code index} changed by {@code change}.
   * The changed item keeps the old one's {@link RawMarkdownView#viewOf() viewOf}, whatever the
   * change returns: a view stays a view of the same Markdown.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index < tables().size()}
   */
  public DatabaseSchema withTable(int index, UnaryOperator<TableSpec> change) {
    return editedTables(tablesPart().replaced(index, change));
  }

  /** A copy with {@code table} added to {@link #tables() tables}, after its siblings. */
  public DatabaseSchema withTableAdded(TableSpec table) {
    return withTableAdded(tables.size(), table);
  }

  /**
   * A copy with {@code table} added to {@link #tables() tables} at {@code index}; the items from
   * {@code index} on follow it.
   *
   * <p>The kept Markdown stays where it is in the document: see the class comment.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index <= tables().size()}
   */
  public DatabaseSchema withTableAdded(int index, TableSpec table) {
    return editedTables(tablesPart().inserted(index, table));
  }

  /**
   * A copy without the item of {@link #tables() tables} at {@code index}.
   *
   * <p>The kept Markdown stays where it is in the document: see the class comment.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index < tables().size()}
   */
  public DatabaseSchema withoutTable(int index) {
    return editedTables(tablesPart().removed(index));
  }

  /**
   * A copy with the item of {@link #tables() tables} at {@code from} moved so that it is at {@code
   * to}.
   *
   * <p>The kept Markdown stays where it is in the document: see the class comment.
   *
   * @throws IndexOutOfBoundsException unless both are in {@code 0 <= i < tables().size()}
   */
  public DatabaseSchema withTableMoved(int from, int to) {
    return editedTables(tablesPart().moved(from, to));
  }

  private IndexedPart<TableSpec> tablesPart() {
    return new IndexedPart<>(
        "tables", "databaseSchema.tables", tables, extras, TableSpec::withViewOf);
  }

  /** The edited list and kept Markdown together: apart, either could be refused. */
  private DatabaseSchema editedTables(IndexedPart<TableSpec> part) {
    return new DatabaseSchemaBuilder()
        .from(this)
        .tables(part.items())
        .extras(part.extras())
        .build();
  }
}
