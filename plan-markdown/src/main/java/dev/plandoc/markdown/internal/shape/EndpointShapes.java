package dev.plandoc.markdown.internal.shape;

import dev.plandoc.markdown.internal.Inline;
import dev.plandoc.model.EndpointSpec;
import dev.plandoc.model.EndpointSpecBuilder;
import dev.plandoc.model.ResponseSpec;
import dev.plandoc.model.value.HttpMethodText;
import dev.plandoc.model.value.StatusCodeText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * The endpoint shapes agents write besides the template's {@code ### Endpoint N:} block, read as
 * views:
 *
 * <ul>
 *   <li>a table with a method and a path column ({@code | Method | Path | 설명 | 성공 응답 |}), or one
 *       column holding both ({@code | GET /x |});
 *   <li>a code block without a language (or {@code text}) whose every line is {@code METHOD /path},
 *       optionally followed by {@code → 200} and a description;
 *   <li>a heading {@code #### POST /x} (also bold or in backticks), with the success status and
 *       bodies from what follows it: {@code **Response 200 OK**}, {@code Response: `201 Created`},
 *       {@code Response (204): No Content}, {@code **응답** (201 Created):}, {@code Request:};
 *   <li>list items {@code - **이름** — `POST /x` → `201 Created`}, and a list of labelled fields
 *       {@code - **엔드포인트**: `POST /x`} under a heading that names the endpoint.
 * </ul>
 *
 * <p>Precision first: a method is one of the HTTP methods in capitals, a path starts with {@code /}
 * and has no spaces, and a status is the success status only where a response is named (an error
 * mentioned in prose, {@code 409 Conflict if …}, is not). Request examples ({@code ```http} blocks,
 * {@code // POST /x} comments in JSON) are instances of an endpoint, not endpoints, and are passed
 * over. An endpoint met a second time (a summary table and then a detailed heading) is one
 * endpoint.
 */
public final class EndpointShapes {
  private static final String METHODS = "GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS";
  private static final Pattern ANY_METHOD = Pattern.compile("\\b(?:" + METHODS + ")\\b");
  private static final Pattern ENDPOINT =
      Pattern.compile(
          "^(" + METHODS + ")\\s+(/[^\\s`|*]*|https?://[^\\s`|*]+)(.*)$", Pattern.DOTALL);
  private static final Pattern CODE_SPAN_ENDPOINT =
      Pattern.compile("`(" + METHODS + ")\\s+(/[^\\s`]*)`");
  private static final Pattern ARROW_STATUS =
      Pattern.compile("^\\s*(?:→|->|=>)\\s*`?(\\d{3}(?: [A-Z][A-Za-z' -]*[A-Za-z])?)`?");
  private static final Pattern NAMED_RESPONSE =
      Pattern.compile(
          "(?:\\b(?:[Rr]esponse|RESPONSE|[Rr]eturns?)|응답|반환)[^\\d\\n]{0,12}?(\\d{3}(?: [A-Z][A-Za-z' -]*[A-Za-z])?)");
  private static final Pattern BARE_STATUS =
      Pattern.compile("^[*_`]*(\\d{3}(?: [A-Z][A-Za-z' -]*[A-Za-z])?)[*_`]*$");
  private static final Pattern REQUEST_LABEL =
      Pattern.compile("^[*_]*(?:Request(?: body)?|요청(?: 본문| 예시)?|Body)[*_]*\\s*[:：]?.{0,40}$");
  private static final Pattern LEADING_BOLD = Pattern.compile("^\\*\\*([^*\\n]+)\\*\\*");
  private static final Pattern FIELD = Pattern.compile("^\\*\\*([^*\\n]+?)\\*\\*\\s*[:：]\\s*(.*)$");
  private static final Pattern DESCRIPTION_SEPARATOR = Pattern.compile("^\\s*(?:[—–:-]|#|//)\\s*");

  private EndpointShapes() {}

  /** The endpoints the kept Markdown holds, in order, each once. */
  public static List<EndpointSpec> read(KeptMarkdown kept) {
    if (!ANY_METHOD.matcher(kept.text()).find()) {
      return List.of(); // no HTTP method anywhere: no endpoint, and no parse
    }
    List<EndpointSpec> out = new ArrayList<>();
    List<Node> blocks = kept.blocks();
    String lastHeading = "";
    for (int i = 0; i < blocks.size(); i++) {
      Node b = blocks.get(i);
      if (b instanceof Heading h) {
        Optional<Matcher> m = endpointText(kept.headingText(h));
        if (m.isEmpty()) {
          lastHeading = kept.headingText(h);
          continue;
        }
        int end = i + 1;
        while (end < blocks.size()
            && !(blocks.get(end) instanceof Heading next && next.getLevel() <= h.getLevel())) {
          end++;
        }
        add(out, headingEndpoint(kept, m.get(), blocks.subList(i + 1, end)));
        i = end - 1;
      } else if (b instanceof TableBlock t) {
        tableRows(kept, t).forEach(e -> add(out, e));
      } else if (b instanceof FencedCodeBlock c && isListing(c)) {
        codeLines(KeptMarkdown.literal(c)).forEach(e -> add(out, e));
      } else if (b instanceof ListBlock l) {
        listItems(kept.items(l), lastHeading).forEach(e -> add(out, e));
      }
    }
    return out;
  }

  private static void add(List<EndpointSpec> out, Optional<EndpointSpec> e) {
    e.ifPresent(
        x -> {
          for (int i = 0; i < out.size(); i++) {
            if (same(out.get(i), x)) {
              out.set(i, enrich(out.get(i), x));
              return;
            }
          }
          out.add(x);
        });
  }

  private static void add(List<EndpointSpec> out, EndpointSpec e) {
    add(out, Optional.of(e));
  }

  /** The same endpoint: the same method and path. */
  public static boolean same(EndpointSpec a, EndpointSpec b) {
    return a.method().text().equals(b.method().text()) && a.path().equals(b.path());
  }

  /**
   * An endpoint met again with more detail (a summary row, then a heading with its status and
   * bodies): the first one, with what it lacks taken from the later one. It stays where it was
   * first met, with its own name and view anchor.
   */
  public static EndpointSpec enrich(EndpointSpec first, EndpointSpec later) {
    EndpointSpecBuilder b = new EndpointSpecBuilder().from(first);
    if (first.responses().isEmpty()) {
      b.responses(later.responses());
    }
    if (first.requestBody().isEmpty()) {
      b.requestBody(later.requestBody());
    }
    if (first.name().isEmpty()) {
      b.name(later.name());
    }
    return b.build();
  }

  /** {@code METHOD /path …} in a heading or cell, with decoration around it removed. */
  private static Optional<Matcher> endpointText(String text) {
    Matcher m = ENDPOINT.matcher(Inline.stripDecoration(text).replace("`", "").strip());
    return m.matches() ? Optional.of(m) : Optional.empty();
  }

  private static Optional<EndpointSpec> endpoint(
      String method, String path, String name, Optional<String> status) {
    try {
      EndpointSpecBuilder b =
          new EndpointSpecBuilder().name(name).method(new HttpMethodText(method)).path(path);
      status.ifPresent(
          s -> b.addResponses(new ResponseSpec("Response", new StatusCodeText(s), "")));
      return Optional.of(b.build());
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // a value the model does not take: the text stays as written
    }
  }

  // ---------------------------------------------------------------- tables

  private static List<EndpointSpec> tableRows(KeptMarkdown kept, TableBlock t) {
    List<String> lines = kept.lines(t);
    if (lines.size() < 3) {
      return List.of();
    }
    List<String> headers = HeaderMeaning.cells(lines.get(0));
    int method = HeaderMeaning.column(headers, "method", "메서드", "메소드", "http method", "verb");
    int path =
        HeaderMeaning.column(
            headers, "path", "경로", "endpoint", "엔드포인트", "url", "uri", "route", "라우트");
    int both = method < 0 ? HeaderMeaning.column(headers, "endpoint", "엔드포인트", "api", "요청") : -1;
    int status =
        HeaderMeaning.column(
            headers,
            "success",
            "성공 응답",
            "성공",
            "status",
            "상태 코드",
            "응답 코드",
            "응답",
            "response",
            "returns");
    int name =
        HeaderMeaning.column(
            headers, "설명", "description", "name", "이름", "기능", "summary", "동작", "action", "용도");
    List<EndpointSpec> out = new ArrayList<>();
    if (both < 0 && (method < 0 || path < 0)) {
      return out;
    }
    for (String line : lines.subList(2, lines.size())) {
      List<String> cells = HeaderMeaning.cells(line);
      String m;
      String p;
      if (both >= 0) {
        Optional<Matcher> e = endpointText(HeaderMeaning.cell(cells, both));
        if (e.isEmpty() || !e.get().group(3).isBlank()) {
          continue;
        }
        m = e.get().group(1);
        p = e.get().group(2);
      } else {
        m = Inline.stripDecoration(HeaderMeaning.cell(cells, method)).replace("`", "");
        p = Inline.stripDecoration(HeaderMeaning.cell(cells, path)).replace("`", "");
        if (!ENDPOINT.matcher(m + " " + p).matches()) {
          continue;
        }
      }
      Optional<String> s =
          status < 0 ? Optional.empty() : statusText(HeaderMeaning.cell(cells, status));
      endpoint(m, p, oneLine(name < 0 ? "" : HeaderMeaning.cell(cells, name)), s)
          .ifPresent(out::add);
    }
    return out;
  }

  /** A status as a cell or label writes it: {@code 201 Created}, {@code `204`}. */
  private static Optional<String> statusText(String cell) {
    Matcher m = BARE_STATUS.matcher(cell.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(m.group(1)).filter(s -> new StatusCodeText(s).value().isPresent());
  }

  // ---------------------------------------------------------------- code blocks

  /** A code block that lists endpoints: no language, or plain text; not an HTTP example. */
  private static boolean isListing(FencedCodeBlock c) {
    String info = KeptMarkdown.info(c).toLowerCase(java.util.Locale.ROOT);
    return info.isEmpty() || info.equals("text") || info.equals("txt") || info.equals("plain");
  }

  private static List<EndpointSpec> codeLines(String literal) {
    List<EndpointSpec> out = new ArrayList<>();
    for (String line : literal.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      Matcher m = ENDPOINT.matcher(line.strip());
      if (!m.matches()) {
        return List.of(); // a block with other lines is an example or a template block
      }
      String rest = m.group(3);
      Optional<String> status = Optional.empty();
      Matcher arrow = ARROW_STATUS.matcher(rest);
      if (arrow.find()) {
        status = Optional.of(arrow.group(1)).filter(s -> new StatusCodeText(s).value().isPresent());
        rest = rest.substring(arrow.end());
      }
      String name = DESCRIPTION_SEPARATOR.matcher(rest).replaceFirst("").strip();
      endpoint(m.group(1), m.group(2), name, status).ifPresent(out::add);
    }
    return out;
  }

  // ---------------------------------------------------------------- headings

  private static Optional<EndpointSpec> headingEndpoint(
      KeptMarkdown kept, Matcher heading, List<Node> body) {
    String name = DESCRIPTION_SEPARATOR.matcher(heading.group(3)).replaceFirst("").strip();
    Optional<String> status = Optional.empty();
    Optional<String> request = Optional.empty();
    String responseBody = "";
    boolean requestNext = false;
    boolean responseNext = false;
    for (Node b : body) {
      if (b instanceof Paragraph) {
        String text = kept.text(b).strip();
        requestNext = request.isEmpty() && REQUEST_LABEL.matcher(text).matches();
        Optional<String> found = successStatus(text);
        responseNext = false;
        if (status.isEmpty() && found.isPresent()) {
          status = found;
          responseNext = text.length() <= 60;
        }
      } else if (b instanceof FencedCodeBlock c) {
        if (requestNext) {
          request = Optional.of(KeptMarkdown.literal(c));
        } else if (responseNext && responseBody.isEmpty()) {
          responseBody = KeptMarkdown.literal(c);
        }
        requestNext = false;
        responseNext = false;
      } else {
        requestNext = false;
        responseNext = false;
      }
    }
    Optional<EndpointSpec> e = endpoint(heading.group(1), heading.group(2), oneLine(name), status);
    if (e.isEmpty()) {
      return e;
    }
    EndpointSpecBuilder b = new EndpointSpecBuilder().from(e.get()).requestBody(request);
    if (status.isPresent()) {
      b.responses(
          List.of(new ResponseSpec("Response", new StatusCodeText(status.get()), responseBody)));
    }
    try {
      return Optional.of(b.build());
    } catch (IllegalArgumentException ex) {
      return e;
    }
  }

  /** The first success (1xx–3xx) status a text names as a response. */
  private static Optional<String> successStatus(String text) {
    Matcher bare = BARE_STATUS.matcher(text);
    if (bare.matches()) {
      return Optional.of(bare.group(1)).filter(EndpointShapes::isSuccess);
    }
    Matcher m = NAMED_RESPONSE.matcher(text);
    while (m.find()) {
      if (isSuccess(m.group(1))) {
        return Optional.of(m.group(1));
      }
    }
    return Optional.empty();
  }

  private static boolean isSuccess(String status) {
    return new StatusCodeText(status).value().map(c -> c < 400).orElse(false);
  }

  // ---------------------------------------------------------------- lists

  private static List<EndpointSpec> listItems(List<String> items, String heading) {
    List<EndpointSpec> out = new ArrayList<>();
    Optional<String[]> labelled = Optional.empty();
    Optional<String> labelledStatus = Optional.empty();
    for (String item : items) {
      String first = item.lines().findFirst().orElse("");
      Matcher field = FIELD.matcher(first);
      if (field.matches()
          && isLabel(field.group(1), "엔드포인트", "endpoint", "경로", "path", "url", "api")) {
        Optional<Matcher> e = endpointText(field.group(2));
        if (e.isPresent() && e.get().group(3).isBlank()) {
          labelled = Optional.of(new String[] {e.get().group(1), e.get().group(2)});
        }
        continue;
      }
      if (field.matches()
          && isLabel(field.group(1), "응답", "response", "status", "상태 코드", "성공 응답", "success")) {
        labelledStatus = statusText(field.group(2)).or(() -> successStatus("응답 " + field.group(2)));
        continue;
      }
      Matcher span = CODE_SPAN_ENDPOINT.matcher(first);
      if (!span.find()) {
        continue;
      }
      Optional<String> status = Optional.empty();
      Matcher arrow = ARROW_STATUS.matcher(first.substring(span.end()));
      if (arrow.find()) {
        status = Optional.of(arrow.group(1)).filter(s -> new StatusCodeText(s).value().isPresent());
      }
      Matcher bold = LEADING_BOLD.matcher(first);
      String name = bold.find() ? bold.group(1).strip() : "";
      endpoint(span.group(1), span.group(2), oneLine(name), status).ifPresent(out::add);
    }
    if (labelled.isPresent()) {
      endpoint(labelled.get()[0], labelled.get()[1], oneLine(heading), labelledStatus)
          .ifPresent(out::add);
    }
    return out;
  }

  private static boolean isLabel(String label, String... words) {
    String l = label.strip().toLowerCase(java.util.Locale.ROOT);
    for (String w : words) {
      if (l.equals(w)) {
        return true;
      }
    }
    return false;
  }

  /** A name as the model takes it: one line, no surrounding white space. */
  private static String oneLine(String s) {
    return s.replace('\n', ' ').strip();
  }
}
