package dev.plandoc.json.internal.section;

import static dev.plandoc.json.internal.mapping.JsonOut.put;
import static dev.plandoc.json.internal.mapping.JsonOut.putExtras;
import static dev.plandoc.json.internal.mapping.JsonOut.putIfNotEmpty;
import static dev.plandoc.json.internal.mapping.JsonOut.putList;
import static dev.plandoc.json.internal.mapping.JsonOut.putStrings;

import dev.plandoc.json.internal.mapping.DecodeContext;
import dev.plandoc.json.internal.mapping.EncodeContext;
import dev.plandoc.json.internal.mapping.Node;
import dev.plandoc.json.internal.mapping.Obj;
import dev.plandoc.model.DatabaseSchema;
import dev.plandoc.model.Plan;
import dev.plandoc.model.RawMarkdown;
import dev.plandoc.model.SectionKind;
import dev.plandoc.model.TableSpec;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/** 4. The database schema: its tables with their DDL, and the index strategy. */
final class DatabaseSchemaCodec extends SectionCodec<DatabaseSchema> {
  DatabaseSchemaCodec() {
    super(SectionKind.DATABASE_SCHEMA, Plan::databaseSchema);
  }

  @Override
  public DatabaseSchema decode(Node n, String path, DecodeContext ctx) {
    Obj o = ctx.object(n, path, "the database schema");
    List<TableSpec> tables =
        ctx.list(
            o,
            "tables",
            (v, p) -> {
              Obj r = ctx.object(v, p, "a table");
              String name = ctx.string(r, "name");
              String ddlLanguage = ctx.string(r, "ddlLanguage", "");
              String ddl = ctx.string(r, "ddl", "");
              List<RawMarkdown> extras = ctx.extras(r);
              Optional<String> viewOf = ctx.optString(r, "viewOf");
              return ctx.build(r, () -> new TableSpec(name, ddlLanguage, ddl, extras, viewOf));
            });
    List<String> indexNotes = ctx.strings(o, "indexNotes");
    List<RawMarkdown> extras = ctx.extras(o);
    return ctx.build(
        o, "tables", tables, extras, () -> new DatabaseSchema(tables, indexNotes, extras));
  }

  @Override
  public void encode(JsonGenerator o, DatabaseSchema d, EncodeContext ctx) {
    o.writeStartObject();
    putList(o, "tables", d.tables(), DatabaseSchemaCodec::table);
    putStrings(o, "indexNotes", d.indexNotes());
    putExtras(o, d.extras());
    o.writeEndObject();
  }

  private static void table(JsonGenerator o, TableSpec t) {
    o.writeStartObject();
    put(o, "name", t.name());
    putIfNotEmpty(o, "ddlLanguage", t.ddlLanguage());
    putIfNotEmpty(o, "ddl", t.ddl());
    putExtras(o, t.extras());
    put(o, "viewOf", t.viewOf());
    o.writeEndObject();
  }
}
