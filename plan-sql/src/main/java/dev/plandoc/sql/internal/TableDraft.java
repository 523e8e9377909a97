package dev.plandoc.sql.internal;

import dev.plandoc.model.ddl.ColumnDefinition;
import dev.plandoc.model.ddl.DdlStatus;
import dev.plandoc.model.ddl.ForeignKeyDefinition;
import dev.plandoc.model.ddl.ForeignKeyTarget;
import dev.plandoc.model.ddl.IndexDefinition;
import dev.plandoc.model.ddl.TableDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A table being put together: its {@code CREATE TABLE}, then the indexes and {@code ALTER TABLE}s
 * the rest of the schema section adds to it. One per table per parse.
 */
final class TableDraft {
  final String name;
  final List<ColumnSpans> columns = new ArrayList<>();
  final List<String> primaryKey = new ArrayList<>();
  final List<String> uniqueColumns = new ArrayList<>();
  final List<IndexDefinition> indexes = new ArrayList<>();
  final List<ForeignKeyDefinition> foreignKeys = new ArrayList<>();

  TableDraft(String name) {
    this.name = name;
  }

  /** Adds a column, with its own foreign key when it references a table. */
  void addColumn(ColumnSpans column) {
    columns.add(column);
    column
        .references()
        .ifPresent(
            t ->
                foreignKeys.add(
                    new ForeignKeyDefinition(Optional.empty(), List.of(column.name()), t)));
  }

  /** Adds a table-level unique constraint or unique key. */
  void addUnique(Optional<String> indexName, List<String> keys, Optional<String> method) {
    indexes.add(new IndexDefinition(indexName, keys, true, method, Optional.empty()));
    if (keys.size() == 1) {
      uniqueColumns.add(keys.get(0));
    }
  }

  TableDefinition build() {
    List<String> key = new ArrayList<>(primaryKey);
    if (key.isEmpty()) {
      columns.stream().filter(ColumnSpans::primaryKey).forEach(c -> key.add(c.name()));
    }
    List<ColumnDefinition> out = new ArrayList<>();
    for (ColumnSpans c : columns) {
      boolean inKey = key.stream().anyMatch(k -> k.equalsIgnoreCase(c.name()));
      boolean unique =
          c.unique() || uniqueColumns.stream().anyMatch(u -> u.equalsIgnoreCase(c.name()));
      Optional<ForeignKeyTarget> references = c.references();
      if (references.isEmpty()) {
        references =
            foreignKeys.stream()
                .filter(
                    f -> f.columns().size() == 1 && f.columns().get(0).equalsIgnoreCase(c.name()))
                .map(ForeignKeyDefinition::target)
                .findFirst();
      }
      out.add(
          new ColumnDefinition(
              c.name(),
              c.type(),
              !c.notNull() && !inKey,
              c.defaultValue(),
              inKey,
              unique,
              references));
    }
    return new TableDefinition(
        name, DdlStatus.TYPED, Optional.empty(), out, key, indexes, foreignKeys);
  }
}
