package dev.plandoc.openapi.internal;

import dev.plandoc.model.Environment;
import dev.plandoc.model.Plan;
import dev.plandoc.model.RawMarkdown;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The servers a plan names: absolute {@code http(s)} URLs on a line that calls them a base URL or
 * server (in the API design's text or the metadata), and deployment environments whose description
 * gives the API's URL (the word {@code API}, or a host that starts with {@code api.}). A relative
 * base path ({@code Base path /v1}) is not a server: the plan's paths already start with it. A URL
 * with a placeholder is left out. Each URL once, in the plan's order.
 */
final class Servers {
  private static final Pattern URL = Pattern.compile("https?://[^\\s`'\"<>|)\\]]+");
  private static final Pattern BASE =
      Pattern.compile("(?i)base[ _-]?url|api[ _-]?url|endpoint url|server|서버|기본 ?url|베이스 ?url");
  private static final Pattern API_URL = Pattern.compile("https?://api\\.");

  private Servers() {}

  /** URL → description (empty when the plan gives none). */
  static Map<String, String> of(Plan plan, Problems problems) {
    Map<String, String> found = new LinkedHashMap<>();
    List<String> lines = new ArrayList<>();
    plan.apiDesign().ifPresent(a -> a.extras().forEach(r -> lines.add(r.markdown())));
    plan.metadata().ifPresent(m -> lines.addAll(m.extraItems()));
    plan.metadata()
        .ifPresent(m -> m.extras().stream().map(RawMarkdown::markdown).forEach(lines::add));
    for (String text : lines) {
      for (String line : text.split("\n")) {
        if (BASE.matcher(line).find()) {
          urls(line, "", found, problems);
        }
      }
    }
    for (Environment e : plan.deployment().map(d -> d.environments()).orElse(List.of())) {
      String d = e.description();
      if (d.contains("API") || API_URL.matcher(d).find()) {
        urls(d, e.name(), found, problems);
      }
    }
    return found;
  }

  private static void urls(
      String text, String description, Map<String, String> found, Problems problems) {
    Matcher m = URL.matcher(text);
    while (m.find()) {
      String url = m.group().replaceAll("[.,;:/]+$", "");
      if (!problems.placeholderIn(url, "servers", "the server " + url + " is left out")) {
        found.putIfAbsent(url, description);
      }
    }
  }
}
