package dev.plandoc.openapi.internal;

import dev.plandoc.model.ResponseSpec;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The description of a response, which OpenAPI requires: the summary the plan writes beside it
 * ({@code Response (200): 발급 성공}), else the reason phrase written with the status ({@code 201
 * Created}), else the standard reason phrase of the status, else the plan's label ({@code Error}).
 */
final class Statuses {
  private static final Pattern PHRASE = Pattern.compile("\\W*\\d{3}\\s+(\\p{L}.*?)\\W*");

  /** RFC 9110's reason phrases (and 429 of RFC 6585) of the statuses plans use. */
  private static final Map<Integer, String> REASONS =
      Map.ofEntries(
          Map.entry(200, "OK"),
          Map.entry(201, "Created"),
          Map.entry(202, "Accepted"),
          Map.entry(204, "No Content"),
          Map.entry(206, "Partial Content"),
          Map.entry(301, "Moved Permanently"),
          Map.entry(302, "Found"),
          Map.entry(303, "See Other"),
          Map.entry(304, "Not Modified"),
          Map.entry(307, "Temporary Redirect"),
          Map.entry(308, "Permanent Redirect"),
          Map.entry(400, "Bad Request"),
          Map.entry(401, "Unauthorized"),
          Map.entry(403, "Forbidden"),
          Map.entry(404, "Not Found"),
          Map.entry(405, "Method Not Allowed"),
          Map.entry(406, "Not Acceptable"),
          Map.entry(408, "Request Timeout"),
          Map.entry(409, "Conflict"),
          Map.entry(410, "Gone"),
          Map.entry(412, "Precondition Failed"),
          Map.entry(413, "Content Too Large"),
          Map.entry(415, "Unsupported Media Type"),
          Map.entry(422, "Unprocessable Content"),
          Map.entry(423, "Locked"),
          Map.entry(428, "Precondition Required"),
          Map.entry(429, "Too Many Requests"),
          Map.entry(500, "Internal Server Error"),
          Map.entry(501, "Not Implemented"),
          Map.entry(502, "Bad Gateway"),
          Map.entry(503, "Service Unavailable"),
          Map.entry(504, "Gateway Timeout"));

  private Statuses() {}

  /** The description of a response with an HTTP status. */
  static String description(ResponseSpec r, String at, Problems problems) {
    if (r.summary().isPresent()
        && !problems.placeholder(at + ".summary", "the status's reason phrase describes it")) {
      return r.summary().get();
    }
    Matcher m = PHRASE.matcher(r.status().text());
    if (m.matches()) {
      return m.group(1);
    }
    return REASONS.getOrDefault(r.status().value().orElse(0), r.label());
  }
}
