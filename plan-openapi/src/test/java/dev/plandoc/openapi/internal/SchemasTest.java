package dev.plandoc.openapi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SchemasTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static String schema(String example) {
    JsonNode node = Bodies.json(example).orElseThrow();
    return JSON.writeValueAsString(Schemas.infer(node));
  }

  @Test
  void anObjectHasItsKeysAsRequiredPropertiesInOrder() {
    assertThat(schema("{\"b\": \"x\", \"a\": true}"))
        .isEqualTo(
            "{\"type\":\"object\",\"required\":[\"b\",\"a\"],\"properties\":"
                + "{\"b\":{\"type\":\"string\"},\"a\":{\"type\":\"boolean\"}}}");
  }

  @Test
  void wholeNumbersAreIntegersAndOthersNumbers() {
    assertThat(schema("7")).isEqualTo("{\"type\":\"integer\"}");
    assertThat(schema("7.0")).isEqualTo("{\"type\":\"integer\"}");
    assertThat(schema("12345678901234567890123")).isEqualTo("{\"type\":\"integer\"}");
    assertThat(schema("0.5")).isEqualTo("{\"type\":\"number\"}");
    assertThat(schema("1e-3")).isEqualTo("{\"type\":\"number\"}");
  }

  @Test
  void anArrayTakesItsItemsFromTheFirstItem() {
    assertThat(schema("[{\"id\": 1}, {\"name\": \"x\"}]"))
        .isEqualTo(
            "{\"type\":\"array\",\"items\":{\"type\":\"object\",\"required\":[\"id\"],"
                + "\"properties\":{\"id\":{\"type\":\"integer\"}}}}");
    assertThat(schema("[]")).isEqualTo("{\"type\":\"array\"}");
  }

  @Test
  void nullAndEmptyObjectsSayNoMoreThanTheyShow() {
    assertThat(schema("{\"note\": null}"))
        .isEqualTo("{\"type\":\"object\",\"required\":[\"note\"],\"properties\":{\"note\":{}}}");
    assertThat(schema("{}")).isEqualTo("{\"type\":\"object\"}");
  }

  @Test
  void textThatIsNotJsonHasNoJsonValue() {
    assertThat(Bodies.json("{\"a\": 1} trailing")).isEmpty();
    assertThat(Bodies.json("{ \"a\": ... }")).isEmpty();
    assertThat(Bodies.json("OK")).isEmpty();
  }

  @Test
  void remarksThatThereIsNoBodyAreNoBody() {
    assertThat(Bodies.isNone("(no body)")).isTrue();
    assertThat(Bodies.isNone("  ")).isTrue();
    assertThat(Bodies.isNone("(없음)")).isTrue();
    assertThat(Bodies.isNone("-")).isTrue();
    assertThat(Bodies.isNone("{}")).isFalse();
    assertThat(Bodies.isNone("OK")).isFalse();
  }
}
