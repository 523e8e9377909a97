package dev.plandoc.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.plandoc.model.Plan;
import dev.plandoc.model.RawMarkdown;
import dev.plandoc.model.value.TypedText;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SchemaTest {
  static final JsonMapper MAPPER = JsonMapper.builder().build();
  static final JsonNode SCHEMA_NODE = MAPPER.readTree(JsonPlanFormat.schema());
  static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(SCHEMA_NODE);

  static List<Error> validate(String json) {
    return SCHEMA.validate(MAPPER.readTree(json));
  }

  @Test
  void everyJsonTheWriterProducesForRandomPlansValidates() {
    RandomPlans.plans(RoundTripTest.PLANS)
        .forEach(
            plan -> {
              String json = RoundTrips.JSON_WRITER.write(plan);
              assertThat(validate(json)).as(json).isEmpty();
            });
  }

  @Test
  void templatePlanJsonValidates() {
    assertThat(validate(RoundTrips.JSON_WRITER.write(TemplatePlan.plan()))).isEmpty();
  }

  @Test
  void schemaRejectsWhatTheReaderRejects() {
    assertThat(validate("{\"schemaVersion\": 1, \"language\": \"ko\"}")).isNotEmpty();
    assertThat(validate("{\"schemaVersion\": 3, \"title\": \"\", \"language\": \"ko\"}"))
        .isNotEmpty();
    assertThat(
            validate("{\"schemaVersion\": 1, \"title\": \"t\", \"language\": \"ko\", \"nope\": 1}"))
        .isNotEmpty();
    assertThat(
            validate(
                "{\"schemaVersion\":1,\"title\":\"t\",\"language\":\"ko\",\"apiDesign\":"
                    + "{\"endpoints\":[{\"method\":\"GET\"}]}}"))
        .isNotEmpty();
  }

  @Test
  void everyPropertyInTheSchemaHasADescription() {
    List<String> missing = new ArrayList<>();
    SCHEMA_NODE
        .get("$defs")
        .properties()
        .forEach(d -> checkDescriptions(d.getValue(), "#/$defs/" + d.getKey(), missing));
    checkDescriptions(SCHEMA_NODE, "#", missing);
    assertThat(missing).isEmpty();
  }

  private static void checkDescriptions(JsonNode schema, String where, List<String> missing) {
    JsonNode props = schema.get("properties");
    if (props == null) {
      return;
    }
    props
        .properties()
        .forEach(
            p -> {
              if (!p.getValue().has("description")) {
                missing.add(where + "/properties/" + p.getKey());
              }
            });
  }

  /**
   * Walks the model's records from {@link Plan} and the schema side by side: every record component
   * must be a schema property and every schema property a record component.
   */
  @Test
  void schemaAndModelNameTheSameProperties() {
    List<String> drift = new ArrayList<>();
    compare(Plan.class, SCHEMA_NODE, "#", drift, new HashSet<>());
    assertThat(drift).isEmpty();
  }

  private static void compare(
      Class<?> record, JsonNode schema, String where, List<String> drift, Set<Class<?>> seen) {
    if (!seen.add(record)) {
      return;
    }
    JsonNode props = resolve(schema).get("properties");
    Set<String> schemaNames = new TreeSet<>();
    props.properties().stream()
        // a derived, read-only property (a table's definition) is computed, not a component
        .filter(p -> !resolve(p.getValue()).path("readOnly").asBoolean(false))
        .forEach(p -> schemaNames.add(p.getKey()));
    Set<String> modelNames = new TreeSet<>();
    for (RecordComponent c : record.getRecordComponents()) {
      modelNames.add(c.getName());
      JsonNode prop = props.get(c.getName());
      if (prop == null) {
        drift.add(record.getSimpleName() + "." + c.getName() + " has no property in " + where);
        continue;
      }
      Class<?> element = elementType(c.getGenericType());
      if (element != null
          && element.isRecord()
          && !TypedText.class.isAssignableFrom(element)
          && element != RawMarkdown.class) {
        JsonNode target = resolve(prop);
        if (target.has("items")) {
          target = resolve(target.get("items"));
        }
        compare(element, target, where + "/" + c.getName(), drift, seen);
      }
    }
    if (record == Plan.class) {
      modelNames.add("schemaVersion"); // the shape's own version, not a model component
    }
    for (String name : schemaNames) {
      if (!modelNames.contains(name)) {
        drift.add(where + " names '" + name + "', which " + record.getSimpleName() + " lacks");
      }
    }
  }

  private static JsonNode resolve(JsonNode schema) {
    JsonNode ref = schema.get("$ref");
    if (ref == null) {
      return schema;
    }
    String name = ref.asString().substring("#/$defs/".length());
    return resolve(SCHEMA_NODE.get("$defs").get(name));
  }

  /** The record type held by a component: itself, or the element of an Optional or a List. */
  private static Class<?> elementType(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      if (raw == Optional.class || raw == List.class) {
        return elementType(p.getActualTypeArguments()[0]);
      }
      if (raw == Map.class) {
        return null;
      }
    }
    return null;
  }

  @Test
  void rawMarkdownAndTypedValuesMatchTheirDefinitions() {
    List<String> drift = new ArrayList<>();
    compare(
        RawMarkdown.class,
        SCHEMA_NODE.get("$defs").get("rawMarkdown"),
        "#/$defs/rawMarkdown",
        drift,
        new HashSet<>());
    assertThat(drift).isEmpty();
  }
}
