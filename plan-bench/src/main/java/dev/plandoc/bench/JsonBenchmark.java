package dev.plandoc.bench;

import dev.plandoc.model.format.ReadResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;

/** JSON and YAML: plandoc's readers and writers against Jackson's tree model on the same bytes. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class JsonBenchmark {

  /** plandoc: JSON to plan. */
  @Benchmark
  public ReadResult jsonRead(Inputs in) {
    return in.jsonReader.read(in.json);
  }

  /** Baseline: Jackson {@code readTree} of the same JSON. */
  @Benchmark
  public JsonNode jsonReadTree(Inputs in) {
    return Baselines.JSON.readTree(in.json);
  }

  /** plandoc: plan to JSON. */
  @Benchmark
  public String jsonWrite(Inputs in) {
    return in.jsonWriter.write(in.plan);
  }

  /** Baseline: Jackson writing the tree of the same JSON, to the same bytes. */
  @Benchmark
  public String jsonWriteTree(Inputs in) {
    return Baselines.JSON_WRITER.writeValueAsString(in.jsonTree);
  }

  /** plandoc: YAML to plan. */
  @Benchmark
  public ReadResult yamlRead(Inputs in) {
    return in.yamlReader.read(in.yaml);
  }

  /** Baseline: Jackson YAML {@code readTree} of the same YAML. */
  @Benchmark
  public JsonNode yamlReadTree(Inputs in) {
    return Baselines.yamlTree(in.yaml);
  }

  /** plandoc: plan to YAML. */
  @Benchmark
  public String yamlWrite(Inputs in) {
    return in.yamlWriter.write(in.plan);
  }

  /** Baseline: Jackson YAML writing the tree of the same YAML, to the same bytes. */
  @Benchmark
  public String yamlWriteTree(Inputs in) {
    return Baselines.YAML_WRITER.writeValueAsString(in.yamlTree);
  }
}
