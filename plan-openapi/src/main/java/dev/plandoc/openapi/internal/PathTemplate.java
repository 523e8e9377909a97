package dev.plandoc.openapi.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plan's request path as OpenAPI needs it: the path key with {@code {name}} parameters ({@code
 * :name} segments rewritten), the names of its path parameters, and the query string's parameters,
 * which leave the key.
 *
 * <pre>{@code
 * PathTemplate.parse("/users/:id/posts?page=1").orElseThrow();
 * // key "/users/{id}/posts", pathParameters [id], query [QueryParameter[name=page, value=1]]
 * }</pre>
 *
 * @param key the path as an OpenAPI path key
 * @param pathParameters the names of the path parameters, in order, each once
 * @param query the query parameters, in order, each name once
 */
public record PathTemplate(String key, List<String> pathParameters, List<QueryParameter> query) {
  private static final Pattern BRACED = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_.-]*)\\}");
  private static final Pattern COLON = Pattern.compile(":([A-Za-z_][A-Za-z0-9_]*)");

  /** Copies the lists. */
  public PathTemplate {
    pathParameters = List.copyOf(pathParameters);
    query = List.copyOf(query);
  }

  /**
   * One query parameter as written: {@code status=AVAILABLE}, {@code q=} or a bare {@code q}.
   *
   * @param name the name
   * @param value the value as written, empty when none is
   */
  public record QueryParameter(String name, String value) {}

  /**
   * The template of a path, or empty when it is not a path: it must start with {@code /} and hold
   * no brace other than around a parameter name.
   */
  public static Optional<PathTemplate> parse(String path) {
    if (!path.startsWith("/")) {
      return Optional.empty();
    }
    int q = path.indexOf('?');
    String rawKey = q < 0 ? path : path.substring(0, q);
    int hash = rawKey.indexOf('#');
    rawKey = hash < 0 ? rawKey : rawKey.substring(0, hash);
    List<String> segments = new ArrayList<>();
    List<String> parameters = new ArrayList<>();
    for (String segment : rawKey.split("/", -1)) {
      Matcher colon = COLON.matcher(segment);
      String s = colon.matches() ? "{" + colon.group(1) + "}" : segment;
      Matcher braced = BRACED.matcher(s);
      while (braced.find()) {
        if (!parameters.contains(braced.group(1))) {
          parameters.add(braced.group(1));
        }
      }
      if (braced.replaceAll("").matches(".*[{}].*")) {
        return Optional.empty();
      }
      segments.add(s);
    }
    String key = String.join("/", segments);
    if (key.length() > 1 && key.endsWith("/")) {
      key = key.substring(0, key.length() - 1);
    }
    List<QueryParameter> query = new ArrayList<>();
    if (q >= 0) {
      for (String pair : path.substring(q + 1).split("&")) {
        int eq = pair.indexOf('=');
        String name = eq < 0 ? pair : pair.substring(0, eq);
        if (!name.isEmpty() && query.stream().noneMatch(p -> p.name().equals(name))) {
          query.add(new QueryParameter(name, eq < 0 ? "" : pair.substring(eq + 1)));
        }
      }
    }
    return Optional.of(new PathTemplate(key, parameters, query));
  }
}
