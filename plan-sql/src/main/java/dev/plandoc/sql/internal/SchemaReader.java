package dev.plandoc.sql.internal;

import dev.plandoc.model.DatabaseSchema;
import dev.plandoc.model.TableSpec;
import dev.plandoc.model.ddl.DdlStatus;
import dev.plandoc.model.ddl.SchemaDefinition;
import dev.plandoc.model.ddl.TableDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A schema section's DDL put together: each table's own {@code CREATE TABLE} (the one that bears
 * its name, or its first), then every {@code CREATE INDEX} and {@code ALTER TABLE} of the section
 * applied to the table it names, wherever in the section it is written. Other statements ({@code
 * CREATE TYPE}, {@code COMMENT ON}, inserts) are not part of the view.
 */
public final class SchemaReader {
  private SchemaReader() {}

  /** The typed view of a schema section. */
  public static SchemaDefinition read(DatabaseSchema schema, Jsql jsql) {
    List<TableDraft> drafts = new ArrayList<>();
    List<TableDefinition> untyped = new ArrayList<>();
    List<CreateIndexReader.OnTable> indexes = new ArrayList<>();
    List<AlterTableReader.Additions> alters = new ArrayList<>();
    List<String> others = new ArrayList<>();
    for (TableSpec spec : schema.tables()) {
      List<SqlStatement> tables = new ArrayList<>();
      for (SqlStatement st : SqlStatement.split(spec.ddl())) {
        Kind kind = Kind.of(st);
        if (kind == Kind.TABLE) {
          tables.add(st);
        } else if (kind == Kind.INDEX) {
          CreateIndexReader.read(st, jsql).ifPresent(indexes::add);
        } else if (kind == Kind.ALTER) {
          AlterTableReader.read(st, jsql).ifPresent(alters::add);
        }
      }
      // The table's own CREATE TABLE is the one that bears its name, or its first.
      List<String> names = tables.stream().map(CreateTableReader::nameOf).toList();
      int own = 0;
      for (int t = 0; t < names.size(); t++) {
        if (TableDefinition.sameTable(names.get(t), spec.name())) {
          own = t;
          break;
        }
      }
      SqlStatement chosen = tables.isEmpty() ? null : tables.get(own);
      for (int t = 0; t < names.size(); t++) {
        if (t != own) {
          others.add(names.get(t));
        }
      }
      if (chosen == null) {
        drafts.add(null);
        untyped.add(TableDefinition.untyped(spec.name(), DdlStatus.NO_SQL, Optional.empty()));
        continue;
      }
      CreateTableReader.Read read = CreateTableReader.read(chosen, jsql);
      drafts.add(read.draft());
      untyped.add(
          read.draft() != null
              ? null
              : TableDefinition.untyped(
                  read.name().isEmpty() ? spec.name() : read.name(),
                  DdlStatus.UNREADABLE,
                  Optional.of(read.problem())));
    }
    for (CreateIndexReader.OnTable index : indexes) {
      draftOf(drafts, index.table()).ifPresent(d -> d.indexes.add(index.index()));
    }
    for (AlterTableReader.Additions alter : alters) {
      Optional<TableDraft> draft = draftOf(drafts, alter.table());
      if (draft.isPresent()) {
        TableDraft d = draft.get();
        alter.columns().forEach(d::addColumn);
        d.primaryKey.addAll(alter.primaryKey());
        alter.uniques().forEach(u -> d.addUnique(Optional.empty(), u, Optional.empty()));
        d.foreignKeys.addAll(alter.foreignKeys());
      } else if (!isDefined(schema, untyped, alter.table())
          && others.stream().noneMatch(o -> TableDefinition.sameTable(o, alter.table()))) {
        others.add(alter.table());
      }
    }
    List<TableDefinition> out = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      out.add(drafts.get(i) != null ? drafts.get(i).build() : untyped.get(i));
    }
    return new SchemaDefinition(out, others);
  }

  private static Optional<TableDraft> draftOf(List<TableDraft> drafts, String table) {
    return drafts.stream()
        .filter(d -> d != null && TableDefinition.sameTable(d.name, table))
        .findFirst();
  }

  /** Whether an untyped table of the plan bears the name. */
  private static boolean isDefined(
      DatabaseSchema schema, List<TableDefinition> untyped, String table) {
    for (int i = 0; i < untyped.size(); i++) {
      if (untyped.get(i) != null
          && (TableDefinition.sameTable(untyped.get(i).name(), table)
              || TableDefinition.sameTable(schema.tables().get(i).name(), table))) {
        return true;
      }
    }
    return false;
  }

  /** The statements the view reads. */
  private enum Kind {
    TABLE,
    INDEX,
    ALTER,
    OTHER;

    static Kind of(SqlStatement st) {
      if (st.startsWith("ALTER", "TABLE")) {
        return ALTER;
      }
      if (!st.startsWith("CREATE")) {
        return OTHER;
      }
      for (int i = 1; i < st.tokens().size() && i < 6; i++) {
        SqlToken t = st.tokens().get(i);
        if (t.is("INDEX")) {
          return INDEX;
        }
        if (t.is("TABLE")) {
          return CreateTableReader.isPartition(st) ? OTHER : TABLE;
        }
        if (!t.is("OR")
            && !t.is("REPLACE")
            && !t.is("GLOBAL")
            && !t.is("LOCAL")
            && !t.is("TEMP")
            && !t.is("TEMPORARY")
            && !t.is("UNLOGGED")
            && !t.is("VIRTUAL")
            && !t.is("UNIQUE")
            && !t.is("FULLTEXT")
            && !t.is("SPATIAL")) {
          return OTHER;
        }
      }
      return OTHER;
    }
  }
}
