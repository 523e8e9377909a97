package dev.plandoc.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plandoc.model.Plan;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Every plan of the corpora with endpoints gives a document swagger-parser reads without a message,
 * in YAML and in JSON; and the operations, parameters and statuses it holds are those the plans
 * write (the expectations below are taken from reading the plans, as {@code METHOD key statuses
 * [parameters as in:name]}).
 */
class CorpusTest {
  private static final OpenApiWriter YAML = OpenApiWriter.builder().build();
  private static final OpenApiWriter JSON =
      OpenApiWriter.builder().syntax(OpenApiSyntax.JSON).build();

  static final List<String> PLANS = Corpus.WITH_ENDPOINTS;

  private static OpenAPI valid(String text) {
    SwaggerParseResult parsed = Corpus.parse(text);
    assertThat(parsed.getMessages()).isEmpty();
    assertThat(parsed.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
    return parsed.getOpenAPI();
  }

  @ParameterizedTest
  @FieldSource("PLANS")
  void theYamlAndTheJsonAreValidOpenApiAndTheSameDocument(String name) {
    Plan plan = Corpus.plan(name);
    OpenAPI yaml = valid(YAML.write(plan).text());
    OpenAPI json = valid(JSON.write(plan).text());
    assertThat(json).isEqualTo(yaml);
    assertThat(YAML.write(plan)).as("deterministic").isEqualTo(YAML.write(plan));
  }

  @ParameterizedTest
  @FieldSource("PLANS")
  void aFilledInPlanGivesNoDiagnosticAndEveryOperationHasAUniqueIdentifier(String name) {
    OpenApiResult r = YAML.write(Corpus.plan(name));
    if (!name.contains("template")) {
      assertThat(r.diagnostics()).isEmpty();
    }
    List<String> ids = new ArrayList<>();
    valid(r.text())
        .getPaths()
        .values()
        .forEach(p -> p.readOperations().forEach(o -> ids.add(o.getOperationId())));
    assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z][A-Za-z0-9]*"));
  }

