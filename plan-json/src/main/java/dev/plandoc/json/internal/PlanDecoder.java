package dev.plandoc.json.internal;

import dev.plandoc.json.internal.mapping.DecodeContext;
import dev.plandoc.json.internal.mapping.Node;
import dev.plandoc.json.internal.mapping.Obj;
import dev.plandoc.json.internal.mapping.TypedKind;
import dev.plandoc.model.Alternative;
import dev.plandoc.model.ApiDesign;
import dev.plandoc.model.Architecture;
import dev.plandoc.model.AsyncProcessing;
import dev.plandoc.model.Authentication;
import dev.plandoc.model.Authorization;
import dev.plandoc.model.Caching;
import dev.plandoc.model.Component;
import dev.plandoc.model.CostEstimate;
import dev.plandoc.model.CostItem;
import dev.plandoc.model.CostTotal;
import dev.plandoc.model.DataProtection;
import dev.plandoc.model.DatabaseOptimization;
import dev.plandoc.model.DatabaseSchema;
import dev.plandoc.model.Deployment;
import dev.plandoc.model.Diagram;
import dev.plandoc.model.EndpointSpec;
import dev.plandoc.model.Environment;
import dev.plandoc.model.ErrorClass;
import dev.plandoc.model.ErrorHandling;
import dev.plandoc.model.ExternalServices;
import dev.plandoc.model.ExtraSection;
import dev.plandoc.model.Header;
import dev.plandoc.model.IntegrationTesting;
import dev.plandoc.model.Language;
import dev.plandoc.model.LoadTesting;
import dev.plandoc.model.Logging;
import dev.plandoc.model.Metadata;
import dev.plandoc.model.Milestone;
import dev.plandoc.model.Milestones;
import dev.plandoc.model.Monitoring;
import dev.plandoc.model.NextSteps;
import dev.plandoc.model.Performance;
import dev.plandoc.model.Plan;
import dev.plandoc.model.RawMarkdown;
import dev.plandoc.model.ResponseSpec;
import dev.plandoc.model.Risk;
import dev.plandoc.model.Risks;
import dev.plandoc.model.Security;
import dev.plandoc.model.ServiceSpec;
import dev.plandoc.model.Step;
import dev.plandoc.model.TableSpec;
import dev.plandoc.model.TechChoice;
import dev.plandoc.model.TechStack;
import dev.plandoc.model.Testing;
import dev.plandoc.model.format.PlanFormatException;
import dev.plandoc.model.format.ReadResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps a located tree onto the model, property by property, with the rules of the published shape.
 * Used once per read.
 */
public final class PlanDecoder {
  /** The schema version this decoder reads and the encoder writes. */
  public static final int SCHEMA_VERSION = 1;

  private final DecodeContext ctx;

