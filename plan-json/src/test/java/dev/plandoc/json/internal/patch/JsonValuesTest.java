package dev.plandoc.json.internal.patch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plandoc.json.JsonPlanReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** The equality of a {@code test} operation (RFC 6902, section 4.6). */
class JsonValuesTest {
  static JsonNode json(String text) {
    return JsonPlanReader.builder().build().readValue(text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1 | 1.0 | true",
        "1 | 1e0 | true",
        "100 | 1E2 | true",
        "0.1 | 0.10 | true",
        "1 | 2 | false",
        "1 | \"1\" | false",
        "true | true | true",
        "true | false | false",
        "null | null | true",
        "null | false | false",
        "\"a\" | \"a\" | true",
        "\"a\" | \"A\" | false",
        "[1, 2] | [1.0, 2] | true",
        "[1, 2] | [2, 1] | false",
        "[1, 2] | [1, 2, 3] | false",
        "[] | {} | false",
        "{\"a\": 1, \"b\": [true]} | {\"b\": [true], \"a\": 1.0} | true",
        "{\"a\": 1} | {\"a\": 1, \"b\": null} | false",
        "{\"a\": 1} | {\"b\": 1} | false",
        "{\"a\": {\"b\": 1}} | {\"a\": {\"b\": 2}} | false",
      })
  void valuesAreEqualAsATestComparesThem(String a, String b, boolean same) {
    assertThat(JsonValues.same(json(a), json(b))).as("%s ~ %s", a, b).isEqualTo(same);
    assertThat(JsonValues.same(json(b), json(a))).as("%s ~ %s", b, a).isEqualTo(same);
  }

  @Test
  void kindsAndShortFormsForMessages() {
    assertThat(JsonValues.kind(json("{}"))).isEqualTo("an object");
    assertThat(JsonValues.kind(json("[]"))).isEqualTo("an array");
    assertThat(JsonValues.kind(json("\"x\""))).isEqualTo("a string");
    assertThat(JsonValues.kind(json("1"))).isEqualTo("a number");
    assertThat(JsonValues.kind(json("true"))).isEqualTo("a boolean");
    assertThat(JsonValues.kind(json("null"))).isEqualTo("null");
    assertThat(JsonValues.show(json("\"" + "x".repeat(100) + "\""))).hasSize(60).endsWith("...");
    assertThat(JsonValues.show(json("{\"a\": [1, 2]}"))).isEqualTo("{\"a\":[1,2]}");
  }
}
