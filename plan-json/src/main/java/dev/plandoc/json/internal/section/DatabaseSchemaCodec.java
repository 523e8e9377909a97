package dev.plandoc.json.internal.section;

import static dev.plandoc.json.internal.mapping.JsonOut.put;
import static dev.plandoc.json.internal.mapping.JsonOut.putExtras;
import static dev.plandoc.json.internal.mapping.JsonOut.putIfNotEmpty;
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
import dev.plandoc.model.ddl.DdlParser;
import dev.plandoc.model.ddl.DdlStatus;
import dev.plandoc.model.ddl.SchemaDefinition;
import dev.plandoc.model.ddl.TableDefinition;
import dev.plandoc.sql.SqlDdlParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * 4. The database schema: its tables with their DDL (and, for a table whose DDL the SQL parser
 * reads, its derived {@code definition}), and the index strategy.
 */
final class DatabaseSchemaCodec extends SectionCodec<DatabaseSchema> {
  /** The parser of the tables' DDL, for their derived {@code definition}. */
  private static final DdlParser DDL = SqlDdlParser.create();

  DatabaseSchemaCodec() {
    super(SectionKind.DATABASE_SCHEMA, Plan::databaseSchema);
  }

  @Override
  public DatabaseSchema decode(Node n, String path, DecodeContext ctx) {
    Obj o = ctx.object(n, path, "the database schema");
    List<@Nullable Node> definitions = new ArrayList<>();
    List<TableSpec> tables =
        ctx.list(
            o,
            "tables",
            (v, p) -> {
              Obj r = ctx.object(v, p, "a table");
              definitions.add(r.take("definition"));
              String name = ctx.string(r, "name");
              String ddlLanguage = ctx.string(r, "ddlLanguage", "");
              String ddl = ctx.string(r, "ddl", "");
              List<RawMarkdown> extras = ctx.extras(r);
              Optional<String> viewOf = ctx.optString(r, "viewOf");
              return ctx.build(r, () -> new TableSpec(name, ddlLanguage, ddl, extras, viewOf));
            });
    List<String> indexNotes = ctx.strings(o, "indexNotes");
    List<RawMarkdown> extras = ctx.extras(o);
    DatabaseSchema schema =
        ctx.build(
            o, "tables", tables, extras, () -> new DatabaseSchema(tables, indexNotes, extras));
    checkDefinitions(schema, definitions, ctx);
    return schema;
  }

  /**
   * Each {@code definition} a document gives must be the one its table's DDL gives: it is derived,
   * and the DDL is what is kept. One that is not is reported, not used.
   */
  private static void checkDefinitions(
      DatabaseSchema schema, List<@Nullable Node> given, DecodeContext ctx) {
    if (given.stream().allMatch(java.util.Objects::isNull)) {
      return; // nothing to compare: no parse
    }
    SchemaDefinition view = DDL.parse(schema);
    for (int i = 0; i < given.size(); i++) {
      Node node = given.get(i);
      if (node == null) {
        continue;
      }
      TableDefinition derived = view.tables().get(i);
      boolean same =
          derived.status() == DdlStatus.TYPED
              && TableDefinitionJson.plain(node).equals(TableDefinitionJson.plain(derived));
      if (!same) {
        ctx.contradiction(
            node,
            "the definition is not the one the table's ddl gives"
                + (derived.status() == DdlStatus.TYPED
                    ? ""
                    : " (the ddl gives none: " + derived.status() + ")")
                + "; it is derived from the ddl, which is kept: change the ddl instead");
      }
    }
  }

  @Override
  public void encode(JsonGenerator o, DatabaseSchema d, EncodeContext ctx) {
    o.writeStartObject();
    if (!d.tables().isEmpty()) {
      SchemaDefinition view = DDL.parse(d);
      o.writeArrayPropertyStart("tables");
      for (int i = 0; i < d.tables().size(); i++) {
        table(o, d.tables().get(i), view.tables().get(i));
      }
      o.writeEndArray();
    }
    putStrings(o, "indexNotes", d.indexNotes());
    putExtras(o, d.extras());
    o.writeEndObject();
  }

  private static void table(JsonGenerator o, TableSpec t, TableDefinition definition) {
    o.writeStartObject();
    put(o, "name", t.name());
    putIfNotEmpty(o, "ddlLanguage", t.ddlLanguage());
    putIfNotEmpty(o, "ddl", t.ddl());
    if (definition.status() == DdlStatus.TYPED) {
      o.writeName("definition");
      TableDefinitionJson.write(o, TableDefinitionJson.plain(definition));
    }
    putExtras(o, t.extras());
    put(o, "viewOf", t.viewOf());
    o.writeEndObject();
  }
}
