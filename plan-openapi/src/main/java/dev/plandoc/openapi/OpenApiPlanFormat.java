package dev.plandoc.openapi;

import dev.plandoc.model.format.PlanFormat;
import dev.plandoc.model.format.PlanReader;
import dev.plandoc.model.format.PlanWriter;
import dev.plandoc.model.format.ReadOptions;
import dev.plandoc.model.format.WriteOptions;
import java.util.List;
import java.util.Locale;

/**
 * The write-only {@code openapi} format, registered with {@link java.util.ServiceLoader}: the
 * OpenAPI 3.1 document of a plan's API design, in YAML ({@code .yaml}, {@code .yml}) or JSON
 * ({@code .json}). An OpenAPI document does not hold a plan, so it {@link #canRead() cannot be
 * read}, and an extension alone never picks it: it is chosen by name, and then the extension of the
 * output file chooses the syntax ({@link #forFileExtension(String)}). {@link WriteOptions} do not
 * apply (the document's words are the plan's). Immutable.
 *
 * <pre>{@code
 * PlanFormat openapi = PlanFormats.load().require("openapi").forFileExtension("json");
 * String json = openapi.writer().write(plan);
 * }</pre>
 */
public final class OpenApiPlanFormat implements PlanFormat {
  private final OpenApiSyntax syntax;

  /** The format writing YAML; {@link java.util.ServiceLoader} calls this. */
  public OpenApiPlanFormat() {
    this(OpenApiSyntax.YAML);
  }

  /** The format writing the given syntax. */
  public OpenApiPlanFormat(OpenApiSyntax syntax) {
    this.syntax = syntax;
  }

  @Override
  public String name() {
    return "openapi";
  }

  /** The extensions of this syntax first: {@code yaml, yml, json} or {@code json, yaml, yml}. */
  @Override
  public List<String> fileExtensions() {
    return syntax == OpenApiSyntax.JSON
        ? List.of("json", "yaml", "yml")
        : List.of("yaml", "yml", "json");
  }

  @Override
  public String mediaType() {
    return syntax == OpenApiSyntax.JSON ? "application/json" : "application/yaml";
  }

  /** False: the format is write-only. */
  @Override
  public boolean canRead() {
    return false;
  }

  /**
   * The JSON format for {@code json}, the YAML format for {@code yaml} and {@code yml}, else this.
   */
  @Override
  public PlanFormat forFileExtension(String extension) {
    switch (extension.strip().toLowerCase(Locale.ROOT)) {
      case "json":
        return new OpenApiPlanFormat(OpenApiSyntax.JSON);
      case "yaml":
      case "yml":
        return new OpenApiPlanFormat(OpenApiSyntax.YAML);
      default:
        return this;
    }
  }

  /**
   * Always throws: an OpenAPI document cannot be read back into a plan.
   *
   * @throws UnsupportedOperationException always
   */
  @Override
  public PlanReader reader(ReadOptions options) {
    throw new UnsupportedOperationException("the openapi format is write-only");
  }

  /** A writer of this syntax with the default version. */
  @Override
  public PlanWriter writer(WriteOptions options) {
    return OpenApiWriter.builder().syntax(syntax).build().asPlanWriter();
  }
}
