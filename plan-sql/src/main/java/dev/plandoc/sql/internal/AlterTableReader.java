package dev.plandoc.sql.internal;

import dev.plandoc.model.ddl.ForeignKeyDefinition;
import dev.plandoc.sql.internal.Tokens.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;

/**
 * One {@code ALTER TABLE}: the columns it adds ({@code ADD [COLUMN]}) and the keys it adds ({@code
 * ADD [CONSTRAINT n] PRIMARY KEY | UNIQUE | FOREIGN KEY}). Other actions (drops, renames, type
 * changes) are not applied to the view. JSqlParser must read the statement as an {@code ALTER} of
 * the same table, and agree on every added column; otherwise only the table's name is kept, as a
 * table the plan alters.
 */
final class AlterTableReader {
  private AlterTableReader() {}

  /** What an {@code ALTER TABLE} adds to a table. */
  record Additions(
      String table,
      List<ColumnSpans> columns,
      List<String> primaryKey,
      List<List<String>> uniques,
      List<ForeignKeyDefinition> foreignKeys) {}

  /** Reads a statement that starts {@code ALTER TABLE}; empty when it names no table. */
  static Optional<Additions> read(SqlStatement st, Jsql jsql) {
    List<SqlToken> t = st.tokens();
    int i = 2;
    if (i + 1 < t.size() && t.get(i).is("IF") && t.get(i + 1).is("EXISTS")) {
      i += 2;
    }
    if (i < t.size() && t.get(i).is("ONLY")) {
      i++;
    }
    Tokens.Named table = Tokens.name(t, i);
    if (table == null) {
      return Optional.empty();
    }
    Additions none = new Additions(table.name(), List.of(), List.of(), List.of(), List.of());
    Run actions = new Run(table.next(), t.size());
    Jsql.Parse p = jsql.parse(st.text(), st);
    if (!p.ok()) {
      Blanks b = new Blanks(st);
      Tokens.commaSeparated(t, actions).forEach(a -> ReferentialActions.blank(t, a, b));
      p = jsql.parse(b.toString(), st);
    }
    if (!(p.statement() instanceof Alter alter)
        || !Tokens.unquoted(alter.getTable().getFullyQualifiedName())
            .equalsIgnoreCase(table.name())) {
      return Optional.of(none);
    }
    List<ColumnDefinition> parsedColumns = new ArrayList<>();
    if (alter.getAlterExpressions() != null) {
      for (AlterExpression e : alter.getAlterExpressions()) {
        if (e.getColDataTypeList() != null) {
          parsedColumns.addAll(e.getColDataTypeList());
        }
      }
    }
    List<ColumnSpans> columns = new ArrayList<>();
    List<String> primaryKey = new ArrayList<>();
    List<List<String>> uniques = new ArrayList<>();
    List<ForeignKeyDefinition> foreignKeys = new ArrayList<>();
    for (Run action : Tokens.commaSeparated(t, actions)) {
      if (action.isEmpty() || !t.get(action.from()).is("ADD")) {
        continue;
      }
      int j = action.from() + 1;
      Optional<String> name = Optional.empty();
      if (j + 1 < action.to() && t.get(j).is("CONSTRAINT")) {
        name = Optional.of(t.get(j + 1).name());
        j += 2;
      }
      if (j + 1 < action.to() && t.get(j).is("PRIMARY") && t.get(j + 1).is("KEY")) {
        keyList(t, j + 2, action).ifPresent(primaryKey::addAll);
      } else if (j < action.to() && t.get(j).is("UNIQUE")) {
        int open = j + 1 < action.to() && t.get(j + 1).is("KEY") ? j + 2 : j + 1;
        keyList(t, open, action).ifPresent(uniques::add);
      } else if (j + 1 < action.to() && t.get(j).is("FOREIGN") && t.get(j + 1).is("KEY")) {
        Optional<List<String>> from = keyList(t, j + 2, action);
        int ref = Tokens.indexAtTop(t, action, "REFERENCES");
        if (from.isPresent() && ref >= 0) {
          Optional<String> fkName = name;
          ColumnSpans.target(t, ref + 1, action.to())
              .ifPresent(
                  target -> foreignKeys.add(new ForeignKeyDefinition(fkName, from.get(), target)));
        }
      } else if (name.isEmpty() && j < action.to() && !t.get(j).is("CHECK")) {
        if (t.get(j).is("COLUMN")) {
          j++;
        }
        if (j + 2 < action.to() && t.get(j).is("IF") && t.get(j + 1).is("NOT")) {
          j += 3;
        }
        if (j < action.to()) {
          columns.add(ColumnSpans.read(st.script(), t, new Run(j, action.to())));
        }
      }
    }
    if (columns.size() != parsedColumns.size()) {
      return Optional.of(none);
    }
    for (int c = 0; c < columns.size(); c++) {
      if (Agreement.of(columns.get(c), parsedColumns.get(c)).isPresent()) {
        return Optional.of(none);
      }
    }
    return Optional.of(new Additions(table.name(), columns, primaryKey, uniques, foreignKeys));
  }

  /** The names in the parentheses at {@code open}, when there are parentheses there. */
  private static Optional<List<String>> keyList(List<SqlToken> t, int open, Run action) {
    return open < action.to() && t.get(open).is('(')
        ? Optional.of(Tokens.nameList(t, open))
        : Optional.empty();
  }
}