  /** {@code METHOD key statuses [in:name …]} of every operation, sorted. */
  private static List<String> operations(String name) {
    OpenAPI api = valid(YAML.write(Corpus.plan(name)).text());
    List<String> found = new ArrayList<>();
    for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> op :
          path.getValue().readOperationsMap().entrySet()) {
        StringBuilder sb = new StringBuilder(op.getKey() + " " + path.getKey() + " ");
        sb.append(String.join(",", op.getValue().getResponses().keySet()));
        for (Parameter p :
            op.getValue().getParameters() == null
                ? List.<Parameter>of()
                : op.getValue().getParameters()) {
          sb.append(" ").append(p.getIn()).append(":").append(p.getName());
        }
        if (op.getValue().getSecurity() != null) {
          sb.append(" bearer");
        }
        found.add(
            sb.toString().toUpperCase(Locale.ROOT).startsWith(op.getKey().name())
                ? sb.toString()
                : "");
      }
    }
    return found.stream().sorted().toList();
  }

  @Test
  void theTemplateHasItsOneEndpointWithoutItsPlaceholders() {
    assertThat(operations("plans/plan-template.ko.md"))
        .containsExactly("POST /api/v1/resource 200,400 bearer");
    OpenApiResult r = YAML.write(Corpus.plan("plans/plan-template.ko.md"));
    assertThat(valid(r.text()).getInfo().getTitle()).isEqualTo("Untitled API");
    assertThat(r.diagnostics())
        .extracting(d -> d.path())
        .containsExactly("title", "apiDesign.endpoints[0].name");
    assertThat(r.text()).doesNotContain("{기능명}", "{이름}");
  }

  @Test
  void theSamplesHaveTheirEndpointsStatusesAndBearerTokens() {
    assertThat(operations("plans/ocr-receipt.ko.md"))
        .containsExactly(
            "POST /api/v1/receipts 200,400,404,409 bearer",
            "POST /api/v1/receipts/upload-urls 200,400 bearer",
            "POST /api/v1/receipts/{receipt_id}/review-requests 200,400 path:receipt_id bearer");
    assertThat(operations("plans/push-settings.en.md"))
        .containsExactly(
            "GET /api/v1/users/me/notification-settings 200,400 header:X-Timezone bearer",
            "PATCH /api/v1/users/me/notification-settings 200,400 bearer");
    assertThat(operations("plans/user-auth.llm-drift.ko.md"))
        .containsExactly("POST /api/v1/auth/login 200,401");
    OpenAPI push = valid(YAML.write(Corpus.plan("plans/push-settings.en.md")).text());
    Operation get = push.getPaths().get("/api/v1/users/me/notification-settings").getGet();
    assertThat(get.getRequestBody()).as("(no body) is no body").isNull();
    assertThat(get.getOperationId()).isEqualTo("getNotificationSettings");
    assertThat(push.getComponents().getSecuritySchemes().get("bearerAuth").getBearerFormat())
        .isEqualTo("JWT");
  }

  @Test
  void theCouponPlanHasQueryAndHeaderParameters() {
    assertThat(operations("wild/coupon-first-come.ko.md"))
        .containsExactly(
            "GET /api/v1/coupon-events/{eventId} 200 path:eventId bearer",
            "GET /api/v1/coupon-events/{eventId}/issues/me 200 path:eventId bearer",
            "GET /api/v1/me/coupons 200 query:status query:page query:size",
            "POST /admin/v1/coupon-events 201 bearer",
            "POST /admin/v1/coupon-events/{eventId}/halt 204 path:eventId bearer",
            "POST /api/v1/coupon-events/{eventId}/issue 201,409,429 path:eventId header:X-Queue-Token bearer");
  }

  @Test
  void theFeatureFlagPlansHeadingEndpointsWithoutBearer() {
    // SDK calls send "Authorization: SdkKey <key>", which is not a bearer token.
    assertThat(operations("wild/feature-flag-service.en.md"))
        .containsExactly(
            "DELETE /v1/projects/{projectKey}/flags/{flagKey} 204 path:projectKey path:flagKey",
            "GET /v1/audit-events 200 query:flagKey query:limit",
            "GET /v1/flags/snapshot 200 query:env",
            "GET /v1/projects/{projectKey}/flags 200 path:projectKey",
            "GET /v1/stream 200",
            "PATCH /v1/projects/{projectKey}/flags/{flagKey} 200 path:projectKey path:flagKey",
            "POST /v1/evaluate 200",
            "POST /v1/projects/{projectKey}/flags 201 path:projectKey",
            "POST /v1/projects/{projectKey}/segments 201 path:projectKey",
            "PUT /v1/projects/{projectKey}/flags/{flagKey}/environments/{envKey} 200"
                + " path:projectKey path:flagKey path:envKey");
  }

  @Test
  void theGymPlansTableEndpointsAllSendTheCommonBearerRule() {
    assertThat(operations("wild/gym-gx-booking.ko.md"))
        .containsExactly(
            "DELETE /api/v1/reservations/{reservationId} 204 path:reservationId bearer",
            "DELETE /api/v1/waitlist/{entryId} 204 path:entryId bearer",
            "GET /api/v1/branches/{branchId}/classes 200 path:branchId bearer",
            "GET /api/v1/branches/{branchId}/sessions 200 path:branchId query:date bearer",
            "GET /api/v1/me/reservations 200 query:status bearer",
            "GET /api/v1/sessions/{sessionId} 200 path:sessionId bearer",
            "PATCH /admin/v1/sessions/{sessionId} 200 path:sessionId bearer",
            "POST /admin/v1/classes 201 bearer",
            "POST /admin/v1/sessions/{sessionId}/attendance 200 path:sessionId bearer",
            "POST /api/v1/sessions/{sessionId}/reservations 201 path:sessionId bearer",
            "POST /api/v1/sessions/{sessionId}/waitlist 201 path:sessionId bearer",
            "POST /webhooks/gate/check-in 202 bearer");
  }

  @Test
  void thePetClinicPlanHasEndpointsWithAndWithoutStatuses() {
    assertThat(operations("wild/pet-clinic-records.ko.md"))
        .containsExactly(
            "DELETE /v1/shares/{shareId} 204 path:shareId",
            "GET /v1/clinic/pets  query:q",
            "GET /v1/pets ",
            "GET /v1/pets/{petId}/vaccinations  path:petId",
            "GET /v1/pets/{petId}/visits 200 path:petId query:cursor",
            "GET /v1/visits/{visitId}  path:visitId",
            "PATCH /v1/clinic/visits/{visitId} 200 path:visitId",
            "POST /v1/clinic/pets/{petId}/vaccinations 201 path:petId",
            "POST /v1/clinic/pets/{petId}/visits 201 path:petId",
            "POST /v1/clinic/visits/{visitId}/attachments/upload-url 200 path:visitId",
            "POST /v1/clinic/visits/{visitId}/prescriptions 201 path:visitId",
            "POST /v1/pets 201",
            "POST /v1/pets/{petId}/registration-check 200 path:petId",
            "POST /v1/pets/{petId}/shares 201 path:petId");
  }

  @Test
  void theAlbumsPlanSaysBearerTokenForEveryCall() {
    List<String> ops = operations("wild/shared-photo-albums.en.md");
    assertThat(ops).hasSize(15).allMatch(o -> o.endsWith(" bearer"));
    assertThat(ops)
        .contains(
            "DELETE /v1/albums/{albumId}/members/{userId} 204 path:albumId path:userId bearer",
            "GET /v1/albums/{albumId}/photos 200 path:albumId query:cursor query:limit bearer",
            "GET /s/{token} 200 path:token bearer",
            "POST /v1/albums/{albumId}/uploads/complete 202 path:albumId bearer");
  }

  @Test
  void theWikiSearchPlansArrowListHasQueryStrings() {
    assertThat(operations("wild/wiki-search.ko.md"))
        .containsExactly(
            "DELETE /internal/synonyms/{term} 204 path:term",
            "GET /api/documents/{docId}/preview 200 path:docId query:q",
            "GET /api/search 200 query:q query:source query:space query:page",
            "GET /api/search/suggest 200 query:q",
            "GET /internal/index-jobs 200 query:status",
            "POST /api/search/feedback 204",
            "POST /hooks/confluence 202",
            "POST /internal/reindex 202",
            "PUT /internal/synonyms/{term} 200 path:term");
  }
}
