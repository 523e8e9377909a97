package dev.plandoc.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.plandoc.model.Plan;
import dev.plandoc.model.format.PlanFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The author's wording of the template's labels ({@code labels}) in JSON and YAML. */
class LabelsTest {
  static Plan labelled() {
    return Plan.builder()
        .title("예약")
        .putLabels("security.authentication", "6.1 인증")
        .putLabels("costEstimate.columns.basis", "비고")
        .build();
  }

  @Test
  void labelsRoundTripThroughJsonAndYamlInOrder() {
    for (String written :
        new String[] {
          RoundTrips.assertJsonRoundTrip(labelled()),
          RoundTrips.assertCompactJsonRoundTrip(labelled()),
          RoundTrips.assertYamlRoundTrip(labelled())
        }) {
      assertThat(written.indexOf("security.authentication"))
          .isLessThan(written.indexOf("costEstimate.columns.basis"));
    }
    assertThat(RoundTrips.JSON_COMPACT_WRITER.write(labelled()))
        .endsWith(
            ",\"labels\":{\"security.authentication\":\"6.1 인증\","
                + "\"costEstimate.columns.basis\":\"비고\"}}\n");
    assertThat(RoundTrips.JSON_COMPACT_WRITER.write(Plan.builder().title("t").build()))
        .doesNotContain("labels");
  }

  @Test
  void labelsValidateAgainstTheSchema() {
    assertThat(SchemaTest.validate(RoundTrips.JSON_WRITER.write(labelled()))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "{\"apiDesign\": \"3. API\\n명세\"}",
        "{\"apiDesign\": \" 3. API 명세\"}",
        "{\"apiDesign\": \"\"}",
      })
  void aLabelTheModelRejectsFailsAtLabelsAndTheSchemaRejectsIt(String labels) {
    String json =
        "{\"schemaVersion\": 1, \"title\": \"t\", \"language\": \"ko\", \"labels\": "
            + labels
            + "}";
    assertThat(SchemaTest.validate(json)).isNotEmpty();
    for (boolean strict : new boolean[] {false, true}) {
      PlanFormatException e =
          catchThrowableOfType(
              PlanFormatException.class,
              () -> JsonPlanReader.builder().strict(strict).build().read(json));
      assertThat(e).isNotNull();
      assertThat(e.path()).as(e.describe()).isEqualTo("/labels");
    }
  }

  @Test
  void aLabelThatIsNotAStringFailsAtItsProperty() {
    String json =
        "{\"schemaVersion\": 1, \"title\": \"t\", \"language\": \"ko\","
            + " \"labels\": {\"apiDesign\": 3}}";
    PlanFormatException e =
        catchThrowableOfType(PlanFormatException.class, () -> RoundTrips.JSON_READER.read(json));
    assertThat(e.path()).startsWith("/labels");
  }
}
