package dev.plandoc.model;

import dev.plandoc.model.internal.Edits;
import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.*;
import java.util.*;
import java.util.function.UnaryOperator;
import org.immutables.value.Value;

/**
 * One API endpoint ({@code ### Endpoint N: name}) with the request and responses of its code block.
 *
 * <p>Anchors for {@link #extras()}: {@code ""} (before the code block) and {@code "spec"} (after
 * it). When an endpoint's code block does not follow the template's layout, the reader keeps the
 * block in {@link #extras()} and leaves method and path empty.
 *
 * <p>Every {@code with…} method but {@code withViewOf} keeps {@link #viewOf()}: an edited view is
 * still a view of the Markdown it was read from, which a faithful Markdown writer needs to know.
 *
 * <pre>{@code
 * new EndpointSpecBuilder().name("로그인").method(HttpMethodText.of(HttpMethod.POST))
 *     .path("/api/v1/auth/login").build();
 * endpoint.withPath("/v2/receipts").withResponse(0, r -> r.withStatus("201"));
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
    implements RawMarkdownView, WithEndpointSpec {
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

  /**
   * A copy with {@link #method() method} set to the text {@code method}, as written (a {@link
   * HttpMethodText}).
   */
  public EndpointSpec withMethod(String method) {
    return withMethod(new HttpMethodText(method));
  }

  /** A copy without {@link #requestBody() requestBody}. */
  public EndpointSpec withoutRequestBody() {
    return withRequestBody(Optional.empty());
  }

  /**
   * A copy with the item of {@link #headers() headers} at {@code index} changed by {@code change}.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index < headers().size()}
   */
  public EndpointSpec withHeader(int index, UnaryOperator<Header> change) {
    return withHeaders(Edits.replaced(headers, index, change, "endpoint.headers"));
  }

  /** A copy with {@code header} added to {@link #headers() headers}, after its siblings. */
  public EndpointSpec withHeaderAdded(Header header) {
    return withHeaderAdded(headers.size(), header);
  }

  /**
   * A copy with {@code header} added to {@link #headers() headers} at {@code index}; the items from
   * {@code index} on follow it.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index <= headers().size()}
   */
  public EndpointSpec withHeaderAdded(int index, Header header) {
    return withHeaders(Edits.inserted(headers, index, header, "endpoint.headers"));
  }

  /**
   * A copy without the item of {@link #headers() headers} at {@code index}.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index < headers().size()}
   */
  public EndpointSpec withoutHeader(int index) {
    return withHeaders(Edits.removed(headers, index, "endpoint.headers"));
  }

  /**
   * A copy with the item of {@link #headers() headers} at {@code from} moved so that it is at
   * {@code to}.
   *
   * @throws IndexOutOfBoundsException unless both are in {@code 0 <= i < headers().size()}
   */
  public EndpointSpec withHeaderMoved(int from, int to) {
    return withHeaders(Edits.moved(headers, from, to, "endpoint.headers"));
  }

  /**
   * A copy with the item of {@link #responses() responses} at {@code index} changed by {@code
   * change}.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index < responses().size()}
   */
  public EndpointSpec withResponse(int index, UnaryOperator<ResponseSpec> change) {
    return withResponses(Edits.replaced(responses, index, change, "endpoint.responses"));
  }

  /** A copy with {@code response} added to {@link #responses() responses}, after its siblings. */
  public EndpointSpec withResponseAdded(ResponseSpec response) {
    return withResponseAdded(responses.size(), response);
  }

  /**
   * A copy with {@code response} added to {@link #responses() responses} at {@code index}; the
   * items from {@code index} on follow it.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index <= responses().size()}
   */
  public EndpointSpec withResponseAdded(int index, ResponseSpec response) {
    return withResponses(Edits.inserted(responses, index, response, "endpoint.responses"));
  }

  /**
   * A copy without the item of {@link #responses() responses} at {@code index}.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index < responses().size()}
   */
  public EndpointSpec withoutResponse(int index) {
    return withResponses(Edits.removed(responses, index, "endpoint.responses"));
  }

  /**
   * A copy with the item of {@link #responses() responses} at {@code from} moved so that it is at
   * {@code to}.
   *
   * @throws IndexOutOfBoundsException unless both are in {@code 0 <= i < responses().size()}
   */
  public EndpointSpec withResponseMoved(int from, int to) {
    return withResponses(Edits.moved(responses, from, to, "endpoint.responses"));
  }
}
