package dev.plandoc.openapi.internal;

import dev.plandoc.model.EndpointSpec;
import dev.plandoc.model.Header;
import dev.plandoc.model.Plan;
import dev.plandoc.model.RawMarkdown;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The plan's bearer authentication as the {@code bearerAuth} security scheme: an endpoint that
 * sends {@code Authorization: Bearer …}, a rule in the API design's text ({@code Authorization:
 * Bearer <token>} for all calls, "bearer token"), or a security method that names JWT, OAuth or
 * bearer or access tokens. Other schemes (an API key in {@code Authorization: SdkKey …}) are not
 * guessed at.
 *
 * @param defined whether the plan uses bearer authentication at all
 * @param global whether the API design's text applies it to every call
 * @param jwt whether the plan says the token is a JWT
 * @param description the security section's method as written, when it is filled in
 */
record Auth(boolean defined, boolean global, boolean jwt, Optional<String> description) {
  static final String SCHEME = "bearerAuth";

  private static final Pattern BEARER_RULE =
      Pattern.compile("(?i)authorization:\\s*bearer|bearer[ -]token|bearer 토큰");
  private static final Pattern BEARER_METHOD =
      Pattern.compile("(?i)jwt|oauth|bearer|access token|액세스 토큰|엑세스 토큰");
  private static final Pattern JWT = Pattern.compile("(?i)\\bjwt|json web token|\\beyJ");

  /** What the plan says of bearer authentication. */
  static Auth of(Plan plan, Problems problems) {
    String apiText =
        plan.apiDesign().stream()
            .flatMap(a -> a.extras().stream())
            .map(RawMarkdown::markdown)
            .collect(Collectors.joining("\n"));
    Optional<String> method =
        plan.security()
            .flatMap(s -> s.authentication())
            .flatMap(a -> a.method())
            .filter(
                m ->
                    !problems.placeholder(
                        "security.authentication.method", "not used for the security scheme"));
    boolean sent = false;
    boolean jwtHeader = false;
    for (EndpointSpec e : plan.apiDesign().map(a -> a.endpoints()).orElse(java.util.List.of())) {
      for (Header h : e.headers()) {
        if (isBearer(h)) {
          sent = true;
          jwtHeader |= JWT.matcher(h.value()).find();
        }
      }
    }
    boolean global = BEARER_RULE.matcher(apiText).find();
    boolean byMethod = method.map(m -> BEARER_METHOD.matcher(m).find()).orElse(false);
    boolean jwt =
        jwtHeader
            || JWT.matcher(apiText).find()
            || method.map(m -> JWT.matcher(m).find()).orElse(false);
    return new Auth(sent || global || byMethod, global, jwt, method);
  }

  /** Whether the header is {@code Authorization: Bearer …}. */
  static boolean isBearer(Header header) {
    return header.name().equalsIgnoreCase("Authorization")
        && header.value().strip().regionMatches(true, 0, "Bearer", 0, 6);
  }

  /** Whether the endpoint sends a bearer token. */
  static boolean sends(EndpointSpec endpoint) {
    return endpoint.headers().stream().anyMatch(Auth::isBearer);
  }

  /** The scheme object of {@code components.securitySchemes.bearerAuth}. */
  ObjectNode scheme() {
    ObjectNode scheme = JsonNodeFactory.instance.objectNode();
    scheme.put("type", "http");
    scheme.put("scheme", "bearer");
    if (jwt) {
      scheme.put("bearerFormat", "JWT");
    }
    description.ifPresent(d -> scheme.put("description", d));
    return scheme;
  }
}
