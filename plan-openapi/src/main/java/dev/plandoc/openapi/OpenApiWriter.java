package dev.plandoc.openapi;

import dev.plandoc.model.Plan;
import dev.plandoc.model.format.PlanWriter;
import dev.plandoc.openapi.internal.DocumentBuilder;
import dev.plandoc.openapi.internal.Output;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Writes the OpenAPI 3.1.0 document of a plan's API design. Immutable and safe to share between
 * threads.
 *
 * <pre>{@code
 * OpenApiWriter writer = OpenApiWriter.builder().syntax(OpenApiSyntax.JSON).version("1.0.0").build();
 * OpenApiResult result = writer.write(plan);
 * }</pre>
 *
 * <h2>The mapping</h2>
 *
 * <ul>
 *   <li>{@code info.title} is the plan's title, {@code info.version} the options' version; {@code
 *       servers} are the absolute {@code http(s)} URLs the plan names as a base URL (in the API
 *       design's text, the metadata or a deployment environment that says it serves the API).
 *   <li>Each endpoint is one operation: {@code summary} is its name as written, {@code operationId}
 *       a lower camel case identifier made from an English name, else from the method and the path
 *       ({@code getCouponEventsByEventId}), unique in the document.
 *   <li>{@code {id}} and {@code :id} segments are path parameters (the key is written with {@code
 *       {id}}); a query string becomes query parameters and leaves the key; request headers other
 *       than {@code Authorization}, {@code Content-Type} and {@code Accept} are header parameters.
 *   <li>{@code Authorization: Bearer …} (in an endpoint's headers or as a rule in the API design's
 *       text) and a security method that names JWT, OAuth or bearer tokens give the {@code
 *       bearerAuth} scheme ({@code bearerFormat: JWT} when the plan says JWT), applied to the
 *       operations that send it, or to all when the API design's text says so.
 *   <li>The request body and each response body are the {@code example}, parsed when they are JSON
 *       and text otherwise, with a JSON Schema inferred from a JSON example: types, {@code integer}
 *       or {@code number}, every key as {@code required}, arrays from their first item.
 *   <li>Each {@code Response (NNN)} and {@code Error (NNN)} is a response; its description is the
 *       summary the plan writes beside it, else the status's reason phrase.
 * </ul>
 *
 * <h2>What is left out, with a WARNING diagnostic</h2>
 *
 * <ul>
 *   <li>{@code PLAN-O001}: an endpoint whose method or path is unknown (missing, a placeholder, not
 *       an OpenAPI method, not a path).
 *   <li>{@code PLAN-O002}: a status that is not an HTTP status (a WebSocket close code such as
 *       {@code 4001}, anything outside 100–599, prose); it is never coerced.
 *   <li>{@code PLAN-O003}: an unfilled placeholder; it is never written as a value (a placeholder
 *       title gives {@code info.title} {@code Untitled API}).
 *   <li>{@code PLAN-O004}: a repeat: a second endpoint with the same method and path, a second
 *       response with the same status.
 * </ul>
 */
public final class OpenApiWriter {
  private final OpenApiOptions options;

  private OpenApiWriter(OpenApiOptions options) {
    this.options = options;
  }

  /** A builder with the {@link OpenApiOptions#defaults() default options}. */
  public static Builder builder() {
    return new Builder();
  }

  /** The options this writer writes with. */
  public OpenApiOptions options() {
    return options;
  }

  /**
   * The OpenAPI document of the plan and what was left out of it.
   *
   * @param plan the plan; a plan without endpoints gives a document without paths
   * @return the text and the diagnostics
   */
  public OpenApiResult write(Plan plan) {
    DocumentBuilder.Built built = DocumentBuilder.build(plan, options.version());
    return new OpenApiResult(
        Output.write(built.document(), options.syntax() == OpenApiSyntax.JSON),
        built.diagnostics());
  }

  /**
   * This writer as a {@link PlanWriter}, which writes only the text: what the {@code openapi}
   * format and the CLI use.
   */
  public PlanWriter asPlanWriter() {
    return (plan, out) -> {
      try {
        out.append(write(plan).text());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  /**
   * Builds an {@link OpenApiWriter}. Not thread-safe; the writer it builds is.
   *
   * <pre>{@code
   * OpenApiWriter.builder().options(OpenApiOptions.defaults().withVersion("2.0.0")).build();
   * }</pre>
   */
  public static final class Builder {
    private OpenApiOptions options = OpenApiOptions.defaults();

    private Builder() {}

    /** All options at once. */
    public Builder options(OpenApiOptions value) {
      this.options = Objects.requireNonNull(value, "options must not be null");
      return this;
    }

    /** YAML (the default) or JSON. */
    public Builder syntax(OpenApiSyntax value) {
      this.options = options.withSyntax(value);
      return this;
    }

    /** The {@code info.version}; default {@value OpenApiOptions#DEFAULT_VERSION}. */
    public Builder version(String value) {
      this.options = options.withVersion(value);
      return this;
    }

    /** The writer. */
    public OpenApiWriter build() {
      return new OpenApiWriter(options);
    }
  }
}
