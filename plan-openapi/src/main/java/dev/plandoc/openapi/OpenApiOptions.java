package dev.plandoc.openapi;

import java.util.Objects;

/**
 * How an OpenAPI document is written: its syntax and the {@code info.version} it states. A plan has
 * no API version of its own, so the version is the writer's to set; it defaults to {@value
 * #DEFAULT_VERSION}, the version of an API that is still a plan.
 *
 * <pre>{@code
 * OpenApiOptions options = OpenApiOptions.defaults().withSyntax(OpenApiSyntax.JSON).withVersion("1.2.0");
 * }</pre>
 *
 * @param syntax YAML or JSON
 * @param version the {@code info.version} of the document, not blank
 */
public record OpenApiOptions(OpenApiSyntax syntax, String version) {
  /** The {@code info.version} written when none is set. */
  public static final String DEFAULT_VERSION = "0.1.0";

  private static final OpenApiOptions DEFAULTS =
      new OpenApiOptions(OpenApiSyntax.YAML, DEFAULT_VERSION);

  /** Checks the values. */
  public OpenApiOptions {
    Objects.requireNonNull(syntax, "syntax must not be null");
    Objects.requireNonNull(version, "version must not be null");
    if (version.isBlank() || version.contains("\n")) {
      throw new IllegalArgumentException("version must be one non-blank line: '" + version + "'");
    }
  }

  /** YAML, version {@value #DEFAULT_VERSION}. */
  public static OpenApiOptions defaults() {
    return DEFAULTS;
  }

  /** These options with another syntax. */
  public OpenApiOptions withSyntax(OpenApiSyntax other) {
    return new OpenApiOptions(other, version);
  }

  /** These options with another {@code info.version}. */
  public OpenApiOptions withVersion(String other) {
    return new OpenApiOptions(syntax, other);
  }
}