  private PlanDecoder(DecodeContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Reads a plan from its tree.
   *
   * @throws PlanFormatException for a wrong type, a missing property, a value the model rejects
   *     and, when strict, an unknown property or a value that contradicts its text
   */
  public static ReadResult decode(Node root, boolean strict) {
    DecodeContext ctx = new DecodeContext(strict);
    Plan plan = new PlanDecoder(ctx).plan(root);
    return ctx.result(plan);
  }

  // ---- the plan

  private Plan plan(Node root) {
    Obj o = ctx.object(root, "", "a plan");
    Node version = o.require("schemaVersion");
    if (version.kind() != Node.Kind.NUMBER
        || version.number() == null
        || version.number().compareTo(BigDecimal.valueOf(SCHEMA_VERSION)) != 0) {
      throw ctx.fail(
          version,
          "unsupported schemaVersion "
              + version.text()
              + "; this reader reads schemaVersion "
              + SCHEMA_VERSION);
    }
    String title = ctx.string(o, "title");
    Node lang = o.require("language");
    Language language =
        Language.fromTag(ctx.text(lang))
            .orElseThrow(() -> ctx.fail(lang, "language must be \"ko\" or \"en\": " + lang.text()));
    ctx.language(language);
    Optional<String> beforeTitle = ctx.optString(o, "beforeTitle");
    Optional<String> afterTitle = ctx.optString(o, "afterTitle");
    Optional<Metadata> metadata = ctx.optional(o, "metadata", this::metadata);
    Optional<TechStack> techStack = ctx.optional(o, "techStack", this::techStack);
    Optional<Architecture> architecture = ctx.optional(o, "architecture", this::architecture);
    Optional<ApiDesign> apiDesign = ctx.optional(o, "apiDesign", this::apiDesign);
    Optional<DatabaseSchema> databaseSchema =
        ctx.optional(o, "databaseSchema", this::databaseSchema);
    Optional<ExternalServices> externalServices =
        ctx.optional(o, "externalServices", this::externalServices);
    Optional<Security> security = ctx.optional(o, "security", this::security);
    Optional<Performance> performance = ctx.optional(o, "performance", this::performance);
    Optional<ErrorHandling> errorHandling = ctx.optional(o, "errorHandling", this::errorHandling);
    Optional<Monitoring> monitoring = ctx.optional(o, "monitoring", this::monitoring);
    Optional<Testing> testing = ctx.optional(o, "testing", this::testing);
    Optional<Deployment> deployment = ctx.optional(o, "deployment", this::deployment);
    Optional<CostEstimate> costEstimate = ctx.optional(o, "costEstimate", this::costEstimate);
    Optional<Milestones> milestones = ctx.optional(o, "milestones", this::milestones);
    Optional<Risks> risks = ctx.optional(o, "risks", this::risks);
    Optional<NextSteps> nextSteps = ctx.optional(o, "nextSteps", this::nextSteps);
    List<ExtraSection> extraSections = ctx.list(o, "extraSections", this::extraSection);
    return ctx.build(
        o,
        () ->
            new Plan(
                title,
                language,
                beforeTitle,
                afterTitle,
                metadata,
                techStack,
                architecture,
                apiDesign,
                databaseSchema,
                externalServices,
                security,
                performance,
                errorHandling,
                monitoring,
                testing,
                deployment,
                costEstimate,
                milestones,
                risks,
                nextSteps,
                extraSections));
  }

  private ExtraSection extraSection(Node n, String path) {
    Obj o = ctx.object(n, path, "an extra section");
    String anchor = ctx.string(o, "anchor", "");
    String heading = ctx.string(o, "heading");
    String body = ctx.string(o, "body", "");
    return ctx.build(o, () -> new ExtraSection(anchor, heading, body));
  }

  private Metadata metadata(Node n, String path) {
    Obj o = ctx.object(n, path, "metadata");
    Optional<String> spec = ctx.optString(o, "spec");
    var date = ctx.optional(o, "date", (v, p) -> ctx.typed(v, TypedKind.DATE));
    Optional<String> author = ctx.optString(o, "author");
    Optional<String> agents = ctx.optString(o, "agents");
    List<String> extraItems = ctx.strings(o, "extraItems");
    List<RawMarkdown> extras = ctx.extras(o);
    return ctx.build(o, () -> new Metadata(spec, date, author, agents, extraItems, extras));
  }

  private TechStack techStack(Node n, String path) {
    Obj o = ctx.object(n, path, "the technology stack");
    List<String> columns = ctx.strings(o, "columns");
    List<TechChoice> selected =
        ctx.list(
            o,
            "selected",
            (v, p) -> {
              Obj r = ctx.object(v, p, "a technology choice");
              String area = ctx.string(r, "area");
              String technology = ctx.string(r, "technology");
              String reason = ctx.string(r, "reason", "");
              Map<String, String> cells = ctx.cells(r, "extraCells");
              return ctx.build(r, () -> new TechChoice(area, technology, reason, cells));
            });
    List<Alternative> alternatives =
        ctx.list(
            o,
            "alternatives",
            (v, p) -> {
              Obj r = ctx.object(v, p, "an alternative");
              String technology = ctx.string(r, "technology");
              String reason = ctx.string(r, "reason", "");
              return ctx.build(r, () -> new Alternative(technology, reason));
            });
    List<RawMarkdown> extras = ctx.extras(o);
    return ctx.build(o, () -> new TechStack(columns, selected, alternatives, extras));
  }

  private Architecture architecture(Node n, String path) {
    Obj o = ctx.object(n, path, "the architecture");
    Optional<Diagram> diagram =
        ctx.optional(
            o,
            "diagram",
            (v, p) -> {
              Obj r = ctx.object(v, p, "a diagram");
              String lang = ctx.string(r, "language", "");
              String source = ctx.string(r, "source");
              return ctx.build(r, () -> new Diagram(lang, source));
            });
    List<Component> components =
        ctx.list(
            o,
            "components",
            (v, p) -> {
              Obj r = ctx.object(v, p, "a component");
              String name = ctx.string(r, "name", "");
              String note = ctx.string(r, "note", "");
              String role = ctx.string(r, "role");
              return ctx.build(r, () -> new Component(name, note, role));
            });
    List<Step> dataFlow = ctx.list(o, "dataFlow", this::step);
    List<RawMarkdown> extras = ctx.extras(o);
    return ctx.build(o, () -> new Architecture(diagram, components, dataFlow, extras));
  }

  private Step step(Node n, String path) {
    Obj r = ctx.object(n, path, "a step");
    String text = ctx.string(r, "text");
    return ctx.build(r, () -> new Step(text));
  }

  private ApiDesign apiDesign(Node n, String path) {
    Obj o = ctx.object(n, path, "the API design");
    List<EndpointSpec> endpoints = ctx.list(o, "endpoints", this::endpoint);
    List<RawMarkdown> extras = ctx.extras(o);
    return ctx.build(o, () -> new ApiDesign(endpoints, extras));
  }

  private EndpointSpec endpoint(Node n, String path) {
    Obj o = ctx.object(n, path, "an endpoint");
    String name = ctx.string(o, "name");
    Node methodNode = o.take("method");
    var method =
        methodNode == null ? TypedKind.METHOD.ofText("") : ctx.typed(methodNode, TypedKind.METHOD);
    String urlPath = ctx.string(o, "path", "");
    List<Header> headers =
        ctx.list(
            o,
            "headers",
            (v, p) -> {
              Obj r = ctx.object(v, p, "a header");
              String hName = ctx.string(r, "name");
              String value = ctx.string(r, "value", "");
              return ctx.build(r, () -> new Header(hName, value));
            });
    Optional<String> requestBody = ctx.optString(o, "requestBody");
    List<ResponseSpec> responses =
        ctx.list(
            o,
            "responses",
            (v, p) -> {
              Obj r = ctx.object(v, p, "a response");
              String label = ctx.string(r, "label");
              var status = ctx.required(r, "status", (s, q) -> ctx.typed(s, TypedKind.STATUS));
              String body = ctx.string(r, "body", "");
              return ctx.build(r, () -> new ResponseSpec(label, status, body));
            });
    List<RawMarkdown> extras = ctx.extras(o);
    return ctx.build(
        o, () -> new EndpointSpec(name, method, urlPath, headers, requestBody, responses, extras));
  }

  private DatabaseSchema databaseSchema(Node n, String path) {
    Obj o = ctx.object(n, path, "the database schema");
    List<TableSpec> tables =
        ctx.list(
            o,
            "tables",
            (v, p) -> {
              Obj r = ctx.object(v, p, "a table");
              String name = ctx.string(r, "name");
              String ddlLanguage = ctx.string(r, "ddlLanguage", "");
              String ddl = ctx.string(r, "ddl", "");
              List<RawMarkdown> extras = ctx.extras(r);
              return ctx.build(r, () -> new TableSpec(name, ddlLanguage, ddl, extras));
            });
    List<String> indexNotes = ctx.strings(o, "indexNotes");
    List<RawMarkdown> extras = ctx.extras(o);
    return ctx.build(o, () -> new DatabaseSchema(tables, indexNotes, extras));
  }

  private ExternalServices externalServices(Node n, String path) {
    Obj o = ctx.object(n, path, "the external services");
    List<ServiceSpec> services =
        ctx.list(
            o,
            "services",
            (v, p) -> {
              Obj r = ctx.object(v, p, "a service");
              String name = ctx.string(r, "name");
              Optional<String> purpose = ctx.optString(r, "purpose");
              var cost = ctx.optional(r, "cost", (c, q) -> ctx.typed(c, TypedKind.MONEY));
              var apiDocs = ctx.optional(r, "apiDocs", (c, q) -> ctx.typed(c, TypedKind.URL));
              Optional<String> authentication = ctx.optString(r, "authentication");
              List<String> extraItems = ctx.strings(r, "extraItems");
              List<RawMarkdown> extras = ctx.extras(r);
              return ctx.build(
                  r,
                  () ->
                      new ServiceSpec(
                          name, purpose, cost, apiDocs, authentication, extraItems, extras));
            });
    List<RawMarkdown> extras = ctx.extras(o);
    return ctx.build(o, () -> new ExternalServices(services, extras));
  }

  private Security security(Node n, String path) {
    Obj o = ctx.object(n, path, "the security design");
    Optional<Authentication> authentication =
        ctx.optional(
            o,
            "authentication",
            (v, p) -> {
              Obj r = ctx.object(v, p, "authentication");
              Optional<String> method = ctx.optString(r, "method");
              var tokenLifetime =
                  ctx.optional(r, "tokenLifetime", (c, q) -> ctx.typed(c, TypedKind.DURATION));
              var refresh =
                  ctx.optional(
                      r, "refreshTokenLifetime", (c, q) -> ctx.typed(c, TypedKind.DURATION));
              List<String> extraItems = ctx.strings(r, "extraItems");
              return ctx.build(
                  r, () -> new Authentication(method, tokenLifetime, refresh, extraItems));
            });
    Optional<Authorization> authorization =
        ctx.optional(
            o,
            "authorization",
            (v, p) -> {
              Obj r = ctx.object(v, p, "authorization");
              Optional<String> model = ctx.optString(r, "model");
              Optional<String> roles = ctx.optString(r, "roles");
              List<String> extraItems = ctx.strings(r, "extraItems");
              return ctx.build(r, () -> new Authorization(model, roles, extraItems));
            });
    Optional<DataProtection> dataProtection =
        ctx.optional(
            o,
            "dataProtection",
            (v, p) -> {
              Obj r = ctx.object(v, p, "data protection");
              Optional<String> pii = ctx.optString(r, "piiEncryption");
              Optional<String> transport = ctx.optString(r, "transportEncryption");
              List<String> extraItems = ctx.strings(r, "extraItems");
              return ctx.build(r, () -> new DataProtection(pii, transport, extraItems));
            });
    List<RawMarkdown> extras = ctx.extras(o);
    return ctx.build(o, () -> new Security(authentication, authorization, dataProtection, extras));
  }

  private Performance performance(Node n, String path) {
    Obj o = ctx.object(n, path, "the performance strategy");
    Optional<Caching> caching =
        ctx.optional(
            o,
            "caching",
            (v, p) -> {
              Obj r = ctx.object(v, p, "caching");
              Optional<String> redisCache = ctx.optString(r, "redisCache");
              var ttl = ctx.optional(r, "ttl", (c, q) -> ctx.typed(c, TypedKind.DURATION));
              List<String> extraItems = ctx.strings(r, "extraItems");
              return ctx.build(r, () -> new Caching(redisCache, ttl, extraItems));
            });
    Optional<DatabaseOptimization> databaseOptimization =
        ctx.optional(
            o,
            "databaseOptimization",
            (v, p) -> {
              Obj r = ctx.object(v, p, "database optimisation");
              Optional<String> indexing = ctx.optString(r, "indexing");
              var pool = ctx.optional(r, "connectionPool", (c, q) -> ctx.typed(c, TypedKind.COUNT));
              List<String> extraItems = ctx.strings(r, "extraItems");
              return ctx.build(r, () -> new DatabaseOptimization(indexing, pool, extraItems));
            });
    Optional<AsyncProcessing> asyncProcessing =
        ctx.optional(
            o,
            "asyncProcessing",
            (v, p) -> {
              Obj r = ctx.object(v, p, "asynchronous processing");
              Optional<String> heavyJobs = ctx.optString(r, "heavyJobs");
              List<String> extraItems = ctx.strings(r, "extraItems");
              return ctx.build(r, () -> new AsyncProcessing(heavyJobs, extraItems));
            });
    List<RawMarkdown> extras = ctx.extras(o);
    return ctx.build(
        o, () -> new Performance(caching, databaseOptimization, asyncProcessing, extras));
  }

  private ErrorHandling errorHandling(Node n, String path) {
    Obj o = ctx.object(n, path, "the error handling strategy");
    List<String> columns = ctx.strings(o, "columns");
    List<ErrorClass> errorClasses =
        ctx.list(
            o,
            "errorClasses",
            (v, p) -> {
              Obj r = ctx.object(v, p, "an error class");
              var code = ctx.required(r, "code", (c, q) -> ctx.typed(c, TypedKind.STATUS));
              String type = ctx.string(r, "type", "");
              String handling = ctx.string(r, "handling", "");
              Map<String, String> cells = ctx.cells(r, "extraCells");
              return ctx.build(r, () -> new ErrorClass(code, type, handling, cells));
            });
    List<String> retryRules = ctx.strings(o, "retryRules");
    List<RawMarkdown> extras = ctx.extras(o);
    return ctx.build(o, () -> new ErrorHandling(columns, errorClasses, retryRules, extras));
  }

  private Monitoring monitoring(Node n, String path) {
    Obj o = ctx.object(n, path, "monitoring and logging");
    List<String> metrics = ctx.strings(o, "metrics");
    Optional<Logging> logging =
        ctx.optional(
            o,
            "logging",
            (v, p) -> {
              Obj r = ctx.object(v, p, "logging");
              Optional<String> levels = ctx.optString(r, "levels");
              Optional<String> format = ctx.optString(r, "format");
              var retention =
                  ctx.optional(r, "retention", (c, q) -> ctx.typed(c, TypedKind.DURATION));
              List<String> extraItems = ctx.strings(r, "extraItems");
              return ctx.build(r, () -> new Logging(levels, format, retention, extraItems));
            });
    List<String> alerts = ctx.strings(o, "alerts");
    List<RawMarkdown> extras = ctx.extras(o);
    return ctx.build(o, () -> new Monitoring(metrics, logging, alerts, extras));
  }

  private Testing testing(Node n, String path) {
    Obj o = ctx.object(n, path, "the testing strategy");
    List<String> contract = ctx.strings(o, "contract");
    Optional<IntegrationTesting> integration =
        ctx.optional(
            o,
            "integration",
            (v, p) -> {
              Obj r = ctx.object(v, p, "integration testing");
              Optional<String> criticalPaths = ctx.optString(r, "criticalPaths");
              var coverage =
                  ctx.optional(r, "coverageTarget", (c, q) -> ctx.typed(c, TypedKind.PERCENTAGE));
              List<String> extraItems = ctx.strings(r, "extraItems");
              return ctx.build(
                  r, () -> new IntegrationTesting(criticalPaths, coverage, extraItems));
            });
    Optional<LoadTesting> load =
        ctx.optional(
            o,
            "load",
            (v, p) -> {
              Obj r = ctx.object(v, p, "load testing");
              Optional<String> target = ctx.optString(r, "target");
              Optional<String> tools = ctx.optString(r, "tools");
              List<String> extraItems = ctx.strings(r, "extraItems");
              return ctx.build(r, () -> new LoadTesting(target, tools, extraItems));
            });
    List<RawMarkdown> extras = ctx.extras(o);
    return ctx.build(o, () -> new Testing(contract, integration, load, extras));
  }

  private Deployment deployment(Node n, String path) {
    Obj o = ctx.object(n, path, "the deployment strategy");
    List<Environment> environments =
        ctx.list(
            o,
            "environments",
            (v, p) -> {
              Obj r = ctx.object(v, p, "an environment");
              String name = ctx.string(r, "name");
              String description = ctx.string(r, "description", "");
              return ctx.build(r, () -> new Environment(name, description));
            });
    List<String> ciCd = ctx.strings(o, "ciCd");
    List<String> rollback = ctx.strings(o, "rollback");
    List<RawMarkdown> extras = ctx.extras(o);
    return ctx.build(o, () -> new Deployment(environments, ciCd, rollback, extras));
  }

  private CostEstimate costEstimate(Node n, String path) {
    Obj o = ctx.object(n, path, "the cost estimate");
    List<String> columns = ctx.strings(o, "columns");
    List<CostItem> items =
        ctx.list(
            o,
            "items",
            (v, p) -> {
              Obj r = ctx.object(v, p, "a cost item");
              String item = ctx.string(r, "item");
              var monthlyCost =
                  ctx.required(r, "monthlyCost", (c, q) -> ctx.typed(c, TypedKind.MONEY));
              String basis = ctx.string(r, "basis", "");
              Map<String, String> cells = ctx.cells(r, "extraCells");
              return ctx.build(r, () -> new CostItem(item, monthlyCost, basis, cells));
            });
    Optional<CostTotal> total =
        ctx.optional(
            o,
            "total",
            (v, p) -> {
              Obj r = ctx.object(v, p, "the cost total");
              var amount = ctx.required(r, "amount", (c, q) -> ctx.typed(c, TypedKind.MONEY));
              String basis = ctx.string(r, "basis", "");
              Map<String, String> cells = ctx.cells(r, "extraCells");
              return ctx.build(r, () -> new CostTotal(amount, basis, cells));
            });
    List<RawMarkdown> extras = ctx.extras(o);
    return ctx.build(o, () -> new CostEstimate(columns, items, total, extras));
  }

  private Milestones milestones(Node n, String path) {
    Obj o = ctx.object(n, path, "the milestones");
    List<String> columns = ctx.strings(o, "columns");
    List<Milestone> milestones =
        ctx.list(
            o,
            "milestones",
            (v, p) -> {
              Obj r = ctx.object(v, p, "a milestone");
              String phase = ctx.string(r, "phase");
              String work = ctx.string(r, "work");
              var estimate =
                  ctx.required(r, "estimate", (c, q) -> ctx.typed(c, TypedKind.DURATION));
              Map<String, String> cells = ctx.cells(r, "extraCells");
              return ctx.build(r, () -> new Milestone(phase, work, estimate, cells));
            });
    List<RawMarkdown> extras = ctx.extras(o);
    return ctx.build(o, () -> new Milestones(columns, milestones, extras));
  }

  private Risks risks(Node n, String path) {
    Obj o = ctx.object(n, path, "the risks");
    List<Risk> risks =
        ctx.list(
            o,
            "risks",
            (v, p) -> {
              Obj r = ctx.object(v, p, "a risk");
              String title = ctx.string(r, "title");
              var probability =
                  ctx.optional(r, "probability", (c, q) -> ctx.typed(c, TypedKind.RISK_LEVEL));
              var impact = ctx.optional(r, "impact", (c, q) -> ctx.typed(c, TypedKind.RISK_LEVEL));
              Optional<String> mitigation = ctx.optString(r, "mitigation");
              List<String> extraItems = ctx.strings(r, "extraItems");
              List<RawMarkdown> extras = ctx.extras(r);
              return ctx.build(
                  r, () -> new Risk(title, probability, impact, mitigation, extraItems, extras));
            });
    List<RawMarkdown> extras = ctx.extras(o);
    return ctx.build(o, () -> new Risks(risks, extras));
  }

  private NextSteps nextSteps(Node n, String path) {
    Obj o = ctx.object(n, path, "the next steps");
    List<Step> steps = ctx.list(o, "steps", this::step);
    List<RawMarkdown> extras = ctx.extras(o);
    return ctx.build(o, () -> new NextSteps(steps, extras));
  }
}
