package dev.plandoc.model;

import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.*;
import java.util.*;
import org.immutables.value.Value;

/**
 * One API endpoint ({@code ### Endpoint N: name}) with the request and responses of its code block.
 *
 * <p>Anchors for {@link #extras()}: {@code ""} (before the code block) and {@code "spec"} (after
 * it). When an endpoint's code block does not follow the template's layout, the reader keeps the
 * block in {@link #extras()} and leaves method and path empty.
 *
 * <pre>{@code
 * new EndpointSpecBuilder().name("로그인").method(HttpMethodText.of(HttpMethod.POST))
 *     .path("/api/v1/auth/login").build();
 * }</pre>
 *
 * @param name the endpoint name
 * @param method the HTTP method
 * @param path the request path
 * @param headers the request headers in order
 * @param requestBody the request body, when a {@code Request:} part is written
 * @param responses the responses and errors in order
 * @param extras unrecognised content
 * @param viewOf the anchor of the kept Markdown this item is read from, when it is a {@link
 *     RawMarkdownView view}
 */
@Value.Builder
public record EndpointSpec(
    String name,
    HttpMethodText method,
    String path,
    List<Header> headers,
    Optional<String> requestBody,
    List<ResponseSpec> responses,
    List<RawMarkdown> extras,
    Optional<String> viewOf)
    implements RawMarkdownView {
  /** Checks the values. */
  public EndpointSpec {
    viewOf.ifPresent(a -> Texts.required(a, "viewOf"));
    Texts.singleLine(name, "endpoint name");
    Texts.required(method, "method");
    Texts.singleLine(path, "path");
    if (path.contains(" ")) {
      throw new IllegalArgumentException("path must not contain spaces: '" + path + "'");
    }
    headers = Texts.list(headers, "headers");
    responses = Texts.list(responses, "responses");
    if (method.text().isEmpty()
        && path.isEmpty()
        && headers.isEmpty()
        && requestBody.isEmpty()
        && responses.isEmpty()) {
      extras = RawMarkdown.moved(extras, "spec", "");
    }
    extras = RawMarkdown.checked(extras, "endpoint.extras", List.of("spec"));
  }

  /** Whether the endpoint has a request/response specification (a method, path or more). */
  public boolean hasSpec() {
    return !method.text().isEmpty()
        || !path.isEmpty()
        || !headers.isEmpty()
        || requestBody.isPresent()
        || !responses.isEmpty();
  }

  /** An endpoint of its own (not a view). */
  public EndpointSpec(
      String name,
      HttpMethodText method,
      String path,
      List<Header> headers,
      Optional<String> requestBody,
      List<ResponseSpec> responses,
      List<RawMarkdown> extras) {
    this(name, method, path, headers, requestBody, responses, extras, Optional.empty());
  }
}
