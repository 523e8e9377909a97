package dev.plandoc.json;

import dev.plandoc.model.format.PlanFormat;
import dev.plandoc.model.format.PlanReader;
import dev.plandoc.model.format.PlanWriter;
import dev.plandoc.model.format.ReadOptions;
import dev.plandoc.model.format.WriteOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The JSON format ({@code json}, {@code .json}, {@code application/json}), registered with {@link
 * java.util.ServiceLoader}. Stateless; readers and writers it returns are immutable.
 *
 * <pre>{@code
 * PlanFormat json = PlanFormats.load().require("json");
 * String text = json.writer(WriteOptions.defaults().withCompact(true)).write(plan);
 * }</pre>
 */
public final class JsonPlanFormat implements PlanFormat {
  /** The class-path resource of the JSON Schema (draft 2020-12) of the shape. */
  public static final String SCHEMA_RESOURCE = "/dev/plandoc/json/plan.schema.json";

  /** Creates the format; {@link java.util.ServiceLoader} calls this. */
  public JsonPlanFormat() {}

  @Override
  public String name() {
    return "json";
  }

  @Override
  public List<String> fileExtensions() {
    return List.of("json");
  }

  @Override
  public String mediaType() {
    return "application/json";
  }

  /** A reader: strict or lenient as the options say, with the default {@link ReadLimits}. */
  @Override
  public PlanReader reader(ReadOptions options) {
    return JsonPlanReader.builder().strict(options.strict()).build();
  }

  /** A writer: compact or pretty, in the options' language or the plan's. */
  @Override
  public PlanWriter writer(WriteOptions options) {
    return JsonPlanWriter.builder().compact(options.compact()).language(options.language()).build();
  }

  /** The JSON Schema (draft 2020-12) of the shape this format reads and writes. */
  public static String schema() {
    try (InputStream in = JsonPlanFormat.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + SCHEMA_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
