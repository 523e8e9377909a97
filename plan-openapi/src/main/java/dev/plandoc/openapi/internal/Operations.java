package dev.plandoc.openapi.internal;

import dev.plandoc.model.EndpointSpec;
import dev.plandoc.model.Header;
import dev.plandoc.model.ResponseSpec;
import dev.plandoc.model.value.HttpMethod;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One endpoint as one OpenAPI operation: summary, operationId, parameters (path, query, header),
 * request body, responses and security. An endpoint whose method or path is unknown gives none.
 */
final class Operations {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Headers OpenAPI describes elsewhere (security, media types) and ignores as parameters. */
  private static final Set<String> NOT_PARAMETERS =
      Set.of("authorization", "content-type", "accept");

  /**
   * A value that stands for one ({@code <id>}, {@code {id}}, {@code YYYY-MM-DD}), not an example.
   */
  private static final Pattern NOT_AN_EXAMPLE =
      Pattern.compile(".*[{}<>].*|[YMDHhms]+(?:[-:./ T][YMDHhms]+)*|\\.\\.\\.|…");

  private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");

  private Operations() {}

  /**
   * An operation at its path and method.
   *
   * @param pathKey the OpenAPI path key
   * @param method the lower-case OpenAPI method
   * @param operation the operation object
   */
  record Operation(String pathKey, String method, ObjectNode operation) {}

  /** The operation of endpoint {@code at}, or empty (with a diagnostic) when it has none. */
  static Optional<Operation> of(
      EndpointSpec e, String at, Auth auth, OperationIds ids, Problems problems) {
    Optional<HttpMethod> method = e.method().value();
    if (problems.placeholder(at + ".method", "the endpoint is left out")) {
      return Optional.empty();
    }
    if (method.isEmpty() || method.get() == HttpMethod.CONNECT) {
      problems.warn(
          Problems.SKIPPED,
          at + ".method",
          "no OpenAPI method"
              + (e.method().text().isEmpty() ? "" : " in '" + e.method().text() + "'")
              + ": the endpoint is left out");
      return Optional.empty();
    }
    if (problems.placeholder(at + ".path", "the endpoint is left out")) {
      return Optional.empty();
    }
    Optional<PathTemplate> path = PathTemplate.parse(e.path());
    if (path.isEmpty()) {
      problems.warn(
          Problems.SKIPPED,
          at + ".path",
          (e.path().isEmpty() ? "no path" : "'" + e.path() + "' is not a request path")
              + ": the endpoint is left out");
      return Optional.empty();
    }
    String verb = method.get().name().toLowerCase(Locale.ROOT);
    boolean named = !e.name().isEmpty() && !problems.placeholder(at + ".name", "no summary");
    ObjectNode op = NODES.objectNode();
    if (named) {
      op.put("summary", e.name());
    }
    op.put("operationId", ids.next(named ? e.name() : "", verb, path.get().key()));
    ArrayNode parameters = parameters(e, at, path.get(), problems);
    if (!parameters.isEmpty()) {
      op.set("parameters", parameters);
    }
    e.requestBody()
        .filter(b -> !Bodies.isNone(b))
        .ifPresent(
            body -> {
              ObjectNode request = op.putObject("requestBody");
              request.put("required", true);
              request.set(
                  "content", Bodies.content(body, contentType(e), at + ".requestBody", problems));
            });
    op.set("responses", responses(e, at, problems));
    if (Auth.sends(e) || auth.global()) {
      op.putArray("security").addObject().putArray(Auth.SCHEME);
    }
    return Optional.of(new Operation(path.get().key(), verb, op));
  }

  private static ArrayNode parameters(
      EndpointSpec e, String at, PathTemplate path, Problems problems) {
    ArrayNode parameters = NODES.arrayNode();
    for (String name : path.pathParameters()) {
      parameter(parameters, name, "path", true, "");
    }
    for (PathTemplate.QueryParameter q : path.query()) {
      parameter(parameters, q.name(), "query", false, q.value());
    }
    Set<String> seen = new HashSet<>();
    for (int k = 0; k < e.headers().size(); k++) {
      Header h = e.headers().get(k);
      String lower = h.name().toLowerCase(Locale.ROOT);
      if (NOT_PARAMETERS.contains(lower)
          || !seen.add(lower)
          || problems.placeholder(at + ".headers[" + k + "].name", "the header is left out")) {
        continue;
      }
      parameter(parameters, h.name(), "header", true, h.value());
    }
    return parameters;
  }

  /** A parameter with a string (or integer) schema and the written value as its example. */
  private static void parameter(
      ArrayNode parameters, String name, String in, boolean required, String value) {
    ObjectNode p = parameters.addObject();
    p.put("name", name);
    p.put("in", in);
    if (required) {
      p.put("required", true);
    }
    String v = value.strip();
    boolean integer = INTEGER.matcher(v).matches();
    p.putObject("schema").put("type", integer ? "integer" : "string");
    if (integer) {
      p.put("example", Long.parseLong(v));
    } else if (!v.isEmpty() && !NOT_AN_EXAMPLE.matcher(v).matches()) {
      p.put("example", v);
    }
  }

  /** The media type of the request's {@code Content-Type} header, without its parameters. */
  private static Optional<String> contentType(EndpointSpec e) {
    return e.headers().stream()
        .filter(h -> h.name().equalsIgnoreCase("Content-Type"))
        .map(h -> h.value().split(";")[0].strip())
        .filter(v -> v.matches("[\\w.+-]+/[\\w.+*-]+"))
        .findFirst();
  }

  private static ObjectNode responses(EndpointSpec e, String at, Problems problems) {
    ObjectNode responses = NODES.objectNode();
    for (int j = 0; j < e.responses().size(); j++) {
      ResponseSpec r = e.responses().get(j);
      String rat = at + ".responses[" + j + "]";
      Optional<Integer> status = r.status().value();
      if (problems.placeholder(rat + ".status", "the response is left out")) {
        continue;
      }
      if (status.isEmpty()) {
        problems.warn(
            Problems.NOT_HTTP_STATUS,
            rat + ".status",
            "'"
                + r.status().text()
                + "' is not an HTTP status (100-599): the response is left out");
        continue;
      }
      String key = Integer.toString(status.get());
      if (responses.has(key)) {
        problems.warn(
            Problems.REPEAT, rat, "a second " + r.label() + " (" + key + "): it is left out");
        continue;
      }
      ObjectNode response = responses.putObject(key);
      response.put("description", Statuses.description(r, rat, problems));
      if (!Bodies.isNone(r.body())) {
        response.set(
            "content", Bodies.content(r.body(), Optional.empty(), rat + ".body", problems));
      }
    }
    return responses;
  }
}
