package dev.plandoc.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plandoc.markdown.MarkdownPlanReader;
import dev.plandoc.model.Plan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Runs every benchmark method once per document, so the benchmarks cannot rot between runs: the
 * setup's checks (same plan back from JSON and YAML, same bytes from the baselines) run here too.
 */
class BenchmarksSmokeTest {
  static final java.util.List<String> DOCS = Documents.NAMES;

  @ParameterizedTest
  @FieldSource("DOCS")
  void everyBenchmarkRunsOnEveryDocument(String doc) {
    Inputs in = new Inputs();
    in.doc = doc;
    in.setUp();
    MarkdownBenchmark md = new MarkdownBenchmark();
    assertThat(md.read(in).plan()).isEqualTo(in.plan);
    assertThat(md.parseSameConfig(in).getFirstChild()).isNotNull();
    assertThat(md.parseDefault(in).getFirstChild()).isNotNull();
    assertThat(md.write(in)).isEqualTo(in.markdownOut);
    assertThat(md.render(in)).isNotEmpty();
    JsonBenchmark j = new JsonBenchmark();
    assertThat(j.jsonRead(in).plan()).isEqualTo(in.plan);
    assertThat(j.jsonReadTree(in).isObject()).isTrue();
    assertThat(j.jsonWrite(in)).isEqualTo(in.json);
    assertThat(j.jsonWriteTree(in)).isNotEmpty();
    assertThat(j.yamlRead(in).plan()).isEqualTo(in.plan);
    assertThat(j.yamlReadTree(in).isObject()).isTrue();
    assertThat(j.yamlWrite(in)).isEqualTo(in.yaml);
    assertThat(j.yamlWriteTree(in)).isNotEmpty();
    DdlBenchmark.Schema schema = new DdlBenchmark.Schema();
    schema.setUp(in);
    DdlBenchmark ddl = new DdlBenchmark();
    assertThat(ddl.parse(schema)).isEqualTo(ddl.parseRemembered(schema));
    assertThat(ddl.parse(schema).tables()).hasSameSizeAs(schema.schema.tables());
    assertThat(ddl.jsqlParser(schema)).isBetween(0, schema.statements.size());
  }

  @org.junit.jupiter.api.Test
  void theBenchmarksRunOnEveryDocumentTheReportKnows() throws NoSuchFieldException {
    // JMH takes the parameter's values from the annotation only, so the list is written twice.
    String[] values =
        Inputs.class.getField("doc").getAnnotation(org.openjdk.jmh.annotations.Param.class).value();
    assertThat(values).containsExactlyElementsOf(Documents.NAMES);
  }

  @org.junit.jupiter.api.Test
  void theLargePlanIsLargeAndReadsBackAsBuilt() {
    String md = Documents.markdown("large");
    assertThat(md.lines().count()).isGreaterThan(2000);
    Plan built = LargePlan.plan(Documents.base());
    Plan read = MarkdownPlanReader.builder().build().read(md).plan();
    assertThat(read).isEqualTo(built);
    assertThat(read.apiDesign().orElseThrow().endpoints()).hasSize(LargePlan.ENDPOINTS);
    assertThat(read.databaseSchema().orElseThrow().tables()).hasSize(LargePlan.TABLES);
    assertThat(read.risks().orElseThrow().risks()).hasSize(LargePlan.RISKS);
    assertThat(Documents.markdown("large")).isEqualTo(md);
  }
}
