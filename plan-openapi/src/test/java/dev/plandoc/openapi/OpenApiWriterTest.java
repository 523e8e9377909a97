package dev.plandoc.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plandoc.markdown.MarkdownPlanReader;
import dev.plandoc.model.Plan;
import dev.plandoc.model.check.Diagnostic;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The mapping rules, each on a small plan written for it. */
class OpenApiWriterTest {
  private static final OpenApiWriter WRITER = OpenApiWriter.builder().build();

  /** A plan with one API design section holding the given endpoints, and the given tail. */
  static Plan plan(String endpoints, String tail) {
    String md = "# PLAN: Chat rooms\n\n## 3. API Design\n\n" + endpoints + "\n" + tail;
    return MarkdownPlanReader.builder().build().read(md).plan();
  }

  static String endpoint(String name, String block) {
    return "### Endpoint 1: " + name + "\n```\n" + block + "\n```\n\n";
  }

  /** The document, which must be valid OpenAPI, as swagger-parser reads it. */
  static OpenAPI valid(OpenApiResult result) {
    SwaggerParseResult parsed = Corpus.parse(result.text());
    assertThat(parsed.getMessages()).as(result.text()).isEmpty();
    return parsed.getOpenAPI();
  }

  static List<String> codes(OpenApiResult result) {
    return result.diagnostics().stream().map(Diagnostic::code).toList();
  }

