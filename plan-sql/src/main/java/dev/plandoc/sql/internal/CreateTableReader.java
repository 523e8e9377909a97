package dev.plandoc.sql.internal;

import dev.plandoc.model.ddl.ForeignKeyDefinition;
import dev.plandoc.model.ddl.ForeignKeyTarget;
import dev.plandoc.model.ddl.IndexDefinition;
import dev.plandoc.sql.internal.Tokens.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.sf.jsqlparser.statement.create.table.CheckConstraint;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.table.ExcludeConstraint;
import net.sf.jsqlparser.statement.create.table.ForeignKeyIndex;
import net.sf.jsqlparser.statement.create.table.Index;

/**
 * One {@code CREATE TABLE}, read twice: by JSqlParser, for its structure (which elements are
 * columns, which constraints there are and what they name), and from its tokens, for the text as
 * written (a type, a default). The two must agree on every column; where they do not, the parser
 * has misread a dialect, and the table is not typed at all: a value typed wrong is worse than one
 * kept as text.
 *
 * <p>What the parser does not need is blanked out before a second try: the table options after the
 * column list ({@code PARTITION BY …}, {@code ENGINE = …}, {@code WITHOUT ROWID}), exclusion
 * constraints, and a foreign key's referential actions ({@code ON DELETE SET NULL}), none of which
 * the typed view has.
 */
final class CreateTableReader {
  /** The words that start a table constraint rather than a column. */
  private static final Set<String> CONSTRAINT_STARTS =
      Set.of(
          "CONSTRAINT",
          "PRIMARY",
          "UNIQUE",
          "FOREIGN",
          "CHECK",
          "EXCLUDE",
          "FULLTEXT",
          "SPATIAL",
          "PERIOD",
          "LIKE");

  private CreateTableReader() {}

  /** A read: the draft, or why there is none. */
  record Read(String name, TableDraft draft, String problem) {}

  /** The table a {@code CREATE … TABLE} statement names, unquoted; empty when it names none. */
  static String nameOf(SqlStatement st) {
    Tokens.Named name = named(st);
    return name == null ? "" : name.name();
  }

  /** Whether a {@code CREATE TABLE} is a partition of another table, which adds no table. */
  static boolean isPartition(SqlStatement st) {
    Tokens.Named name = named(st);
    return name != null
        && name.next() + 1 < st.tokens().size()
        && st.tokens().get(name.next()).is("PARTITION")
        && st.tokens().get(name.next() + 1).is("OF");
  }

  private static Tokens.Named named(SqlStatement st) {
    List<SqlToken> tokens = st.tokens();
    int i = 0;
    while (i < tokens.size() && !tokens.get(i).is("TABLE")) {
      i++;
    }
    i++;
    if (i + 2 < tokens.size() && tokens.get(i).is("IF") && tokens.get(i + 1).is("NOT")) {
      i += 3;
    }
    return Tokens.name(tokens, i);
  }

  /** Reads a statement that starts a {@code CREATE … TABLE}. */
  static Read read(SqlStatement st, Jsql jsql) {
    List<SqlToken> tokens = st.tokens();
    Tokens.Named name = named(st);
    if (name == null) {
      return new Read("", null, "the CREATE TABLE names no table");
    }
    int open = name.next();
    if (open >= tokens.size() || !tokens.get(open).is('(')) {
      return new Read(name.name(), null, "the CREATE TABLE has no column list");
    }
    int close = Tokens.closing(tokens, open);
    if (close < 0) {
      return new Read(name.name(), null, "the column list of the CREATE TABLE does not close");
    }
    List<Run> elements = Tokens.commaSeparated(tokens, new Run(open + 1, close));
    Jsql.Parse parse = jsql.parse(st.text(), st);
    if (!parse.ok()) {
      Jsql.Parse again = jsql.parse(withoutExtras(st, elements, close), st);
      parse = again.ok() ? again : parse;
    }
    if (!parse.ok()) {
      return new Read(name.name(), null, parse.problem());
    }
    if (!(parse.statement() instanceof CreateTable ct)) {
      return new Read(name.name(), null, "the SQL parser does not read it as a CREATE TABLE");
    }
    return typed(st, name.name(), elements, ct);
  }

