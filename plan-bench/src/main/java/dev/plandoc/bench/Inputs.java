package dev.plandoc.bench;

import dev.plandoc.json.JsonPlanReader;
import dev.plandoc.json.JsonPlanWriter;
import dev.plandoc.json.YamlPlanReader;
import dev.plandoc.json.YamlPlanWriter;
import dev.plandoc.markdown.MarkdownDocument;
import dev.plandoc.markdown.MarkdownPlanReader;
import dev.plandoc.markdown.MarkdownPlanWriter;
import dev.plandoc.model.Plan;
import dev.plandoc.model.PlanBuilder;
import org.commonmark.node.Node;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.JsonNode;

/**
 * One document in every form the benchmarks need, prepared before measuring. Setup checks that each
 * baseline works on the same input, and for writes produces the same bytes, as plandoc does.
 */
@State(Scope.Benchmark)
public class Inputs {
  /** Which document: see {@link Documents#NAMES}. */
  @Param({
    "template",
    "ocr-receipt",
    "push-settings",
    "user-auth-drift",
    "wild-wiki-search",
    "wild-feature-flags",
    "large"
  })
  public String doc;

  final MarkdownPlanReader markdownReader = MarkdownPlanReader.builder().build();
  final MarkdownPlanWriter markdownWriter = MarkdownPlanWriter.builder().build();
  final JsonPlanReader jsonReader = JsonPlanReader.builder().build();
  final JsonPlanWriter jsonWriter = JsonPlanWriter.builder().build();
  final YamlPlanReader yamlReader = YamlPlanReader.builder().build();
  final YamlPlanWriter yamlWriter = YamlPlanWriter.builder().build();

  /** The Markdown as found (corpus) or as written (large). */
  String markdown;

  /** The plan read from {@link #markdown}. */
  Plan plan;

  /** The document read from {@link #markdown}, for faithful write-back. */
  MarkdownDocument document;

  /** A plan equal to {@link #plan} but another instance: what an unedited round trip gives. */
  Plan planCopy;

  /** {@link #plan} with its title changed. */
  Plan retitled;

  /** What plandoc's Markdown writer makes of {@link #plan}. */
  String markdownOut;

  /** commonmark's tree of {@link #markdownOut}: what the baseline renderer renders. */
  Node markdownOutTree;

  /** The plan as JSON, written by plandoc. */
  String json;

  /** Jackson's tree of {@link #json}. */
  JsonNode jsonTree;

  /** The plan as YAML, written by plandoc. */
  String yaml;

  /** Jackson's tree of {@link #yaml}. */
  JsonNode yamlTree;

  /** Prepares the document. */
  @Setup(Level.Trial)
  public void setUp() {
    markdown = Documents.markdown(doc);
    plan = markdownReader.read(markdown).plan();
    document = MarkdownDocument.read(markdown);
    planCopy = new PlanBuilder().from(plan).build();
    retitled = new PlanBuilder().from(plan).title(plan.title() + " v2").build();
    if (!markdownWriter.update(document, planCopy).equals(markdown)) {
      throw new IllegalStateException(doc + ": an unchanged plan is not written back as read");
    }
    markdownOut = markdownWriter.write(plan);
    markdownOutTree = Baselines.SAME_AS_READER.parse(markdownOut);
    json = jsonWriter.write(plan);
    jsonTree = Baselines.JSON.readTree(json);
    yaml = yamlWriter.write(plan);
    yamlTree = Baselines.yamlTree(yaml);

    if (!jsonReader.read(json).plan().equals(plan) || !yamlReader.read(yaml).plan().equals(plan)) {
      throw new IllegalStateException(doc + ": JSON or YAML does not read back to the same plan");
    }
    same("JSON", json, Baselines.JSON_WRITER.writeValueAsString(jsonTree) + "\n");
    same("YAML", yaml, withFinalBreak(Baselines.YAML_WRITER.writeValueAsString(yamlTree)));
  }

  private void same(String format, String ours, String baseline) {
    if (!ours.equals(baseline)) {
      throw new IllegalStateException(
          doc + ": the " + format + " baseline writes other bytes than plandoc; not comparable");
    }
  }

  private static String withFinalBreak(String s) {
    return s.endsWith("\n") ? s : s + "\n";
  }
}
