package dev.plandoc.examples;

import dev.plandoc.markdown.MarkdownPlanReader;
import dev.plandoc.model.DatabaseSchema;
import dev.plandoc.model.Plan;
import dev.plandoc.model.ddl.ColumnDefinition;
import dev.plandoc.model.ddl.DdlStatus;
import dev.plandoc.model.ddl.IndexDefinition;
import dev.plandoc.model.ddl.SchemaDefinition;
import dev.plandoc.model.ddl.TableDefinition;
import dev.plandoc.sql.SqlDdlParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Markdown plan and prints each table of its database schema with its columns: the type as
 * written, {@code NOT NULL}, the default, the keys and what a column references, then the table's
 * indexes. A table whose DDL the parser cannot read says why; one with no SQL says so.
 *
 * <pre>{@code
 * java -cp examples/target/classes:plan-cli/target/plan.jar dev.plandoc.examples.PrintTableColumns PLAN.md
 * }</pre>
 */
public final class PrintTableColumns {
  private PrintTableColumns() {}

  /**
   * Prints the tables.
   *
   * @param args the Markdown plan (default: the shipped sample)
   * @throws IOException when the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    String markdown =
        args.length > 0 ? Files.readString(Path.of(args[0])) : ReadMarkdownPlan.sample();
    Plan plan = MarkdownPlanReader.builder().build().read(markdown).plan();
    DatabaseSchema schema = plan.databaseSchema().orElse(null);
    if (schema == null) {
      System.out.println("the plan has no database schema section");
      return;
    }
    // The typed view is computed from the DDL text, which stays what the plan keeps and writes.
    SchemaDefinition view = SqlDdlParser.create().parse(schema);
    for (TableDefinition table : view.tables()) {
      if (table.status() == DdlStatus.NO_SQL) {
        System.out.println(table.name() + ": no SQL DDL");
        continue;
      }
      if (table.status() == DdlStatus.UNREADABLE) {
        System.out.println(table.name() + ": kept as text (" + table.problem().orElseThrow() + ")");
        continue;
      }
      System.out.println(
          table.name() + " (primary key " + String.join(", ", table.primaryKey()) + ")");
      for (ColumnDefinition c : table.columns()) {
        System.out.println("  " + c.name() + " " + c.type() + describe(c));
      }
      for (IndexDefinition i : table.indexes()) {
        System.out.println(
            "  index "
                + i.name().orElse("(unnamed)")
                + (i.unique() ? " unique" : "")
                + " ("
                + String.join(", ", i.columns())
                + ")"
                + i.where().map(w -> " where " + w).orElse(""));
      }
    }
  }

  private static String describe(ColumnDefinition c) {
    List<String> facts = new ArrayList<>();
    if (!c.nullable()) {
      facts.add("not null");
    }
    c.defaultValue().ifPresent(d -> facts.add("default " + d));
    if (c.primaryKey()) {
      facts.add("primary key");
    }
    if (c.unique()) {
      facts.add("unique");
    }
    c.references().ifPresent(r -> facts.add("-> " + r.table() + r.columns()));
    return facts.isEmpty() ? "" : "  [" + String.join(", ", facts) + "]";
  }
}
