package dev.plandoc.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.plandoc.model.NextStepsBuilder;
import dev.plandoc.model.Plan;
import dev.plandoc.model.RisksBuilder;
import dev.plandoc.model.SectionKind;
import dev.plandoc.model.TechStackBuilder;
import dev.plandoc.model.format.PlanFormatException;
import dev.plandoc.model.format.ReadResult;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The document's own section order ({@code sectionOrder}) and labels for parts without a heading in
 * JSON and YAML, and schema version 2, which adds them, beside version 1, which is still read.
 */
class SectionOrderAndSchemaVersionTest {
  private static final String HEAD_1 =
      "{\"schemaVersion\": 1, \"title\": \"t\", \"language\": \"ko\"";
  private static final String HEAD_2 =
      "{\"schemaVersion\": 2, \"title\": \"t\", \"language\": \"ko\"";

  /** Risks first, then the stack, then the next steps: not the template's order. */
  static Plan reordered() {
    return Plan.builder()
        .title("t")
        .techStack(new TechStackBuilder().build())
        .risks(new RisksBuilder().build())
        .nextSteps(new NextStepsBuilder().build())
        .sectionOrder(List.of(SectionKind.RISKS, SectionKind.TECH_STACK, SectionKind.NEXT_STEPS))
        .build();
  }

  @Test
  void sectionOrderRoundTripsThroughJsonAndYamlAsSectionKeys() {
    RoundTrips.assertJsonRoundTrip(reordered());
    RoundTrips.assertYamlRoundTrip(reordered());
    assertThat(RoundTrips.assertCompactJsonRoundTrip(reordered()))
        .endsWith(",\"sectionOrder\":[\"risks\",\"techStack\",\"nextSteps\"]}\n");
  }

  @Test
  void aPlanInTemplateOrderWritesNoSectionOrder() {
    Plan templateOrder =
        Plan.builder()
            .title("t")
            .techStack(new TechStackBuilder().build())
            .risks(new RisksBuilder().build())
            .sectionOrder(List.of(SectionKind.TECH_STACK, SectionKind.RISKS))
            .build();
    assertThat(templateOrder.sectionOrder()).isEmpty();
    assertThat(RoundTrips.JSON_WRITER.write(templateOrder)).doesNotContain("sectionOrder");
  }

  @Test
  void theWriterWritesSchemaVersionTwoAndItsOutputValidates() {
    String json = RoundTrips.JSON_WRITER.write(reordered());
    assertThat(json).startsWith("{\n  \"schemaVersion\": 2,\n");
    assertThat(SchemaTest.validate(json)).isEmpty();
  }

  @Test
  void schemaVersionOneFilesStillReadToTheSamePlan() throws IOException {
    ReadResult json =
        RoundTrips.JSON_READER.read(GoldenFilesTest.DIR.resolve("template.ko.schema1.json"));
    ReadResult yaml =
        RoundTrips.YAML_READER.read(GoldenFilesTest.DIR.resolve("template.ko.schema1.yaml"));
    assertThat(json.plan()).isEqualTo(TemplatePlan.plan());
    assertThat(yaml.plan()).isEqualTo(TemplatePlan.plan());
    assertThat(json.diagnostics()).isEmpty();
    assertThat(
            SchemaTest.validate(
                java.nio.file.Files.readString(
                    GoldenFilesTest.DIR.resolve("template.ko.schema1.json"))))
        .isEmpty();
  }

  @Test
  void sectionOrderInASchemaVersionOneFileIsAnUnknownProperty() {
    String json = HEAD_1 + ", \"risks\": {}, \"techStack\": {}, \"sectionOrder\": [\"risks\"]}";
    ReadResult lenient = JsonPlanReader.builder().build().read(json);
    assertThat(lenient.plan().sectionOrder()).isEmpty();
    assertThat(lenient.diagnostics())
        .singleElement()
        .satisfies(d -> assertThat(d.path()).isEqualTo("/sectionOrder"));
    PlanFormatException strict =
        catchThrowableOfType(PlanFormatException.class, () -> RoundTrips.JSON_READER.read(json));
    assertThat(strict.path()).isEqualTo("/sectionOrder");
    assertThat(SchemaTest.validate(json)).isNotEmpty();
  }

  @Test
  void anUnsupportedSchemaVersionNamesTheVersionsThisReaderReads() {
    PlanFormatException e =
        catchThrowableOfType(
            PlanFormatException.class,
            () -> RoundTrips.JSON_READER.read("{\"schemaVersion\": 3, \"title\": \"t\"}"));
    assertThat(e.getMessage()).contains("schemaVersion 1 to 2");
    assertThat(e.path()).isEqualTo("/schemaVersion");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "[\"risks\", \"risks\"] | /sectionOrder",
        "[\"risks\", \"chapter9\"] | /sectionOrder/1",
        "[\"risks\", null] | /sectionOrder/1",
        "\"risks\" | /sectionOrder",
      })
  void aBadSectionOrderFailsAtItsPointerAndTheSchemaRejectsIt(String row) {
    String[] parts = row.split(" \\| ");
    String json = HEAD_2 + ", \"risks\": {}, \"sectionOrder\": " + parts[0] + "}";
    assertThat(SchemaTest.validate(json)).isNotEmpty();
    PlanFormatException e =
        catchThrowableOfType(PlanFormatException.class, () -> RoundTrips.JSON_READER.read(json));
    assertThat(e).isNotNull();
    assertThat(e.path()).as(e.describe()).isEqualTo(parts[1]);
  }

  @Test
  void aKeyOfASectionThePlanLacksIsDropped() {
    String json =
        HEAD_2
            + ", \"risks\": {}, \"techStack\": {}, \"sectionOrder\": "
            + "[\"nextSteps\", \"risks\", \"techStack\"]}";
    assertThat(SchemaTest.validate(json)).isEmpty();
    assertThat(RoundTrips.JSON_READER.read(json).plan().sectionOrder())
        .containsExactly(SectionKind.RISKS, SectionKind.TECH_STACK);
  }

  @Test
  void anEmptyLabelOfAPartRoundTripsAndValidatesWhileAnEmptySectionHeadingIsRejected() {
    Plan plan =
        Plan.builder()
            .title("t")
            .techStack(new TechStackBuilder().build())
            .putLabels("techStack.selected", "")
            .putLabels("metadata.keys.author", "작성자")
            .build();
    RoundTrips.assertJsonRoundTrip(plan);
    RoundTrips.assertYamlRoundTrip(plan);
    assertThat(SchemaTest.validate(RoundTrips.JSON_WRITER.write(plan))).isEmpty();
    String emptyHeading = HEAD_2 + ", \"labels\": {\"techStack\": \"\"}}";
    assertThat(SchemaTest.validate(emptyHeading)).isNotEmpty();
    PlanFormatException e =
        catchThrowableOfType(
            PlanFormatException.class, () -> RoundTrips.JSON_READER.read(emptyHeading));
    assertThat(e.path()).isEqualTo("/labels");
  }
}
