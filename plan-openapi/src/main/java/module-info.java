/**
 * The write-only {@code openapi} format: an OpenAPI 3.1 document (YAML or JSON) from a plan's API
 * design, built with Jackson 3.
 *
 * <pre>{@code
 * OpenApiResult result = OpenApiWriter.builder().build().write(plan);
 * Files.writeString(Path.of("openapi.yaml"), result.text());
 * }</pre>
 *
 * @provides dev.plandoc.model.format.PlanFormat as {@code openapi}
 */
module dev.plandoc.openapi {
  requires transitive dev.plandoc.model;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;
  requires static org.jspecify;

  exports dev.plandoc.openapi;

  provides dev.plandoc.model.format.PlanFormat with
      dev.plandoc.openapi.OpenApiPlanFormat;
}
