package dev.plandoc.openapi;

/**
 * The syntax an OpenAPI document is written in. The document is the same in both.
 *
 * <pre>{@code
 * OpenApiWriter.builder().syntax(OpenApiSyntax.JSON).build();
 * }</pre>
 */
public enum OpenApiSyntax {
  /** YAML ({@code application/yaml}), the default: what people read and review. */
  YAML,
  /** JSON ({@code application/json}), pretty-printed with two spaces. */
  JSON
}