  @Test
  void aWebSocketCloseCodeIsLeftOutWithADiagnosticAndNeverCoerced() {
    OpenApiResult r =
        WRITER.write(
            plan(
                endpoint(
                    "Join room",
                    "GET /v1/rooms/{roomId}/socket\n\nResponse (101):\nupgraded\n\n"
                        + "Error (4001):\n{\"reason\": \"bad token\"}\n\nError (700):\n{}"),
                ""));
    Operation op = valid(r).getPaths().get("/v1/rooms/{roomId}/socket").getGet();
    assertThat(op.getResponses()).containsOnlyKeys("101");
    assertThat(r.text()).doesNotContain("4001").doesNotContain("700").doesNotContain("400\"");
    assertThat(r.diagnostics())
        .extracting(Diagnostic::code, Diagnostic::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "PLAN-O002", "apiDesign.endpoints[0].responses[1].status"),
            org.assertj.core.groups.Tuple.tuple(
                "PLAN-O002", "apiDesign.endpoints[0].responses[2].status"));
    assertThat(r.diagnostics().get(0).message()).contains("'4001' is not an HTTP status");
  }

  @Test
  void pathQueryAndHeaderParametersAreDeclared() {
    OpenApiResult r =
        WRITER.write(
            plan(
                endpoint(
                    "List messages",
                    "GET /v1/rooms/:roomId/messages?cursor=&limit=50&since=YYYY-MM-DD\n"
                        + "Headers:\n  Authorization: Bearer {token}\n  Content-Type: application/json\n"
                        + "  Accept: application/json\n  X-Request-Id: 3f2a\n  X-Tenant: {tenant}\n\n"
                        + "Response (200):\n[]"),
                ""));
    OpenAPI api = valid(r);
    assertThat(api.getPaths()).containsOnlyKeys("/v1/rooms/{roomId}/messages");
    Operation op = api.getPaths().get("/v1/rooms/{roomId}/messages").getGet();
    assertThat(op.getOperationId()).isEqualTo("listMessages");
    assertThat(op.getSummary()).isEqualTo("List messages");
    assertThat(op.getParameters())
        .extracting(Parameter::getName, Parameter::getIn, Parameter::getRequired)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("roomId", "path", true),
            org.assertj.core.groups.Tuple.tuple("cursor", "query", false),
            org.assertj.core.groups.Tuple.tuple("limit", "query", false),
            org.assertj.core.groups.Tuple.tuple("since", "query", false),
            org.assertj.core.groups.Tuple.tuple("X-Request-Id", "header", true),
            org.assertj.core.groups.Tuple.tuple("X-Tenant", "header", true));
    Map<String, Parameter> byName =
        op.getParameters().stream()
            .collect(java.util.stream.Collectors.toMap(Parameter::getName, p -> p));
    assertThat(byName.get("limit").getExample()).hasToString("50");
    java.util.Set<?> limitTypes = byName.get("limit").getSchema().getTypes();
    assertThat(limitTypes).hasToString("[integer]");
    assertThat(byName.get("cursor").getExample()).isNull();
    assertThat(byName.get("since").getExample()).as("a format mask is no example").isNull();
    assertThat(byName.get("X-Request-Id").getExample()).isEqualTo("3f2a");
    assertThat(byName.get("X-Tenant").getExample()).as("a placeholder is no example").isNull();
    assertThat(op.getSecurity()).hasSize(1);
    assertThat(op.getSecurity().get(0)).containsOnlyKeys("bearerAuth");
    assertThat(api.getComponents().getSecuritySchemes().get("bearerAuth").getScheme())
        .isEqualTo("bearer");
  }

  @Test
  void placeholdersAreReportedAndNeverWrittenAsValues() {
    OpenApiResult r =
        WRITER.write(
            MarkdownPlanReader.builder()
                .build()
                .read(
                    "# PLAN: {기능명}\n\n## 3. API 설계\n\n"
                        + endpoint(
                            "{이름}",
                            "POST /api/v1/items\n\nRequest:\n{\"name\": \"{item name}\"}\n\n"
                                + "Response ({code}):\n{}\n\nResponse (201):\n{\"id\": \"${id}\"}")
                        + endpoint("Second", "GET /api/{리소스}\n\nResponse (200):\n{}")
                        + "## 6. 보안 설계\n\n### 인증 (Authentication)\n- 방식: {JWT / Session}\n")
                .plan());
    OpenAPI api = valid(r);
    assertThat(api.getInfo().getTitle()).isEqualTo("Untitled API");
    assertThat(r.text())
        .doesNotContain("{기능명}", "{이름}", "{item name}", "{code}", "${id}", "{리소스}", "Session");
    Operation op = api.getPaths().get("/api/v1/items").getPost();
    assertThat(op.getSummary()).isNull();
    assertThat(op.getOperationId()).isEqualTo("postItems");
    assertThat(op.getResponses()).containsOnlyKeys("201");
    var created = op.getResponses().get("201").getContent().get("application/json");
    assertThat(created.getExample()).isNull();
    Map<String, ?> createdProperties = created.getSchema().getProperties();
    assertThat(createdProperties).containsOnlyKeys("id");
    assertThat(api.getPaths()).containsOnlyKeys("/api/v1/items");
    assertThat(api.getComponents()).isNull();
    assertThat(r.diagnostics())
        .extracting(Diagnostic::path)
        .containsExactly(
            "title",
            "security.authentication.method",
            "apiDesign.endpoints[0].name",
            "apiDesign.endpoints[0].requestBody",
            "apiDesign.endpoints[0].responses[0].status",
            "apiDesign.endpoints[0].responses[1].body",
            "apiDesign.endpoints[1].path");
    assertThat(codes(r)).containsOnly("PLAN-O003");
  }

  @Test
  void endpointsWithoutAMethodOrPathAndRepeatsAreLeftOut() {
    OpenApiResult r =
        WRITER.write(
            plan(
                endpoint("Tunnel", "CONNECT /proxy\n\nResponse (200):\n{}")
                    + endpoint("Stream", "SUBSCRIBE /events\n\nResponse (200):\n{}")
                    + endpoint(
                        "Get room",
                        "GET /v1/rooms/{id}\n\nResponse (200):\n{}\n\nResponse (200):\n[]")
                    + endpoint("Get room again", "GET /v1/rooms/{id}\n\nResponse (200):\n{}"),
                ""));
    OpenAPI api = valid(r);
    assertThat(api.getPaths()).containsOnlyKeys("/v1/rooms/{id}");
    assertThat(api.getPaths().get("/v1/rooms/{id}").getGet().getOperationId()).isEqualTo("getRoom");
    assertThat(codes(r)).contains("PLAN-O001", "PLAN-O004");
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code().equals("PLAN-O004"))
        .extracting(Diagnostic::path)
        .containsExactly("apiDesign.endpoints[2].responses[1]", "apiDesign.endpoints[3]");
  }

  @Test
  void bodiesAreJsonExamplesWithSchemasOrTextAndTheContentTypeIsTheRequests() {
    OpenApiResult r =
        WRITER.write(
            plan(
                endpoint(
                    "Send message",
                    "POST /v1/rooms/{id}/messages\nHeaders:\n  Content-Type: text/markdown; charset=utf-8\n\n"
                        + "Request:\n**hello**\n\nResponse (201 Created):\n{\"id\": 9, \"score\": 0.5}\n\n"
                        + "Error (413): too long\nmessage over 4 KB"),
                ""));
    Operation op = valid(r).getPaths().get("/v1/rooms/{id}/messages").getPost();
    var request = op.getRequestBody().getContent();
    assertThat(request).containsOnlyKeys("text/markdown");
    assertThat(request.get("text/markdown").getExample()).isEqualTo("**hello**");
    var created = op.getResponses().get("201");
    assertThat(created.getDescription()).isEqualTo("Created");
    Map<String, ?> properties =
        created.getContent().get("application/json").getSchema().getProperties();
    assertThat(properties).containsOnlyKeys("id", "score");
    assertThat(((io.swagger.v3.oas.models.media.Schema<?>) properties.get("id")).getTypes())
        .containsExactly("integer");
    assertThat(((io.swagger.v3.oas.models.media.Schema<?>) properties.get("score")).getTypes())
        .containsExactly("number");
    var tooLong = op.getResponses().get("413");
    assertThat(tooLong.getDescription()).isEqualTo("too long");
    assertThat(tooLong.getContent()).containsOnlyKeys("text/plain");
  }

  @Test
  void theSecuritySectionsJwtAndARuleInTheApiTextApplyBearerToEveryOperation() {
    OpenApiResult r =
        WRITER.write(
            MarkdownPlanReader.builder()
                .build()
                .read(
                    "# PLAN: Rooms\n\n## 3. API Design\n\nEvery call sends `Authorization: Bearer"
                        + " <token>`. Base URL: https://api.rooms.example.com/v1/.\n\n"
                        + endpoint("Ping", "GET /ping\n\nResponse (204):\n(no body)")
                        + "## 6. Security\n\n### Authentication\n- Method: JWT (RS256)\n\n"
                        + "## 11. Deployment\n\n### Environments\n"
                        + "- staging: API at https://staging-api.rooms.example.com\n"
                        + "- prod: dashboard https://grafana.example.com\n")
                .plan());
    OpenAPI api = valid(r);
    assertThat(api.getPaths()).as(r.text() + r.diagnostics()).containsOnlyKeys("/ping");
    assertThat(api.getServers())
        .extracting(s -> s.getUrl())
        .containsExactly(
            "https://api.rooms.example.com/v1", "https://staging-api.rooms.example.com");
    assertThat(api.getPaths().get("/ping").getGet().getSecurity()).hasSize(1);
    var scheme = api.getComponents().getSecuritySchemes().get("bearerAuth");
    assertThat(scheme.getBearerFormat()).isEqualTo("JWT");
    assertThat(scheme.getDescription()).isEqualTo("JWT (RS256)");
    assertThat(api.getPaths().get("/ping").getGet().getResponses().get("204").getContent())
        .isNull();
  }

  @Test
  void aPlanWithoutEndpointsIsAValidDocumentWithoutPaths() {
    OpenApiResult r = WRITER.write(Plan.builder().title("Notes").build());
    OpenAPI api = valid(r);
    assertThat(api.getOpenapi()).isEqualTo("3.1.0");
    assertThat(api.getInfo().getVersion()).isEqualTo(OpenApiOptions.DEFAULT_VERSION);
    assertThat(api.getPaths()).isEmpty();
    assertThat(r.diagnostics()).isEmpty();
  }

  @Test
  void optionsChooseJsonAndTheVersion() {
    OpenApiWriter json =
        OpenApiWriter.builder().syntax(OpenApiSyntax.JSON).version("2.1.0").build();
    OpenApiResult r = json.write(Plan.builder().title("Notes").build());
    assertThat(r.text())
        .isEqualTo(
            "{\n  \"openapi\": \"3.1.0\",\n  \"info\": {\n    \"title\": \"Notes\",\n"
                + "    \"version\": \"2.1.0\"\n  },\n  \"paths\": {}\n}\n");
    assertThat(json.options()).isEqualTo(new OpenApiOptions(OpenApiSyntax.JSON, "2.1.0"));
    assertThat(
            OpenApiWriter.builder()
                .options(json.options())
                .build()
                .write(Plan.builder().title("Notes").build()))
        .isEqualTo(r);
    assertThatThrownBy(() -> OpenApiOptions.defaults().withVersion(" "))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
