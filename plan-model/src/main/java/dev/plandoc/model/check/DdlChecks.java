package dev.plandoc.model.check;

import dev.plandoc.model.DatabaseSchema;
import dev.plandoc.model.TableSpec;
import dev.plandoc.model.ddl.DdlStatus;
import dev.plandoc.model.ddl.ForeignKeyDefinition;
import dev.plandoc.model.ddl.IndexDefinition;
import dev.plandoc.model.ddl.SchemaDefinition;
import dev.plandoc.model.ddl.TableDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rules over the typed view of the DDL: PLAN-E007 (an index on a column the table does not
 * have), PLAN-W007 (a foreign key to a table the plan does not know) and PLAN-I007 (DDL the parser
 * cannot read).
 */
final class DdlChecks {
  static final Set<Rule> RULES =
      Set.of(Rule.INDEX_ON_UNKNOWN_COLUMN, Rule.FOREIGN_KEY_TO_UNKNOWN_TABLE, Rule.UNREADABLE_DDL);

  /** Where a check reports. */
  interface Reporter {
    void report(Rule rule, String path, String message);
  }

  private DdlChecks() {}

  static void check(DatabaseSchema schema, SchemaDefinition definition, Reporter out) {
    List<String> known = knownTables(schema, definition);
    for (int i = 0; i < definition.tables().size(); i++) {
      TableDefinition t = definition.tables().get(i);
      String at = "databaseSchema.tables[" + i + "].ddl";
      if (t.status() == DdlStatus.UNREADABLE) {
        out.report(
            Rule.UNREADABLE_DDL,
            at,
            "the CREATE TABLE of " + t.name() + " is kept as text only: " + t.problem().get());
      }
      for (IndexDefinition index : t.indexes()) {
        for (String key : index.columns()) {
          if (IndexDefinition.isColumnName(key) && t.column(key).isEmpty()) {
            out.report(
                Rule.INDEX_ON_UNKNOWN_COLUMN,
                at,
                index.name().map(n -> "index " + n).orElse("an index")
                    + " names column "
                    + key
                    + ", which table "
                    + t.name()
                    + " does not have");
          }
        }
      }
      for (ForeignKeyDefinition fk : t.foreignKeys()) {
        if (known.stream().noneMatch(k -> TableDefinition.sameTable(k, fk.target().table()))) {
          out.report(
              Rule.FOREIGN_KEY_TO_UNKNOWN_TABLE,
              at,
              "table "
                  + t.name()
                  + " references "
                  + fk.target().table()
                  + ", which the plan neither defines nor alters");
        }
      }
    }
  }

  /** The plan's table names, those its DDL creates, and the other tables it names. */
  private static List<String> knownTables(DatabaseSchema schema, SchemaDefinition definition) {
    List<String> known = new ArrayList<>();
    for (TableSpec t : schema.tables()) {
      known.add(t.name());
    }
    definition.tables().forEach(t -> known.add(t.name()));
    known.addAll(definition.otherTables());
    return known;
  }
}
