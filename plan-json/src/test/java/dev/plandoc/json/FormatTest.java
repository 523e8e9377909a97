package dev.plandoc.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plandoc.model.Language;
import dev.plandoc.model.Plan;
import dev.plandoc.model.Risk;
import dev.plandoc.model.RiskBuilder;
import dev.plandoc.model.RisksBuilder;
import dev.plandoc.model.format.PlanFormat;
import dev.plandoc.model.format.PlanFormats;
import dev.plandoc.model.format.ReadOptions;
import dev.plandoc.model.format.WriteOptions;
import dev.plandoc.model.value.RiskLevelText;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Registration, options and the documented shape of typed values. */
class FormatTest {
  @Test
  void serviceLoaderFindsJsonAndYaml() {
    PlanFormats formats = PlanFormats.load();
    assertThat(formats.require("json")).isInstanceOf(JsonPlanFormat.class);
    assertThat(formats.require("yaml")).isInstanceOf(YamlPlanFormat.class);
    assertThat(formats.forPath(Path.of("p.yml"))).isInstanceOf(YamlPlanFormat.class);
    assertThat(formats.forPath(Path.of("p.json")).mediaType()).isEqualTo("application/json");
    assertThat(formats.require("yaml").mediaType()).isEqualTo("application/yaml");
  }

  @Test
  void formatOptionsReachReadersAndWriters() {
    PlanFormat json = new JsonPlanFormat();
    assertThat(((JsonPlanReader) json.reader(ReadOptions.STRICT)).strict()).isTrue();
    assertThat(((JsonPlanReader) json.reader()).strict()).isFalse();
    String compact = json.writer(WriteOptions.defaults().withCompact(true)).write(plan("High"));
    assertThat(compact).doesNotContain("\n  ").endsWith("}\n");
    assertThat(compact.lines()).hasSize(1);
    String pretty = json.writer().write(plan("High"));
    assertThat(pretty).startsWith("{\n  \"schemaVersion\": 2,\n").endsWith("}\n");
  }

  @Test
  void buildersAreImmutable() {
    JsonPlanReader.Builder base = JsonPlanReader.builder();
    base.strict(true);
    assertThat(base.build().strict()).isFalse();
    assertThat(base.strict(true).build().limits()).isEqualTo(ReadLimits.defaults());
  }

  @Test
  void canonicalRiskLevelIsTheEnumAndOtherTextIsKeptBesideIt() {
    String json = RoundTrips.JSON_COMPACT_WRITER.write(plan("High"));
    assertThat(json).contains("\"probability\":\"HIGH\"");
    String korean =
        JsonPlanWriter.builder()
            .compact(true)
            .language(Optional.of(Language.KOREAN))
            .build()
            .write(plan("High"));
    assertThat(korean).contains("\"language\":\"ko\"");
    assertThat(korean).contains("\"probability\":{\"value\":\"HIGH\",\"text\":\"High\"}");
    assertThat(RoundTrips.JSON_COMPACT_WRITER.write(plan("High | Medium | Low")))
        .contains("\"probability\":\"High | Medium | Low\"");
    Plan read = RoundTrips.JSON_READER.read(korean).plan();
    assertThat(read.risks().orElseThrow().risks().get(0).probability().orElseThrow().text())
        .isEqualTo("High");
  }

  @Test
  void typedValuesUseJsonTypes() {
    String json = RoundTrips.JSON_COMPACT_WRITER.write(TemplatePlan.plan());
    assertThat(json)
        .contains("\"status\":200")
        .contains("\"method\":\"POST\"")
        .contains("\"coverageTarget\":70")
        .contains("\"tokenLifetime\":{\"value\":\"PT1H\",\"text\":\"1시간\"}")
        .contains("\"date\":\"{YYYY-MM-DD}\"");
    Plan money =
        RoundTrips.JSON_READER
            .read(
                "{\"schemaVersion\":1,\"title\":\"t\",\"language\":\"en\",\"costEstimate\":"
                    + "{\"total\":{\"amount\":{\"amount\":120,\"currency\":\"USD\"}}}}")
            .plan();
    assertThat(money.costEstimate().orElseThrow().total().orElseThrow().amount().text())
        .isEqualTo("$120");
    assertThat(RoundTrips.JSON_COMPACT_WRITER.write(money))
        .contains("\"amount\":{\"amount\":\"120\",\"currency\":\"USD\"}");
  }

  @Test
  void yamlIsBlockStyleWithLiteralBlocksAndNoDocumentMarker() {
    String yaml = RoundTrips.YAML_WRITER.write(TemplatePlan.plan());
    assertThat(yaml).startsWith("schemaVersion: 2\ntitle: \"{기능명}\"\nlanguage: ko\n");
    assertThat(yaml).doesNotContain("---").doesNotContain("{\n  \"schemaVersion");
    assertThat(yaml).contains("    ddl: |-\n      CREATE TABLE resource (\n");
    assertThat(yaml).contains("  - area: 백엔드\n").contains("method: POST\n");
  }

  @Test
  void yamlQuotesOnlyStringsThatWouldReadAsSomethingElse() {
    Plan plan =
        Plan.builder()
            .title("yes")
            .risks(
                new RisksBuilder()
                    .addRisks(
                        new RiskBuilder()
                            .title("007")
                            .mitigation("plain words")
                            .addExtraItems("- x", ": x", "#x", "null", "1_000", "2026-03-09")
                            .build())
                    .build())
            .build();
    String yaml = RoundTrips.YAML_WRITER.write(plan);
    assertThat(yaml)
        .contains("title: \"yes\"")
        .contains("title: \"007\"")
        .contains("mitigation: plain words\n")
        .contains("- '- x'")
        .contains("- \"null\"")
        .contains("- \"1_000\"")
        .contains("- \"2026-03-09\"");
    RoundTrips.assertYamlRoundTrip(plan);
  }

  private static Plan plan(String level) {
    Risk risk = new RiskBuilder().title("r").probability(new RiskLevelText(level)).build();
    return Plan.builder()
        .title("t")
        .language(Language.ENGLISH)
        .risks(new RisksBuilder().addRisks(risk).build())
        .build();
  }
}
