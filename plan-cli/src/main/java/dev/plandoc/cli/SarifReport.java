package dev.plandoc.cli;

import dev.plandoc.cli.ValidateCommand.FileResult;
import dev.plandoc.model.check.Diagnostic;
import dev.plandoc.model.check.Rule;
import dev.plandoc.model.check.Severity;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code plan validate --format sarif}: a SARIF 2.1.0 log with one run, the validator's rules as
 * the driver's rules (plus the reader codes that occur), one result per diagnostic, and a tool
 * notification per file that could not be read.
 */
final class SarifReport {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String INFORMATION_URI = "https://github.com/plandoc/plandoc";

  private SarifReport() {}

  static String write(List<FileResult> results, String version) {
    ObjectNode root = JsonReport.MAPPER.createObjectNode();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "plandoc");
    driver.put("version", version);
    driver.put("informationUri", INFORMATION_URI);
    ArrayNode rules = driver.putArray("rules");
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    for (Rule rule : Rule.values()) {
      ruleIndex.put(rule.code(), ruleIndex.size());
      ObjectNode r = rules.addObject();
      r.put("id", rule.code());
      r.put("name", name(rule));
      r.putObject("shortDescription").put("text", rule.description());
      r.putObject("defaultConfiguration").put("level", level(rule.severity()));
    }

    ObjectNode invocation = run.putArray("invocations").addObject();
    invocation.put("executionSuccessful", results.stream().allMatch(r -> r.failure().isEmpty()));
    ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
    ArrayNode out = run.putArray("results");
    for (FileResult file : results) {
      String uri = uri(file.file());
      file.failure()
          .ifPresent(
              failure -> {
                ObjectNode n = notifications.addObject();
                n.put("level", "error");
                n.putObject("message").put("text", failure);
                physical(n.putArray("locations").addObject(), uri);
              });
      for (Diagnostic d : file.diagnostics()) {
        Integer index = ruleIndex.get(d.code());
        if (index == null) {
          index = ruleIndex.size();
          ruleIndex.put(d.code(), index);
          ObjectNode r = rules.addObject();
          r.put("id", d.code());
          r.putObject("shortDescription")
              .put(
                  "text",
                  "Reported by the "
                      + file.format().orElse("plan")
                      + " reader while reading the document.");
        }
        ObjectNode result = out.addObject();
        result.put("ruleId", d.code());
        result.put("ruleIndex", index);
        result.put("level", level(d.severity()));
        result
            .putObject("message")
            .put("text", d.message() + (d.path().isEmpty() ? "" : " (at " + d.path() + ")"));
        ObjectNode location = result.putArray("locations").addObject();
        ObjectNode physical = physical(location, uri);
        d.position()
            .ifPresent(
                p -> {
                  ObjectNode region = physical.putObject("region");
                  region.put("startLine", p.line());
                  region.put("startColumn", p.column());
                });
        if (!d.path().isEmpty()) {
          location.putArray("logicalLocations").addObject().put("fullyQualifiedName", d.path());
        }
      }
    }
    run.put("columnKind", "utf16CodeUnits");
    if (notifications.isEmpty()) {
      invocation.remove("toolExecutionNotifications");
    }
    return JsonReport.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
  }

  private static ObjectNode physical(ObjectNode location, String uri) {
    ObjectNode physical = location.putObject("physicalLocation");
    physical.putObject("artifactLocation").put("uri", uri);
    return physical;
  }

  /** A URI reference for a file argument: relative paths stay relative, with forward slashes. */
  static String uri(String file) {
    if (file.equals(PlanIo.STDIO)) {
      return "stdin";
    }
    Path path = Path.of(file);
    if (path.isAbsolute()) {
      return path.toUri().toASCIIString();
    }
    String slashes = path.normalize().toString().replace(path.getFileSystem().getSeparator(), "/");
    int colon = slashes.indexOf(':');
    if (colon >= 0 && (slashes.indexOf('/') < 0 || colon < slashes.indexOf('/'))) {
      slashes = "./" + slashes; // "a:b.md" would read as a URI with the scheme "a"
    }
    try {
      return new URI(null, null, slashes, null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot make a URI of " + file, e);
    }
  }

  /** SARIF's levels: error, warning, note. */
  static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  /** {@code UNFILLED_PLACEHOLDER} becomes {@code UnfilledPlaceholder}. */
  private static String name(Rule rule) {
    StringBuilder sb = new StringBuilder();
    for (String part : rule.name().split("_")) {
      sb.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
    }
    return sb.toString();
  }
}
