package dev.plandoc.bench;

import dev.plandoc.model.format.ReadResult;
import java.util.concurrent.TimeUnit;
import org.commonmark.node.Node;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** Markdown: plandoc's reader and writer against commonmark-java's parser and renderer. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class MarkdownBenchmark {

  /** plandoc: text to plan, with diagnostics and a source map. */
  @Benchmark
  public ReadResult read(Inputs in) {
    return in.markdownReader.read(in.markdown);
  }

  /** Baseline: commonmark parse with the reader's configuration (GFM tables, block spans). */
  @Benchmark
  public Node parseSameConfig(Inputs in) {
    return Baselines.SAME_AS_READER.parse(in.markdown);
  }

  /** Baseline: commonmark parse with the default configuration. */
  @Benchmark
  public Node parseDefault(Inputs in) {
    return Baselines.DEFAULT.parse(in.markdown);
  }

  /** plandoc: plan to Markdown. */
  @Benchmark
  public String write(Inputs in) {
    return in.markdownWriter.write(in.plan);
  }

  /**
   * plandoc: faithful write-back of a plan equal to the one read (a copy, not the same instance),
   * which gives the source back; the target is at most the canonical {@link #write}.
   */
  @Benchmark
  public String update(Inputs in) {
    return in.markdownWriter.update(in.document, in.planCopy);
  }

  /** plandoc: faithful write-back of the plan with its title changed: one line rewritten. */
  @Benchmark
  public String updateTitle(Inputs in) {
    return in.markdownWriter.update(in.document, in.retitled);
  }

  /** Baseline: commonmark's MarkdownRenderer, rendering the tree of the same document. */
  @Benchmark
  public String render(Inputs in) {
    return Baselines.RENDERER.render(in.markdownOutTree);
  }
}
