package dev.plandoc.markdown.internal;

import dev.plandoc.model.EndpointSpec;
import dev.plandoc.model.EndpointSpecBuilder;
import dev.plandoc.model.Header;
import dev.plandoc.model.ResponseSpec;
import dev.plandoc.model.value.HttpMethodText;
import dev.plandoc.model.value.StatusCodeText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The template's endpoint code block: a request line, {@code Headers:} with indented headers, and
 * {@code Request:}, {@code Response (200):} and {@code Error (400):} parts separated by blank
 * lines.
 */
public final class EndpointBlock {
  private static final Pattern REQUEST_LINE = Pattern.compile("^(\\S+) (\\S+)$");
  private static final Pattern HEADER = Pattern.compile("^  ([^:\\s][^:]*?): ?(.*)$");

  /**
   * A response label: {@code Response (200):}, or with a summary, {@code Response (204): No
   * Content}.
   */
  private static final Pattern RESPONSE =
      Pattern.compile("^([A-Za-z][A-Za-z ]*?) \\(([^()]*)\\):(?: (\\S.*))?$");

  private EndpointBlock() {}

  /**
   * Parses a code block's content into the endpoint builder. Returns false, leaving the builder
   * untouched, unless rendering the parsed parts gives back exactly the same content — so nothing
   * the layout does not capture can be lost. The content is taken byte for byte: a trailing space
   * or a blank line inside a code block is the author's (JSON bodies are compared, pasted and
   * hashed as written), so it is kept in the parts or the block stays verbatim.
   */
  public static boolean parse(String content, EndpointSpecBuilder into, String name) {
    String[] lines = content.split("\n", -1);
    Matcher first = REQUEST_LINE.matcher(lines[0]);
    if (!first.matches()) {
      return false;
    }
    int i = 1;
    List<Header> headers = new ArrayList<>();
    if (i < lines.length && lines[i].equals("Headers:")) {
      i++;
      while (i < lines.length) {
        Matcher h = HEADER.matcher(lines[i]);
        if (!h.matches()) {
          break;
        }
        try {
          headers.add(new Header(h.group(1), h.group(2)));
        } catch (IllegalArgumentException e) {
          return false;
        }
        i++;
      }
    }
    Optional<String> request = Optional.empty();
    List<ResponseSpec> responses = new ArrayList<>();
    while (i < lines.length) {
      if (!lines[i].isEmpty() || i + 1 >= lines.length) {
        return false;
      }
      String label = lines[i + 1];
      int bodyStart = i + 2;
      int end = bodyStart;
      while (end < lines.length
          && !(lines[end].isEmpty() && end + 1 < lines.length && isLabel(lines[end + 1]))) {
        end++;
      }
      String body =
          String.join(
              "\n", java.util.Arrays.asList(lines).subList(bodyStart, Math.max(bodyStart, end)));
      if (label.equals("Request:") && request.isEmpty() && responses.isEmpty()) {
        request = Optional.of(body);
      } else {
        Matcher r = RESPONSE.matcher(label);
        if (!r.matches() || r.group(1).equals("Request")) {
          return false;
        }
        try {
          responses.add(
              new ResponseSpec(
                  r.group(1),
                  new StatusCodeText(r.group(2)),
                  body,
                  Optional.ofNullable(r.group(3))));
        } catch (IllegalArgumentException e) {
          return false;
        }
      }
      i = end;
    }
    EndpointSpec candidate;
    try {
      candidate =
          new EndpointSpecBuilder()
              .name(name)
              .method(new HttpMethodText(first.group(1)))
              .path(first.group(2))
              .headers(headers)
              .requestBody(request)
              .responses(responses)
              .build();
    } catch (IllegalArgumentException e) {
      return false;
    }
    if (!render(candidate).equals(content)) {
      return false;
    }
    into.method(candidate.method())
        .path(candidate.path())
        .headers(candidate.headers())
        .requestBody(candidate.requestBody())
        .responses(candidate.responses());
    return true;
  }

  private static boolean isLabel(String line) {
    return line.equals("Request:") || RESPONSE.matcher(line).matches();
  }

  /** Renders the code block's content (without fences). */
  public static String render(EndpointSpec e) {
    StringBuilder sb = new StringBuilder();
    sb.append(e.method().text()).append(' ').append(e.path());
    if (!e.headers().isEmpty()) {
      sb.append("\nHeaders:");
      for (Header h : e.headers()) {
        sb.append("\n  ").append(h.name()).append(": ").append(h.value());
      }
    }
    e.requestBody().ifPresent(b -> sb.append("\n\nRequest:").append(b.isEmpty() ? "" : "\n" + b));
    for (ResponseSpec r : e.responses()) {
      sb.append("\n\n").append(r.label()).append(" (").append(r.status().text()).append("):");
      r.summary().ifPresent(t -> sb.append(' ').append(t));
      if (!r.body().isEmpty()) {
        sb.append('\n').append(r.body());
      }
    }
    return sb.toString();
  }
}
