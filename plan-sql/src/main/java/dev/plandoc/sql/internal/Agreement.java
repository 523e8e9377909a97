package dev.plandoc.sql.internal;

import java.util.List;
import java.util.Optional;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;

/**
 * Whether a column read from its tokens and the same column as JSqlParser read it agree: the same
 * name, the same type (white space and case aside), and the same {@code NOT NULL}, {@code DEFAULT},
 * {@code PRIMARY KEY} and {@code REFERENCES}. A disagreement means one of the two misread a dialect
 * ({@code LowCardinality(String)} read as the type {@code LowCardinality}).
 */
final class Agreement {
  private Agreement() {}

  /** Why the two disagree, or empty when they agree. */
  static Optional<String> of(ColumnSpans written, ColumnDefinition parsed) {
    String name = Tokens.unquoted(parsed.getColumnName());
    if (!name.equalsIgnoreCase(written.name())) {
      return Optional.of(
          "the SQL parser reads a column " + name + " where " + written.name() + " is written");
    }
    String type = parsed.getColDataType() == null ? "" : parsed.getColDataType().toString();
    if (!Tokens.squeezed(type).equals(Tokens.squeezed(written.type()))) {
      return Optional.of(
          "the SQL parser reads the type of column "
              + written.name()
              + " as "
              + type
              + ", but it is written "
              + written.type());
    }
    List<String> specs = parsed.getColumnSpecs() == null ? List.of() : parsed.getColumnSpecs();
    if (has(specs, "NOT", "NULL") != written.notNull()
        || has(specs, "DEFAULT") != written.defaultValue().isPresent()
        || has(specs, "PRIMARY", "KEY") != written.primaryKey()
        || has(specs, "REFERENCES") != written.references().isPresent()) {
      return Optional.of(
          "the SQL parser reads the constraints of column "
              + written.name()
              + " differently from how they are written");
    }
    return Optional.empty();
  }

  /** Whether the spec words have {@code words} in a row. */
  private static boolean has(List<String> specs, String... words) {
    for (int i = 0; i + words.length <= specs.size(); i++) {
      boolean all = true;
      for (int j = 0; j < words.length && all; j++) {
        all = specs.get(i + j).equalsIgnoreCase(words[j]);
      }
      if (all) {
        return true;
      }
    }
    return false;
  }
}
