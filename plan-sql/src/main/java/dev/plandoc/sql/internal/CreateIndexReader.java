package dev.plandoc.sql.internal;

import dev.plandoc.model.ddl.IndexDefinition;
import dev.plandoc.sql.internal.Tokens.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.sf.jsqlparser.statement.create.index.CreateIndex;

/**
 * One {@code CREATE INDEX}: JSqlParser confirms that it is one and which table it is on; its keys,
 * method and predicate are read from the tokens, as written ({@code lower(email)} is a key, where
 * JSqlParser 5.3 gives {@code lower}). A second parse blanks what JSqlParser does not read and the
 * view does not need: {@code CONCURRENTLY}, {@code NULLS LAST}, {@code INCLUDE (…)}, {@code WITH
 * (…)}, a partial index's {@code WHERE} (5.3 stops at {@code IS NULL}). An index the two do not
 * agree on is left out of the view.
 */
final class CreateIndexReader {
  /** Words after a key that order it or name its operator class; not part of the key. */
  private static final Set<String> KEY_TAIL = Set.of("ASC", "DESC", "NULLS", "FIRST", "LAST");

  private CreateIndexReader() {}

  /** An index and the table it is on. */
  record OnTable(String table, IndexDefinition index) {}

  /** Reads a statement that starts {@code CREATE [UNIQUE] INDEX}. */
  static Optional<OnTable> read(SqlStatement st, Jsql jsql) {
    List<SqlToken> t = st.tokens();
    int i = 1;
    boolean unique = false;
    if (i < t.size() && t.get(i).is("UNIQUE")) {
      unique = true;
      i++;
    }
    while (i < t.size() && !t.get(i).is("INDEX")) {
      i++; // FULLTEXT, SPATIAL, CLUSTERED …
    }
    i++;
    int concurrently = i < t.size() && t.get(i).is("CONCURRENTLY") ? i++ : -1;
    if (i + 2 < t.size() && t.get(i).is("IF") && t.get(i + 1).is("NOT")) {
      i += 3;
    }
    Optional<String> name = Optional.empty();
    if (i < t.size() && !t.get(i).is("ON")) {
      Tokens.Named n = Tokens.name(t, i);
      if (n == null) {
        return Optional.empty();
      }
      name = Optional.of(n.name());
      i = n.next();
    }
    Optional<String> method = Optional.empty();
    if (i + 1 < t.size() && t.get(i).is("USING")) {
      method = Optional.of(t.get(i + 1).text());
      i += 2;
    }
    if (i >= t.size() || !t.get(i).is("ON")) {
      return Optional.empty();
    }
    i++;
    if (i < t.size() && t.get(i).is("ONLY")) {
      i++;
    }
    Tokens.Named table = Tokens.name(t, i);
    if (table == null) {
      return Optional.empty();
    }
    i = table.next();
    if (i + 1 < t.size() && t.get(i).is("USING")) {
      method = Optional.of(t.get(i + 1).text());
      i += 2;
    }
    if (i >= t.size() || !t.get(i).is('(')) {
      return Optional.empty();
    }
    int close = Tokens.closing(t, i);
    if (close < 0) {
      return Optional.empty();
    }
    List<String> keys = keys(st, new Run(i + 1, close));
    int where = Tokens.indexAtTop(t, new Run(close + 1, t.size()), "WHERE");
    Optional<String> predicate =
        where < 0
            ? Optional.empty()
            : Optional.of(Tokens.text(st.script(), t, new Run(where + 1, t.size())));
    if (!confirmed(st, jsql, table.name(), keys.size(), concurrently, i, close)) {
      return Optional.empty();
    }
    return Optional.of(
        new OnTable(table.name(), new IndexDefinition(name, keys, unique, method, predicate)));
  }

  /** Whether JSqlParser reads the statement, or its core, as an index on the same table. */
  private static boolean confirmed(
      SqlStatement st, Jsql jsql, String table, int keys, int concurrently, int open, int close) {
    Jsql.Parse p = jsql.parse(st.text(), st);
    if (!p.ok()) {
      Blanks b = new Blanks(st);
      if (concurrently >= 0) {
        b.blank(new Run(concurrently, concurrently + 1));
      }
      for (int k = open + 1; k + 1 < close; k++) {
        if (st.tokens().get(k).is("NULLS")) {
          b.blank(new Run(k, k + 2)); // NULLS FIRST / LAST, which 5.3 does not read in a key
        }
      }
      b.blank(new Run(close + 1, st.tokens().size()));
      p = jsql.parse(b.toString(), st);
    }
    return p.ok()
        && p.statement() instanceof CreateIndex ci
        && ci.getTable() != null
        && Tokens.unquoted(ci.getTable().getFullyQualifiedName()).equalsIgnoreCase(table)
        && ci.getIndex() != null
        && ci.getIndex().getColumnsNames() != null
        && ci.getIndex().getColumnsNames().size() == keys;
  }

  /** The keys of the list: a name without its ordering, or an expression as written. */
  private static List<String> keys(SqlStatement st, Run list) {
    List<SqlToken> t = st.tokens();
    List<String> out = new ArrayList<>();
    for (Run key : Tokens.commaSeparated(t, list)) {
      int end = key.to();
      int collate = Tokens.indexAtTop(t, key, "COLLATE");
      if (collate >= 0) {
        end = collate;
      }
      while (end > key.from() + 1 && KEY_TAIL.contains(t.get(end - 1).keyword())) {
        end--;
      }
      boolean name = Tokens.isName(t.get(key.from()));
      if (name
          && (end == key.from() + 1
              || (end == key.from() + 2 && Tokens.isName(t.get(key.from() + 1))))) {
        out.add(t.get(key.from()).name()); // a column, perhaps with an operator class
      } else {
        out.add(Tokens.text(st.script(), t, new Run(key.from(), end)));
      }
    }
    return out;
  }
}
