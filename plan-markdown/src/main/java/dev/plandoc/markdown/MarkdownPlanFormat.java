package dev.plandoc.markdown;

import dev.plandoc.model.format.PlanFormat;
import dev.plandoc.model.format.PlanReader;
import dev.plandoc.model.format.PlanWriter;
import dev.plandoc.model.format.ReadOptions;
import dev.plandoc.model.format.WriteOptions;
import java.util.List;

/**
 * The {@code markdown} format ({@code .md}, {@code .markdown}, {@code text/markdown}), registered
 * with {@link java.util.ServiceLoader}.
 *
 * <pre>{@code
 * PlanFormat md = PlanFormats.load().require("markdown");
 * }</pre>
 */
public final class MarkdownPlanFormat implements PlanFormat {
  /** Creates the format; used by {@link java.util.ServiceLoader}. */
  public MarkdownPlanFormat() {}

  @Override
  public String name() {
    return "markdown";
  }

  @Override
  public List<String> fileExtensions() {
    return List.of("md", "markdown");
  }

  @Override
  public String mediaType() {
    return "text/markdown";
  }

  @Override
  public PlanReader reader(ReadOptions options) {
    return MarkdownPlanReader.of(options);
  }

  @Override
  public PlanWriter writer(WriteOptions options) {
    return MarkdownPlanWriter.of(options);
  }
}
