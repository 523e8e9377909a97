package dev.plandoc.sql.internal;

import dev.plandoc.model.ddl.ForeignKeyTarget;
import dev.plandoc.sql.internal.Tokens.Run;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A column as written: one element of a {@code CREATE TABLE} column list (or of {@code ALTER TABLE
 * … ADD COLUMN}), read from its tokens. The type and the default are the author's text; the
 * constraints are the words at the element's top level.
 *
 * @param name the name without quotes
 * @param type the type as written, up to the first constraint
 * @param notNull whether {@code NOT NULL} is written
 * @param defaultValue the {@code DEFAULT} expression as written
 * @param primaryKey whether {@code PRIMARY KEY} is written
 * @param unique whether {@code UNIQUE} is written
 * @param references what {@code REFERENCES} names
 */
record ColumnSpans(
    String name,
    String type,
    boolean notNull,
    Optional<String> defaultValue,
    boolean primaryKey,
    boolean unique,
    Optional<ForeignKeyTarget> references) {

  /** The words that end a column's type (and a default's expression): its constraints. */
  static final Set<String> CONSTRAINTS =
      Set.of(
          "NOT",
          "NULL",
          "DEFAULT",
          "PRIMARY",
          "UNIQUE",
          "REFERENCES",
          "CHECK",
          "CONSTRAINT",
          "COLLATE",
          "GENERATED",
          "AUTO_INCREMENT",
          "AUTOINCREMENT",
          "IDENTITY",
          "COMMENT",
          "ON",
          "AS",
          "CODEC",
          "TTL",
          "MATERIALIZED",
          "ALIAS",
          "EPHEMERAL",
          "KEY",
          "ENCODE",
          "STORED",
          "VIRTUAL",
          "INVISIBLE",
          "VISIBLE",
          "DEFERRABLE",
          "INITIALLY");

  /** The column of an element whose first token is its name. */
  static ColumnSpans read(String script, List<SqlToken> tokens, Run element) {
    String name = tokens.get(element.from()).name();
    Run rest = new Run(element.from() + 1, element.to());
    int typeEnd = Tokens.firstAtTop(tokens, rest, CONSTRAINTS);
    String type = Tokens.text(script, tokens, new Run(rest.from(), typeEnd));
    Run constraints = new Run(typeEnd, element.to());
    int not = Tokens.indexAtTop(tokens, constraints, "NOT");
    boolean notNull = false;
    while (not >= 0 && !notNull) {
      notNull = not + 1 < element.to() && tokens.get(not + 1).is("NULL");
      Run after = new Run(not + 1, element.to());
      not =
          notNull ? not : Tokens.indexAtTop(tokens, after, "NOT"); // NOT DEFERRABLE, then NOT NULL
    }
    Optional<String> defaultValue = Optional.empty();
    int def = Tokens.indexAtTop(tokens, constraints, "DEFAULT");
    if (def >= 0 && def + 1 < element.to()) {
      int end = Tokens.firstAtTop(tokens, new Run(def + 2, element.to()), CONSTRAINTS);
      defaultValue = Optional.of(Tokens.text(script, tokens, new Run(def + 1, end)));
    }
    int primary = Tokens.indexAtTop(tokens, constraints, "PRIMARY");
    boolean primaryKey =
        primary >= 0 && primary + 1 < element.to() && tokens.get(primary + 1).is("KEY");
    boolean unique = Tokens.indexAtTop(tokens, constraints, "UNIQUE") >= 0;
    Optional<ForeignKeyTarget> references = Optional.empty();
    int ref = Tokens.indexAtTop(tokens, constraints, "REFERENCES");
    if (ref >= 0) {
      references = target(tokens, ref + 1, element.to());
    }
    return new ColumnSpans(name, type, notNull, defaultValue, primaryKey, unique, references);
  }

  /** The table and columns after {@code REFERENCES}, starting at {@code i}. */
  static Optional<ForeignKeyTarget> target(List<SqlToken> tokens, int i, int end) {
    Tokens.Named table = Tokens.name(tokens, i);
    if (table == null || table.next() > end) {
      return Optional.empty();
    }
    List<String> columns =
        table.next() < end && tokens.get(table.next()).is('(')
            ? Tokens.nameList(tokens, table.next())
            : List.of();
    return Optional.of(new ForeignKeyTarget(table.name(), columns));
  }
}
