package dev.plandoc.model.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.plandoc.model.ApiDesignBuilder;
import dev.plandoc.model.CachingBuilder;
import dev.plandoc.model.CostEstimateBuilder;
import dev.plandoc.model.CostItem;
import dev.plandoc.model.CostTotal;
import dev.plandoc.model.EndpointSpec;
import dev.plandoc.model.EndpointSpecBuilder;
import dev.plandoc.model.ErrorClass;
import dev.plandoc.model.ErrorHandlingBuilder;
import dev.plandoc.model.ExtraSection;
import dev.plandoc.model.IntegrationTestingBuilder;
import dev.plandoc.model.MetadataBuilder;
import dev.plandoc.model.MilestonesBuilder;
import dev.plandoc.model.PerformanceBuilder;
import dev.plandoc.model.Plan;
import dev.plandoc.model.PlanBuilder;
import dev.plandoc.model.ResponseSpec;
import dev.plandoc.model.Risk;
import dev.plandoc.model.RiskBuilder;
import dev.plandoc.model.RisksBuilder;
import dev.plandoc.model.SectionKind;
import dev.plandoc.model.TechStackBuilder;
import dev.plandoc.model.TestingBuilder;
import dev.plandoc.model.testing.FilledPlan;
import dev.plandoc.model.testing.RandomPlans;
import dev.plandoc.model.testing.TemplatePlan;
import dev.plandoc.model.value.DateText;
import dev.plandoc.model.value.DurationText;
import dev.plandoc.model.value.HttpMethodText;
import dev.plandoc.model.value.MoneyText;
import dev.plandoc.model.value.PercentageText;
import dev.plandoc.model.value.RiskLevelText;
import dev.plandoc.model.value.StatusCodeText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PlanValidatorTest {
  private static final PlanValidator VALIDATOR = PlanValidator.create();

  private static List<Diagnostic> validate(Plan plan) {
    return VALIDATOR.validate(plan);
  }

  private static List<String> codes(Plan plan) {
    return validate(plan).stream().map(Diagnostic::code).toList();
  }

  private static PlanBuilder filled() {
    return new PlanBuilder().from(FilledPlan.plan());
  }

  private static Plan withDate(String date) {
    return filled()
        .metadata(
            new MetadataBuilder()
                .from(FilledPlan.plan().metadata().orElseThrow())
                .date(new DateText(date))
                .build())
        .build();
  }

  private static EndpointSpec endpoint(String method, String path) {
    return new EndpointSpecBuilder()
        .name("e")
        .method(new HttpMethodText(method))
        .path(path)
        .build();
  }

  private static Plan withEndpoints(EndpointSpec... endpoints) {
    return filled().apiDesign(new ApiDesignBuilder().addEndpoints(endpoints).build()).build();
  }

  private static Plan withResponseStatus(String status) {
    EndpointSpec e =
        new EndpointSpecBuilder()
            .from(endpoint("GET", "/a"))
            .addResponses(new ResponseSpec("Response", new StatusCodeText(status), ""))
            .build();
    return withEndpoints(e);
  }

  private static Plan withErrorClassCode(String code) {
    return filled()
        .errorHandling(
            new ErrorHandlingBuilder()
                .addErrorClasses(new ErrorClass(new StatusCodeText(code), "t", "h", Map.of()))
                .build())
        .build();
  }

  private static Plan withCoverage(String coverage) {
    return filled()
        .testing(
            new TestingBuilder()
                .integration(
                    new IntegrationTestingBuilder()
                        .coverageTarget(new PercentageText(coverage))
                        .build())
                .build())
        .build();
  }

  private static Plan withCosts(Optional<String> total, String... rows) {
    CostEstimateBuilder b = new CostEstimateBuilder();
    for (int i = 0; i < rows.length; i++) {
      b.addItems(new CostItem("item " + i, new MoneyText(rows[i]), "", Map.of()));
    }
    total.ifPresent(t -> b.total(new CostTotal(new MoneyText(t), "", Map.of())));
    return filled().costEstimate(b.build()).build();
  }

  private static Plan withRisk(Risk risk) {
    return filled().risks(new RisksBuilder().addRisks(risk).build()).build();
  }

  private static RiskBuilder risk() {
    return new RiskBuilder()
        .title("장애")
        .probability(new RiskLevelText("Low"))
        .impact(new RiskLevelText("High"))
        .mitigation("재시도");
  }

  private static List<Diagnostic> ofRule(Plan plan, Rule rule) {
    return validate(plan).stream().filter(d -> d.code().equals(rule.code())).toList();
  }

  // ---- the baseline ---------------------------------------------------------------------------

  @Test
  void completelyFilledPlanHasNoDiagnostics() {
    assertThat(validate(FilledPlan.plan())).isEmpty();
  }

  // ---- errors ---------------------------------------------------------------------------------

  @Test
  void impossibleDateIsInvalidDateError() {
    assertThat(ofRule(withDate("2026-02-30"), Rule.INVALID_DATE))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.severity()).isEqualTo(Severity.ERROR);
              assertThat(d.path()).isEqualTo("metadata.date");
              assertThat(d.message()).contains("2026-02-30");
            });
    assertThat(codes(withDate("다음 주"))).contains("PLAN-E001");
    assertThat(codes(withDate(""))).contains("PLAN-E001");
  }

  @Test
  void dateWithSlashesIsValidAndDatePlaceholderIsOnlyUnfilled() {
    assertThat(codes(withDate("2026/03/09"))).isEmpty();
    assertThat(codes(withDate("{YYYY-MM-DD}"))).containsExactly("PLAN-W002");
  }

  @Test
  void unknownHttpMethodIsInvalidMethodError() {
    assertThat(ofRule(withEndpoints(endpoint("FETCH", "/a")), Rule.INVALID_HTTP_METHOD))
        .extracting(Diagnostic::path, Diagnostic::severity)
        .containsExactly(tuple("apiDesign.endpoints[0].method", Severity.ERROR));
  }

  @Test
  void lowerCaseMethodIsValidAndMethodPlaceholderIsOnlyUnfilled() {
    assertThat(codes(withEndpoints(endpoint("patch", "/a")))).isEmpty();
    assertThat(codes(withEndpoints(endpoint("{METHOD}", "/a")))).containsExactly("PLAN-W002");
  }

  @Test
  void statusCodeOutsideHttpRangeIsInvalidStatusError() {
    assertThat(ofRule(withResponseStatus("999"), Rule.INVALID_STATUS_CODE))
        .extracting(Diagnostic::path)
        .containsExactly("apiDesign.endpoints[0].responses[0].status");
    assertThat(ofRule(withErrorClassCode("OK"), Rule.INVALID_STATUS_CODE))
        .extracting(Diagnostic::path)
        .containsExactly("errorHandling.errorClasses[0].code");
    assertThat(codes(withErrorClassCode(""))).containsExactly("PLAN-E003");
  }

  @Test
  void statusClassesBoldCodesAndPlaceholdersAreNotInvalidStatus() {
    assertThat(codes(withResponseStatus("201"))).isEmpty();
    assertThat(codes(withErrorClassCode("5xx"))).isEmpty();
    assertThat(codes(withErrorClassCode("**429**"))).isEmpty();
    assertThat(codes(withErrorClassCode("{코드}"))).containsExactly("PLAN-W002");
    assertThat(codes(withResponseStatus(""))).isEmpty();
  }

  @Test
  void sameMethodAndPathTwiceIsDuplicateEndpointError() {
    Plan plan =
        withEndpoints(
            endpoint("POST", "/api/v1/users/{id}"),
            endpoint("GET", "/api/v1/users/{id}"),
            endpoint("post", "/api/v1/users/{userId}/"));

    assertThat(ofRule(plan, Rule.DUPLICATE_ENDPOINT))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.path()).isEqualTo("apiDesign.endpoints[2]");
              assertThat(d.message()).contains("endpoints[0]");
            });
  }

  @Test
  void samePathWithDifferentMethodsIsNoDuplicate() {
    assertThat(codes(withEndpoints(endpoint("GET", "/a"), endpoint("PATCH", "/a")))).isEmpty();
  }

  @Test
  void coverageAboveHundredOrBelowZeroIsOutOfRangeError() {
    assertThat(ofRule(withCoverage("120%"), Rule.COVERAGE_OUT_OF_RANGE))
        .extracting(Diagnostic::path, Diagnostic::severity)
        .containsExactly(tuple("testing.integration.coverageTarget", Severity.ERROR));
    assertThat(codes(withCoverage("-5%"))).containsExactly("PLAN-E005");
  }

  @Test
  void coverageFromZeroToHundredIsInRange() {
    assertThat(codes(withCoverage("100%"))).isEmpty();
    assertThat(codes(withCoverage("0%"))).isEmpty();
    assertThat(codes(withCoverage("**80%** (Testcontainers)"))).isEmpty();
  }

  @Test
  void exactTotalThatDiffersFromTheRowsIsCostMismatchError() {
    assertThat(
            ofRule(
                withCosts(Optional.of("**$300**"), "$38", "$64", "$200"), Rule.COST_TOTAL_MISMATCH))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.path()).isEqualTo("costEstimate.total.amount");
              assertThat(d.message()).contains("$300", "302");
            });
    assertThat(codes(withCosts(Optional.of("₩302"), "$300", "$2"))).containsExactly("PLAN-E006");
  }

  @Test
  void totalThatIsNotExactOrRowsThatDoNotParseAreNotChecked() {
    assertThat(codes(withCosts(Optional.of("$109 + Redis"), "$45", "$64", "${금액}")))
        .containsExactly("PLAN-W002");
    assertThat(codes(withCosts(Optional.of("$500"), "$45", "${금액}"))).containsExactly("PLAN-W002");
    assertThat(codes(withCosts(Optional.of("45,000원"), "₩40,000", "5,000원"))).isEmpty();
  }

  // ---- warnings -------------------------------------------------------------------------------

  @Test
  void everyAbsentSectionIsMissingSectionWarning() {
    List<Diagnostic> missing = ofRule(Plan.builder().title("x").build(), Rule.MISSING_SECTION);

    assertThat(missing)
        .extracting(Diagnostic::path)
        .containsExactlyElementsOf(
            Arrays.stream(SectionKind.values()).map(SectionKind::key).toList());
    assertThat(missing).allMatch(d -> d.severity() == Severity.WARNING);
    assertThat(codes(filled().risks(Optional.empty()).build())).containsExactly("PLAN-W001");
  }

  @Test
  void everyPlaceholderIsOneUnfilledPlaceholderWarning() {
    Plan template = TemplatePlan.plan();

    List<Diagnostic> unfilled = ofRule(template, Rule.UNFILLED_PLACEHOLDER);

    assertThat(unfilled)
        .extracting(Diagnostic::path)
        .containsExactlyElementsOf(
            Placeholders.find(template).stream().map(Placeholder::path).toList());
    assertThat(unfilled.get(0).message()).isEqualTo("unfilled placeholder {기능명}");
    assertThat(codes(FilledPlan.plan())).doesNotContain("PLAN-W002");
  }

  @Test
  void emptyTitleIsMissingTitleWarningButPlaceholderTitleIsOnlyUnfilled() {
    assertThat(codes(filled().title("").build())).containsExactly("PLAN-W003");
    assertThat(codes(filled().title("{기능명}").build())).containsExactly("PLAN-W002");
  }

  @Test
  void riskLevelOutsideHighMediumLowIsUnknownRiskLevelWarning() {
    Plan plan = withRisk(risk().probability(new RiskLevelText("중상")).build());

    assertThat(ofRule(plan, Rule.UNKNOWN_RISK_LEVEL))
        .extracting(Diagnostic::path, Diagnostic::severity)
        .containsExactly(tuple("risks.risks[0].probability", Severity.WARNING));
  }

  @Test
  void koreanRiskLevelsAreKnownAndTheTemplateAlternativeIsOnlyUnfilled() {
    assertThat(codes(withRisk(risk().probability(new RiskLevelText("중간")).build()))).isEmpty();
    assertThat(codes(withRisk(risk().impact(new RiskLevelText("High | Medium | Low")).build())))
        .containsExactly("PLAN-W002");
  }

  @Test
  void aSectionThatKeepsContentOfItsOwnIsNoEmptyTable() {
    dev.plandoc.model.RawMarkdown prose =
        new dev.plandoc.model.RawMarkdown("", "- 모든 오류는 RFC 7807 형식으로 응답한다");
    Plan plan =
        filled()
            .techStack(new TechStackBuilder().addExtras(prose).build())
            .errorHandling(new ErrorHandlingBuilder().addExtras(prose).build())
            .build();

    assertThat(ofRule(plan, Rule.EMPTY_TABLE)).isEmpty();
  }

  @Test
  void templateTablesWithoutRowsAreEmptyTableWarnings() {
    Plan plan =
        filled()
            .techStack(new TechStackBuilder().build())
            .errorHandling(new ErrorHandlingBuilder().build())
            .costEstimate(new CostEstimateBuilder().build())
            .milestones(new MilestonesBuilder().build())
            .build();

    assertThat(ofRule(plan, Rule.EMPTY_TABLE))
        .extracting(Diagnostic::path)
        .containsExactly(
            "techStack.selected",
            "errorHandling.errorClasses",
            "costEstimate.items",
            "milestones.milestones");
  }

  @Test
  void absentTableSectionIsMissingSectionNotEmptyTable() {
    assertThat(codes(filled().techStack(Optional.empty()).build())).containsExactly("PLAN-W001");
  }

  @Test
  void endpointWithoutPathOrMethodIsIncompleteEndpointWarning() {
    assertThat(ofRule(withEndpoints(endpoint("GET", "")), Rule.INCOMPLETE_ENDPOINT))
        .extracting(Diagnostic::path, Diagnostic::message)
        .containsExactly(tuple("apiDesign.endpoints[0]", "endpoint 'e' has no request path"));
    assertThat(ofRule(withEndpoints(endpoint("", "")), Rule.INCOMPLETE_ENDPOINT))
        .extracting(Diagnostic::message)
        .containsExactly("endpoint 'e' has no HTTP method and no request path");
    assertThat(codes(withEndpoints(endpoint("GET", "/a")))).isEmpty();
  }

  // ---- hints ----------------------------------------------------------------------------------

  @Test
  void riskWithoutMitigationIsInfo() {
    Plan plan = withRisk(risk().mitigation(Optional.empty()).build());

    assertThat(ofRule(plan, Rule.RISK_WITHOUT_MITIGATION))
        .extracting(Diagnostic::path, Diagnostic::severity)
        .containsExactly(tuple("risks.risks[0]", Severity.INFO));
    assertThat(codes(withRisk(risk().build()))).isEmpty();
  }

  @Test
  void riskWithoutProbabilityOrImpactIsInfo() {
    Plan plan = withRisk(risk().impact(Optional.empty()).build());

    assertThat(ofRule(plan, Rule.RISK_WITHOUT_LEVEL))
        .extracting(Diagnostic::message)
        .containsExactly("risk '장애' has no impact");
  }

  @Test
  void typedValueThatDoesNotParseIsUnparsedValueInfo() {
    Plan plan =
        filled()
            .performance(
                new PerformanceBuilder()
                    .caching(new CachingBuilder().ttl(new DurationText("당분간")).build())
                    .build())
            .build();

    assertThat(ofRule(plan, Rule.UNPARSED_VALUE))
        .extracting(Diagnostic::path, Diagnostic::severity)
        .containsExactly(tuple("performance.caching.ttl", Severity.INFO));
  }

  @Test
  void isoAndEnglishDurationsParseSoTheyAreNotUnparsed() {
    for (String ttl : List.of("PT10M", "30 days", "2.5 days", "15분")) {
      Plan plan =
          filled()
              .performance(
                  new PerformanceBuilder()
                      .caching(new CachingBuilder().ttl(new DurationText(ttl)).build())
                      .build())
              .build();
      assertThat(codes(plan)).as(ttl).isEmpty();
    }
  }

  @Test
  void costRowsWithoutTotalIsMissingCostTotalInfo() {
    assertThat(ofRule(withCosts(Optional.empty(), "$1"), Rule.MISSING_COST_TOTAL))
        .extracting(Diagnostic::path)
        .containsExactly("costEstimate.total");
    assertThat(codes(withCosts(Optional.of("$1"), "$1"))).isEmpty();
  }

  @Test
  void listSectionWithoutEntriesIsEmptySectionInfo() {
    Plan plan = filled().apiDesign(new ApiDesignBuilder().build()).build();

    assertThat(ofRule(plan, Rule.EMPTY_SECTION))
        .extracting(Diagnostic::path, Diagnostic::severity)
        .containsExactly(tuple("apiDesign.endpoints", Severity.INFO));
  }

  @Test
  void sectionTheTemplateDoesNotHaveIsExtraSectionInfo() {
    Plan plan =
        filled().addExtraSections(new ExtraSection("nextSteps", "16. 참고 자료", "- RFC 7519")).build();

    assertThat(ofRule(plan, Rule.EXTRA_SECTION))
        .extracting(Diagnostic::path, Diagnostic::message)
        .containsExactly(
            tuple("extraSections[0]", "section '16. 참고 자료' is not part of the template"));
  }

  // ---- positions, order, configuration --------------------------------------------------------

  @Test
  void diagnosticsTakeThePositionOfTheirPathOrNearestParentFromTheSourceMap() {
    SourceMap map =
        new SourceMap(
            Map.of(
                "metadata", new SourcePosition(3, 1),
                "apiDesign.endpoints[0]", new SourcePosition(40, 1),
                "apiDesign.endpoints[0].method", new SourcePosition(42, 1)));
    Plan plan =
        filled()
            .metadata(new MetadataBuilder().date(new DateText("어제")).build())
            .apiDesign(new ApiDesignBuilder().addEndpoints(endpoint("FETCH", "")).build())
            .risks(Optional.empty())
            .build();

    List<Diagnostic> found = VALIDATOR.validate(plan, map);

    assertThat(found)
        .extracting(Diagnostic::code, d -> d.position().map(Object::toString).orElse("-"))
        .containsExactly(
            tuple("PLAN-E001", "3:1"),
            tuple("PLAN-E002", "42:1"),
            tuple("PLAN-W006", "40:1"),
            tuple("PLAN-W001", "-"));
    assertThat(found.get(0).toString()).startsWith("3:1: error PLAN-E001 metadata.date: ");
  }

  @Test
  void diagnosticsComeGroupedBySectionInDocumentOrder() {
    List<String> sections =
        validate(TemplatePlan.plan()).stream()
            .map(d -> d.path().split("[.\\[]")[0])
            .distinct()
            .toList();

    assertThat(sections)
        .containsExactly(
            "title",
            "metadata",
            "techStack",
            "architecture",
            "apiDesign",
            "databaseSchema",
            "externalServices",
            "performance",
            "testing",
            "costEstimate",
            "milestones",
            "risks",
            "nextSteps");
  }

  @Test
  void validatorWithoutARuleDoesNotReportIt() {
    PlanValidator quiet = VALIDATOR.without(Rule.UNFILLED_PLACEHOLDER);

    assertThat(quiet.validate(TemplatePlan.plan())).isEmpty();
    assertThat(quiet.rules())
        .doesNotContain(Rule.UNFILLED_PLACEHOLDER)
        .hasSize(Rule.values().length - 1);
    assertThat(VALIDATOR.rules()).containsExactly(Rule.values());
  }

  @Test
  void oneValidatorGivesTheSameResultsFromManyThreads() {
    List<Plan> plans = RandomPlans.plans(5, 40).toList();
    List<List<Diagnostic>> sequential = plans.stream().map(VALIDATOR::validate).toList();

    List<List<Diagnostic>> parallel =
        IntStream.range(0, plans.size())
            .parallel()
            .mapToObj(i -> VALIDATOR.validate(plans.get(i)))
            .toList();

    assertThat(parallel).isEqualTo(sequential);
  }

  // ---- the rule table -------------------------------------------------------------------------

  @Test
  void ruleCodesAreUniqueAndTheirLetterMatchesTheirSeverity() {
    assertThat(Arrays.stream(Rule.values()).map(Rule::code).collect(Collectors.toSet()))
        .hasSize(Rule.values().length);
    for (Rule rule : Rule.values()) {
      char letter = rule.severity().name().charAt(0);
      assertThat(rule.code()).as(rule.name()).matches("PLAN-" + letter + "\\d{3}");
      assertThat(rule.description()).isNotBlank().doesNotContain("\n");
      assertThat(Rule.byCode(rule.code())).contains(rule);
    }
    assertThat(Rule.byCode("PLAN-X999")).isEmpty();
  }

  @Test
  void rulesMarkdownAndClassJavadocListEveryRuleWithItsSeverity() throws IOException {
    String rulesMd = Files.readString(Path.of("RULES.md"), StandardCharsets.UTF_8);
    String javadoc =
        Files.readString(
            Path.of("src/main/java/dev/plandoc/model/check/PlanValidator.java"),
            StandardCharsets.UTF_8);
    for (Rule rule : Rule.values()) {
      assertThat(rulesMd)
          .containsPattern("\\| `?" + rule.code() + "`? \\| " + rule.severity() + " \\|");
      assertThat(javadoc).contains("<td>" + rule.code() + "</td><td>" + rule.severity() + "</td>");
    }
  }
}
