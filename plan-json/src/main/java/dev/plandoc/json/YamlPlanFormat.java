package dev.plandoc.json;

import dev.plandoc.model.format.PlanFormat;
import dev.plandoc.model.format.PlanReader;
import dev.plandoc.model.format.PlanWriter;
import dev.plandoc.model.format.ReadOptions;
import dev.plandoc.model.format.WriteOptions;
import java.util.List;

/**
 * The YAML format ({@code yaml}, {@code .yaml} and {@code .yml}, {@code application/yaml}),
 * registered with {@link java.util.ServiceLoader}. The shape is the JSON shape; {@link
 * WriteOptions#compact()} does not apply to YAML. Stateless; readers and writers it returns are
 * immutable.
 *
 * <pre>{@code
 * PlanFormat yaml = PlanFormats.load().require("yaml");
 * Plan plan = yaml.reader(ReadOptions.STRICT).read(Path.of("plan.yaml")).plan();
 * }</pre>
 */
public final class YamlPlanFormat implements PlanFormat {
  /** Creates the format; {@link java.util.ServiceLoader} calls this. */
  public YamlPlanFormat() {}

  @Override
  public String name() {
    return "yaml";
  }

  @Override
  public List<String> fileExtensions() {
    return List.of("yaml", "yml");
  }

  @Override
  public String mediaType() {
    return "application/yaml";
  }

  /** A reader: strict or lenient as the options say, with the default {@link ReadLimits}. */
  @Override
  public PlanReader reader(ReadOptions options) {
    return YamlPlanReader.builder().strict(options.strict()).build();
  }

  /** A writer in the options' language or the plan's. */
  @Override
  public PlanWriter writer(WriteOptions options) {
    return YamlPlanWriter.builder().language(options.language()).build();
  }
}
