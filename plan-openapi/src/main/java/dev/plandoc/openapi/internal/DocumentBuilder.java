package dev.plandoc.openapi.internal;

import dev.plandoc.model.EndpointSpec;
import dev.plandoc.model.Plan;
import dev.plandoc.model.check.Diagnostic;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the OpenAPI 3.1.0 document of a plan as an ordered tree: {@code openapi}, {@code info},
 * {@code servers}, {@code paths} (in the order the plan first names each path, methods in the
 * plan's order), {@code components.securitySchemes}.
 */
public final class DocumentBuilder {
  /** The {@code info.title} of a plan whose title is empty or an unfilled placeholder. */
  public static final String NO_TITLE = "Untitled API";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private DocumentBuilder() {}

  /**
   * A document and the diagnostics of what it leaves out.
   *
   * <pre>{@code
   * built.diagnostics().forEach(System.err::println);
   * }</pre>
   *
   * @param document the OpenAPI document
   * @param diagnostics what was left out, in the plan's order
   */
  public record Built(ObjectNode document, List<Diagnostic> diagnostics) {
    /** Copies the list. */
    public Built {
      diagnostics = List.copyOf(diagnostics);
    }
  }

  /** The document of the plan, stating the given {@code info.version}. */
  public static Built build(Plan plan, String version) {
    Problems problems = new Problems(plan);
    ObjectNode doc = NODES.objectNode();
    doc.put("openapi", "3.1.0");
    ObjectNode info = doc.putObject("info");
    boolean titled =
        !plan.title().isBlank() && !problems.placeholder("title", "info.title is " + NO_TITLE);
    info.put("title", titled ? plan.title().strip() : NO_TITLE);
    info.put("version", version);
    Map<String, String> servers = Servers.of(plan, problems);
    if (!servers.isEmpty()) {
      ArrayNode list = doc.putArray("servers");
      servers.forEach(
          (url, description) -> {
            ObjectNode server = list.addObject().put("url", url);
            if (!description.isEmpty()) {
              server.put("description", description);
            }
          });
    }
    Auth auth = Auth.of(plan, problems);
    ObjectNode paths = doc.putObject("paths");
    OperationIds ids = new OperationIds();
    List<EndpointSpec> endpoints = plan.apiDesign().map(a -> a.endpoints()).orElse(List.of());
    for (int i = 0; i < endpoints.size(); i++) {
      String at = "apiDesign.endpoints[" + i + "]";
      Optional<Operations.Operation> op = Operations.of(endpoints.get(i), at, auth, ids, problems);
      if (op.isEmpty()) {
        continue;
      }
      ObjectNode item =
          paths.has(op.get().pathKey())
              ? (ObjectNode) paths.get(op.get().pathKey())
              : paths.putObject(op.get().pathKey());
      if (item.has(op.get().method())) {
        problems.warn(
            Problems.REPEAT,
            at,
            "a second "
                + op.get().method().toUpperCase(java.util.Locale.ROOT)
                + " "
                + op.get().pathKey()
                + ": it is left out");
        continue;
      }
      item.set(op.get().method(), op.get().operation());
    }
    if (auth.defined()) {
      doc.putObject("components").putObject("securitySchemes").set(Auth.SCHEME, auth.scheme());
    }
    return new Built(doc, problems.diagnostics());
  }
}
