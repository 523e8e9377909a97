package dev.plandoc.json.internal.section;

import dev.plandoc.json.internal.mapping.Node;
import dev.plandoc.model.ddl.ColumnDefinition;
import dev.plandoc.model.ddl.ForeignKeyDefinition;
import dev.plandoc.model.ddl.ForeignKeyTarget;
import dev.plandoc.model.ddl.IndexDefinition;
import dev.plandoc.model.ddl.TableDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;

/**
 * A table's {@code definition} member: the typed view of its DDL as plain JSON values (maps in
 * member order, lists, strings, booleans). The same plain form is written and compared with the
 * member a document gives, so that writing and checking cannot drift apart.
 */
final class TableDefinitionJson {
  private TableDefinitionJson() {}

  /** The definition as plain values. */
  static Map<String, Object> plain(TableDefinition t) {
    Map<String, Object> out = new LinkedHashMap<>();
    List<Object> columns = new ArrayList<>();
    for (ColumnDefinition c : t.columns()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", c.name());
      m.put("type", c.type());
      m.put("nullable", c.nullable());
      c.defaultValue().ifPresent(d -> m.put("default", d));
      if (c.primaryKey()) {
        m.put("primaryKey", true);
      }
      if (c.unique()) {
        m.put("unique", true);
      }
      c.references().ifPresent(r -> m.put("references", target(r)));
      columns.add(m);
    }
    out.put("columns", columns);
    if (!t.primaryKey().isEmpty()) {
      out.put("primaryKey", List.copyOf(t.primaryKey()));
    }
    List<Object> indexes = new ArrayList<>();
    for (IndexDefinition i : t.indexes()) {
      Map<String, Object> m = new LinkedHashMap<>();
      i.name().ifPresent(n -> m.put("name", n));
      m.put("columns", List.copyOf(i.columns()));
      if (i.unique()) {
        m.put("unique", true);
      }
      i.method().ifPresent(x -> m.put("method", x));
      i.where().ifPresent(w -> m.put("where", w));
      indexes.add(m);
    }
    if (!indexes.isEmpty()) {
      out.put("indexes", indexes);
    }
    List<Object> foreignKeys = new ArrayList<>();
    for (ForeignKeyDefinition f : t.foreignKeys()) {
      Map<String, Object> m = new LinkedHashMap<>();
      f.name().ifPresent(n -> m.put("name", n));
      m.put("columns", List.copyOf(f.columns()));
      m.put("references", target(f.target()));
      foreignKeys.add(m);
    }
    if (!foreignKeys.isEmpty()) {
      out.put("foreignKeys", foreignKeys);
    }
    return out;
  }

  private static Map<String, Object> target(ForeignKeyTarget t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("table", t.table());
    if (!t.columns().isEmpty()) {
      m.put("columns", List.copyOf(t.columns()));
    }
    return m;
  }

  /** Writes plain values. */
  @SuppressWarnings("unchecked")
  static void write(JsonGenerator g, Object value) {
    if (value instanceof Map<?, ?> map) {
      g.writeStartObject();
      for (Map.Entry<String, Object> e : ((Map<String, Object>) map).entrySet()) {
        g.writeName(e.getKey());
        write(g, e.getValue());
      }
      g.writeEndObject();
    } else if (value instanceof List<?> list) {
      g.writeStartArray();
      list.forEach(v -> write(g, v));
      g.writeEndArray();
    } else if (value instanceof Boolean b) {
      g.writeBoolean(b);
    } else {
      g.writeString(String.valueOf(value));
    }
  }

  /** A document's node as plain values, to compare with {@link #plain(TableDefinition)}. */
  static Object plain(Node n) {
    switch (n.kind()) {
      case OBJECT:
        Map<String, Object> m = new LinkedHashMap<>();
        n.fields().forEach((k, v) -> m.put(k, plain(v)));
        return m;
      case ARRAY:
        List<Object> l = new ArrayList<>();
        n.items().forEach(v -> l.add(plain(v)));
        return l;
      case BOOLEAN:
        return Boolean.valueOf(n.text());
      case NUMBER:
        return String.valueOf(n.number()); // never equal to a derived value, which has no numbers
      case NULL:
        return "null";
      default:
        return n.text();
    }
  }
}