  private static Read typed(SqlStatement st, String name, List<Run> elements, CreateTable ct) {
    List<SqlToken> tokens = st.tokens();
    List<Run> columns = new ArrayList<>();
    for (Run e : elements) {
      if (!e.isEmpty() && !isConstraint(tokens, e)) {
        columns.add(e);
      }
    }
    List<ColumnDefinition> parsed =
        ct.getColumnDefinitions() == null ? List.of() : ct.getColumnDefinitions();
    if (parsed.size() != columns.size()) {
      return new Read(
          name, null, "the SQL parser reads a different set of columns than is written");
    }
    TableDraft draft = new TableDraft(name);
    for (int c = 0; c < columns.size(); c++) {
      ColumnSpans spans = ColumnSpans.read(st.script(), tokens, columns.get(c));
      Optional<String> disagreement = Agreement.of(spans, parsed.get(c));
      if (disagreement.isPresent()) {
        return new Read(name, null, disagreement.get());
      }
      draft.addColumn(spans);
    }
    if (ct.getIndexes() != null) {
      for (Index index : ct.getIndexes()) {
        constraint(draft, index);
      }
    }
    return new Read(name, draft, null);
  }

  /** A table-level constraint or index, as JSqlParser read it. */
  private static void constraint(TableDraft draft, Index index) {
    if (index instanceof CheckConstraint || index instanceof ExcludeConstraint) {
      return; // no key, no index of the typed view
    }
    List<String> columns = names(index.getColumnsNames());
    Optional<String> name = Optional.ofNullable(index.getName()).map(Tokens::unquoted);
    Optional<String> method = Optional.ofNullable(index.getUsing());
    String type = String.valueOf(index.getType()).toUpperCase(Locale.ROOT);
    if (index instanceof ForeignKeyIndex fk) {
      draft.foreignKeys.add(
          new ForeignKeyDefinition(
              name,
              columns,
              new ForeignKeyTarget(
                  Tokens.unquoted(fk.getTable().getFullyQualifiedName()),
                  names(fk.getReferencedColumnNames()))));
    } else if (type.equals("PRIMARY KEY")) {
      draft.primaryKey.addAll(columns);
    } else if (type.startsWith("UNIQUE")) {
      draft.addUnique(name, columns, method);
    } else if (!columns.isEmpty()) {
      draft.indexes.add(new IndexDefinition(name, columns, false, method, Optional.empty()));
    }
  }

  static List<String> names(List<String> names) {
    List<String> out = new ArrayList<>();
    if (names != null) {
      names.forEach(n -> out.add(Tokens.unquoted(n)));
    }
    return out;
  }

  private static boolean isConstraint(List<SqlToken> tokens, Run e) {
    SqlToken first = tokens.get(e.from());
    if (first.kind() != SqlToken.Kind.WORD) {
      return false;
    }
    String k = first.keyword();
    if (CONSTRAINT_STARTS.contains(k)) {
      // UNIQUE and CHECK start a constraint; a column named "unique" would need quotes
      return true;
    }
    if (k.equals("KEY") || k.equals("INDEX")) {
      // MySQL's KEY name (…) / INDEX (…); a column named key has a type after its name instead
      return e.to() - e.from() > 1
          && (tokens.get(e.from() + 1).is('(')
              || (e.to() - e.from() > 2 && tokens.get(e.from() + 2).is('('))
              || tokens.get(e.from() + 1).is("USING"));
    }
    return false;
  }

  /**
   * The statement with what the typed view does not need blanked: the table options, exclusion
   * constraints, referential actions and deferral clauses.
   */
  private static String withoutExtras(SqlStatement st, List<Run> elements, int close) {
    List<SqlToken> tokens = st.tokens();
    Blanks b = new Blanks(st);
    b.blank(new Run(close + 1, tokens.size()));
    for (Run e : elements) {
      if (!e.isEmpty() && tokens.get(e.from()).is("EXCLUDE")) {
        // with the comma that joins it to its neighbours: before it, or after it when it is first
        boolean first = tokens.get(e.from() - 1).is('(');
        b.blank(
            first ? new Run(e.from(), Math.min(e.to() + 1, close)) : new Run(e.from() - 1, e.to()));
      } else {
        ReferentialActions.blank(tokens, e, b);
      }
    }
    return b.toString();
  }
}
