package dev.plandoc.sql;

import dev.plandoc.markdown.MarkdownPlanReader;
import dev.plandoc.model.DatabaseSchema;
import dev.plandoc.model.DatabaseSchemaBuilder;
import dev.plandoc.model.Plan;
import dev.plandoc.model.TableSpec;
import dev.plandoc.model.ddl.ColumnDefinition;
import dev.plandoc.model.ddl.ForeignKeyDefinition;
import dev.plandoc.model.ddl.IndexDefinition;
import dev.plandoc.model.ddl.SchemaDefinition;
import dev.plandoc.model.ddl.TableDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The sample plans of the test resources, and a one-line-per-fact text of a typed schema. */
final class Samples {
  /** Every sample plan with a database schema: template-shaped, wild, held-out, canonical. */
  static final List<String> WITH_TABLES =
      List.of(
          "plans/plan-template.ko.md",
          "plans/ocr-receipt.ko.md",
          "plans/push-settings.en.md",
          "plans/user-auth.llm-drift.ko.md",
          "wild/coupon-first-come.ko.md",
          "wild/feature-flag-service.en.md",
          "wild/gym-gx-booking.ko.md",
          "wild/pet-clinic-records.ko.md",
          "wild/shared-photo-albums.en.md",
          "wild/wiki-search.ko.md",
          "heldout/event-analytics-pipeline.en.md",
          "heldout/instrument-escrow.ko.md",
          "heldout/scooter-battery-swap.ko.md",
          "canonical/no-title-notes.ko.md",
          "canonical/sensor-ingest.en.md");

  private Samples() {}

  static String text(String resource) {
    try (InputStream in = Samples.class.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Plan plan(String resource) {
    return MarkdownPlanReader.builder().build().read(text(resource)).plan();
  }

  /** A schema of tables with these DDL blocks, named after what they create. */
  static DatabaseSchema schema(String... ddl) {
    DatabaseSchemaBuilder b = new DatabaseSchemaBuilder();
    for (int i = 0; i < ddl.length; i++) {
      b.addTables(new TableSpec("t" + i, "sql", ddl[i], List.of()));
    }
    return b.build();
  }

  /** The parse of one DDL block's table. */
  static TableDefinition table(String ddl) {
    return SqlDdlParser.create().parse(schema(ddl)).tables().get(0);
  }

  /** Every fact of a typed schema, one line each, for golden files. */
  static String describe(SchemaDefinition schema) {
    StringBuilder out = new StringBuilder();
    for (TableDefinition t : schema.tables()) {
      out.append("table ").append(t.name()).append(": ").append(t.status());
      t.problem().ifPresent(p -> out.append(" (").append(p).append(')'));
      out.append('\n');
      if (!t.primaryKey().isEmpty()) {
        out.append("  primary key ").append(t.primaryKey()).append('\n');
      }
      for (ColumnDefinition c : t.columns()) {
        out.append("  column ").append(c.name()).append(" | ").append(c.type());
        out.append(c.nullable() ? " | null" : " | not null");
        c.defaultValue().ifPresent(d -> out.append(" | default ").append(d));
        out.append(c.primaryKey() ? " | primary key" : "");
        out.append(c.unique() ? " | unique" : "");
        c.references()
            .ifPresent(r -> out.append(" | references ").append(r.table()).append(r.columns()));
        out.append('\n');
      }
      for (IndexDefinition i : t.indexes()) {
        out.append("  index ").append(i.name().orElse("(unnamed)")).append(' ').append(i.columns());
        out.append(i.unique() ? " unique" : "");
        i.method().ifPresent(m -> out.append(" using ").append(m));
        i.where().ifPresent(w -> out.append(" where ").append(w));
        out.append('\n');
      }
      for (ForeignKeyDefinition f : t.foreignKeys()) {
        out.append("  foreign key ")
            .append(f.name().map(n -> n + " ").orElse(""))
            .append(f.columns())
            .append(" -> ")
            .append(f.target().table())
            .append(f.target().columns())
            .append('\n');
      }
    }
    if (!schema.otherTables().isEmpty()) {
      out.append("other tables ").append(schema.otherTables()).append('\n');
    }
    return out.toString();
  }
}
