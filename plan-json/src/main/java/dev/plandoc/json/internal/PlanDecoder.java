package dev.plandoc.json.internal;

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
import dev.plandoc.model.check.Diagnostic;
import dev.plandoc.model.check.Severity;
import dev.plandoc.model.check.SourceMap;
import dev.plandoc.model.check.SourcePosition;
import dev.plandoc.model.format.PlanFormatException;
import dev.plandoc.model.format.ReadResult;
import dev.plandoc.model.value.Money;
import dev.plandoc.model.value.TypedText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Maps a located tree onto the model, property by property, with the rules of the published shape.
 * Used once per read.
 */
public final class PlanDecoder {
  /** The diagnostic code of an unknown property. */
  public static final String UNKNOWN_PROPERTY = "PLAN-J001";

  /** The diagnostic code of a typed value that contradicts its text. */
  public static final String VALUE_MISMATCH = "PLAN-J002";

  /** The schema version this decoder reads and the encoder writes. */
  public static final int SCHEMA_VERSION = 1;

  private final boolean strict;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Map<String, SourcePosition> positions = new LinkedHashMap<>();
  private Language language = Language.KOREAN;

  private PlanDecoder(boolean strict) {
    this.strict = strict;
  }

  /**
   * Reads a plan from its tree.
   *
   * @throws PlanFormatException for a wrong type, a missing property, a value the model rejects
   *     and, when strict, an unknown property or a value that contradicts its text
   */
  public static ReadResult decode(Node root, boolean strict) {
    PlanDecoder d = new PlanDecoder(strict);
    Plan plan = d.plan(root);
    return new ReadResult(plan, d.diagnostics, new SourceMap(d.positions));
  }

  // ---- errors and diagnostics

  PlanFormatException fail(Node at, String message) {
    return fail(at, at.pointer(), message);
  }

  PlanFormatException fail(Node at, String pointer, String message) {
    return new PlanFormatException(message, at.position(), pointer);
  }

  void record(String path, Node node) {
    node.position().ifPresent(p -> positions.putIfAbsent(path, p));
  }

  void unknown(Node node, String name) {
    String message = "unknown property '" + name + "' (ignored)";
    if (strict) {
      throw fail(node, "unknown property '" + name + "' (strict mode)");
    }
    report(Severity.WARNING, UNKNOWN_PROPERTY, node, message);
  }

  private void report(Severity severity, String code, Node node, String message) {
    Diagnostic d = new Diagnostic(severity, code, node.pointer(), message, node.position());
    if (strict && severity == Severity.ERROR) {
      throw new PlanFormatException(message, node.position(), node.pointer(), List.of(d), null);
    }
    diagnostics.add(d);
  }

  /** Runs a model constructor, turning its rejection into a positioned exception. */
  private <T> T build(Obj o, Supplier<T> constructor) {
    o.done();
    return construct(o.node(), constructor);
  }

  private <T> T construct(Node node, Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException | NullPointerException | ArithmeticException e) {
      throw new PlanFormatException(
          "invalid value: " + e.getMessage(), node.position(), node.pointer(), List.of(), e);
    }
  }

  // ---- scalars

  private String text(Node n) {
    if (n.kind() == Node.Kind.STRING
        || (n.yaml() && (n.kind() == Node.Kind.NUMBER || n.kind() == Node.Kind.BOOLEAN))) {
      return n.text();
    }
    throw fail(n, "expected a string, found " + TypedKind.found(n));
  }

  private String string(Obj o, String name) {
    return text(o.require(name));
  }

  private String string(Obj o, String name, String fallback) {
    Node n = o.take(name);
    return n == null ? fallback : text(n);
  }

  private Optional<String> optString(Obj o, String name) {
    Node n = o.take(name);
    return n == null ? Optional.empty() : Optional.of(text(n));
  }

  private <T> T required(Obj o, String name, BiFunction<Node, String, T> reader) {
    return reader.apply(o.require(name), o.path(name));
  }

  private <T> Optional<T> optional(Obj o, String name, BiFunction<Node, String, T> reader) {
    Node n = o.take(name);
    return n == null ? Optional.empty() : Optional.of(reader.apply(n, o.path(name)));
  }

  private <T> List<T> list(Obj o, String name, BiFunction<Node, String, T> reader) {
    Node n = o.take(name);
    if (n == null) {
      return List.of();
    }
    if (n.kind() != Node.Kind.ARRAY) {
      throw fail(n, "expected an array, found " + TypedKind.found(n));
    }
    List<T> out = new ArrayList<>(n.items().size());
    String path = o.path(name);
    for (int i = 0; i < n.items().size(); i++) {
      Node item = n.items().get(i);
      String itemPath = path + "[" + i + "]";
      record(itemPath, item);
      out.add(reader.apply(item, itemPath));
    }
    return out;
  }

  private List<String> strings(Obj o, String name) {
    return list(o, name, (n, p) -> text(n));
  }

  private Map<String, String> cells(Obj o, String name) {
    Node n = o.take(name);
    if (n == null) {
      return Map.of();
    }
    if (n.kind() != Node.Kind.OBJECT) {
      throw fail(n, "expected an object of cells by column header, found " + TypedKind.found(n));
    }
    Map<String, String> out = new LinkedHashMap<>();
    n.fields().forEach((k, v) -> out.put(k, text(v)));
    return out;
  }

  private List<RawMarkdown> extras(Obj o) {
    return list(
        o,
        "extras",
        (n, p) -> {
          Obj r = new Obj(this, n, p, "raw Markdown");
          String anchor = string(r, "anchor", "");
          String markdown = string(r, "markdown");
          return build(r, () -> new RawMarkdown(anchor, markdown));
        });
  }

  // ---- typed values

  private <V, T extends TypedText<V>> T typed(Node n, TypedKind<V, T> kind) {
    switch (n.kind()) {
      case STRING:
        return construct(n, () -> kind.ofText(kind.textOfString(n.text(), language)));
      case NUMBER:
        if (kind.numeric()) {
          V v = typedValue(n, kind);
          return construct(n, () -> kind.ofText(kind.canonical(v, language)));
        }
        break;
      case OBJECT:
        if (kind == TypedKind.MONEY
            && !n.fields().containsKey("value")
            && !n.fields().containsKey("text")) {
          @SuppressWarnings("unchecked")
          V v = (V) money(n);
          return construct(n, () -> kind.ofText(kind.canonical(v, language)));
        }
        return wrapped(n, kind);
      default:
        break;
    }
    if (n.yaml() && (n.kind() == Node.Kind.NUMBER || n.kind() == Node.Kind.BOOLEAN)) {
      return construct(n, () -> kind.ofText(n.text()));
    }
    throw fail(
        n,
        "expected "
            + kind.description()
            + ", its text as a string, or {\"value\", \"text\"}; found "
            + TypedKind.found(n));
  }

  private <V, T extends TypedText<V>> T wrapped(Node n, TypedKind<V, T> kind) {
    Obj o = new Obj(this, n, null, "a typed value");
    Node valueNode = o.take("value");
    Node textNode = o.take("text");
    o.done();
    V value = valueNode == null ? null : typedValue(valueNode, kind);
    if (textNode == null) {
      if (value == null) {
        throw fail(n, "a typed value needs \"value\" or \"text\"");
      }
      V v = value;
      return construct(n, () -> kind.ofText(kind.canonical(v, language)));
    }
    String text = text(textNode);
    T typed = construct(textNode, () -> kind.ofText(text));
    if (value != null) {
      Optional<V> parsed = typed.value();
      if (parsed.isEmpty() || !kind.same(parsed.get(), value)) {
        report(
            Severity.ERROR,
            VALUE_MISMATCH,
            valueNode,
            "the value "
                + valueNode.text()
                + " does not match the text '"
                + text
                + "'"
                + parsed.map(p -> ", which reads as " + p).orElse(", which does not parse")
                + "; the text is kept");
      }
    }
    return typed;
  }

  @SuppressWarnings("unchecked")
  private <V> V typedValue(Node n, TypedKind<V, ?> kind) {
    if (kind == TypedKind.MONEY) {
      return (V) money(n);
    }
    try {
      return kind.fromJson(n);
    } catch (TypedKind.TypeMismatch e) {
      throw fail(n, e.getMessage());
    }
  }

  private Money money(Node n) {
    Obj o = new Obj(this, n, null, "an amount of money");
    Node amountNode = o.require("amount");
    String currency = text(o.require("currency"));
    BigDecimal amount;
    if (amountNode.kind() == Node.Kind.NUMBER && amountNode.number() != null) {
      amount = amountNode.number();
    } else if (amountNode.kind() == Node.Kind.STRING) {
      String s = amountNode.text();
      if (s.length() > 100 || !s.matches("\\d+(\\.\\d+)?")) {
        throw fail(
            amountNode, "amount must be a decimal such as \"120\" or \"12.50\": '" + s + "'");
      }
      amount = new BigDecimal(s);
    } else {
      throw fail(
          amountNode, "amount must be a decimal string or number, found " + TypedKind.found(n));
    }
    BigDecimal a = amount;
    return build(o, () -> new Money(a, currency));
  }

  // ---- the plan

  private Plan plan(Node root) {
    Obj o = new Obj(this, root, "", "a plan");
    Node version = o.require("schemaVersion");
    if (version.kind() != Node.Kind.NUMBER
        || version.number() == null
        || version.number().compareTo(BigDecimal.valueOf(SCHEMA_VERSION)) != 0) {
      throw fail(
          version,
          "unsupported schemaVersion "
              + version.text()
              + "; this reader reads schemaVersion "
              + SCHEMA_VERSION);
    }
    String title = string(o, "title");
    Node lang = o.require("language");
    language =
        Language.fromTag(text(lang))
            .orElseThrow(() -> fail(lang, "language must be \"ko\" or \"en\": " + lang.text()));
    Optional<String> beforeTitle = optString(o, "beforeTitle");
    Optional<String> afterTitle = optString(o, "afterTitle");
    Optional<Metadata> metadata = optional(o, "metadata", this::metadata);
    Optional<TechStack> techStack = optional(o, "techStack", this::techStack);
    Optional<Architecture> architecture = optional(o, "architecture", this::architecture);
    Optional<ApiDesign> apiDesign = optional(o, "apiDesign", this::apiDesign);
    Optional<DatabaseSchema> databaseSchema = optional(o, "databaseSchema", this::databaseSchema);
    Optional<ExternalServices> externalServices =
        optional(o, "externalServices", this::externalServices);
    Optional<Security> security = optional(o, "security", this::security);
    Optional<Performance> performance = optional(o, "performance", this::performance);
    Optional<ErrorHandling> errorHandling = optional(o, "errorHandling", this::errorHandling);
    Optional<Monitoring> monitoring = optional(o, "monitoring", this::monitoring);
    Optional<Testing> testing = optional(o, "testing", this::testing);
    Optional<Deployment> deployment = optional(o, "deployment", this::deployment);
    Optional<CostEstimate> costEstimate = optional(o, "costEstimate", this::costEstimate);
    Optional<Milestones> milestones = optional(o, "milestones", this::milestones);
    Optional<Risks> risks = optional(o, "risks", this::risks);
    Optional<NextSteps> nextSteps = optional(o, "nextSteps", this::nextSteps);
    List<ExtraSection> extraSections = list(o, "extraSections", this::extraSection);
    Language lang2 = language;
    return build(
        o,
        () ->
            new Plan(
                title,
                lang2,
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
    Obj o = new Obj(this, n, path, "an extra section");
    String anchor = string(o, "anchor", "");
    String heading = string(o, "heading");
    String body = string(o, "body", "");
    return build(o, () -> new ExtraSection(anchor, heading, body));
  }

  private Metadata metadata(Node n, String path) {
    Obj o = new Obj(this, n, path, "metadata");
    Optional<String> spec = optString(o, "spec");
    var date = optional(o, "date", (v, p) -> typed(v, TypedKind.DATE));
    Optional<String> author = optString(o, "author");
    Optional<String> agents = optString(o, "agents");
    List<String> extraItems = strings(o, "extraItems");
    List<RawMarkdown> extras = extras(o);
    return build(o, () -> new Metadata(spec, date, author, agents, extraItems, extras));
  }

  private TechStack techStack(Node n, String path) {
    Obj o = new Obj(this, n, path, "the technology stack");
    List<String> columns = strings(o, "columns");
    List<TechChoice> selected =
        list(
            o,
            "selected",
            (v, p) -> {
              Obj r = new Obj(this, v, p, "a technology choice");
              String area = string(r, "area");
              String technology = string(r, "technology");
              String reason = string(r, "reason", "");
              Map<String, String> cells = cells(r, "extraCells");
              return build(r, () -> new TechChoice(area, technology, reason, cells));
            });
    List<Alternative> alternatives =
        list(
            o,
            "alternatives",
            (v, p) -> {
              Obj r = new Obj(this, v, p, "an alternative");
              String technology = string(r, "technology");
              String reason = string(r, "reason", "");
              return build(r, () -> new Alternative(technology, reason));
            });
    List<RawMarkdown> extras = extras(o);
    return build(o, () -> new TechStack(columns, selected, alternatives, extras));
  }

  private Architecture architecture(Node n, String path) {
    Obj o = new Obj(this, n, path, "the architecture");
    Optional<Diagram> diagram =
        optional(
            o,
            "diagram",
            (v, p) -> {
              Obj r = new Obj(this, v, p, "a diagram");
              String lang = string(r, "language", "");
              String source = string(r, "source");
              return build(r, () -> new Diagram(lang, source));
            });
    List<Component> components =
        list(
            o,
            "components",
            (v, p) -> {
              Obj r = new Obj(this, v, p, "a component");
              String name = string(r, "name", "");
              String note = string(r, "note", "");
              String role = string(r, "role");
              return build(r, () -> new Component(name, note, role));
            });
    List<Step> dataFlow = list(o, "dataFlow", this::step);
    List<RawMarkdown> extras = extras(o);
    return build(o, () -> new Architecture(diagram, components, dataFlow, extras));
  }

  private Step step(Node n, String path) {
    Obj r = new Obj(this, n, path, "a step");
    String text = string(r, "text");
    return build(r, () -> new Step(text));
  }

  private ApiDesign apiDesign(Node n, String path) {
    Obj o = new Obj(this, n, path, "the API design");
    List<EndpointSpec> endpoints = list(o, "endpoints", this::endpoint);
    List<RawMarkdown> extras = extras(o);
    return build(o, () -> new ApiDesign(endpoints, extras));
  }

  private EndpointSpec endpoint(Node n, String path) {
    Obj o = new Obj(this, n, path, "an endpoint");
    String name = string(o, "name");
    Node methodNode = o.take("method");
    var method =
        methodNode == null ? TypedKind.METHOD.ofText("") : typed(methodNode, TypedKind.METHOD);
    String urlPath = string(o, "path", "");
    List<Header> headers =
        list(
            o,
            "headers",
            (v, p) -> {
              Obj r = new Obj(this, v, p, "a header");
              String hName = string(r, "name");
              String value = string(r, "value", "");
              return build(r, () -> new Header(hName, value));
            });
    Optional<String> requestBody = optString(o, "requestBody");
    List<ResponseSpec> responses =
        list(
            o,
            "responses",
            (v, p) -> {
              Obj r = new Obj(this, v, p, "a response");
              String label = string(r, "label");
              var status = required(r, "status", (s, q) -> typed(s, TypedKind.STATUS));
              String body = string(r, "body", "");
              return build(r, () -> new ResponseSpec(label, status, body));
            });
    List<RawMarkdown> extras = extras(o);
    return build(
        o, () -> new EndpointSpec(name, method, urlPath, headers, requestBody, responses, extras));
  }

  private DatabaseSchema databaseSchema(Node n, String path) {
    Obj o = new Obj(this, n, path, "the database schema");
    List<TableSpec> tables =
        list(
            o,
            "tables",
            (v, p) -> {
              Obj r = new Obj(this, v, p, "a table");
              String name = string(r, "name");
              String ddlLanguage = string(r, "ddlLanguage", "");
              String ddl = string(r, "ddl", "");
              List<RawMarkdown> extras = extras(r);
              return build(r, () -> new TableSpec(name, ddlLanguage, ddl, extras));
            });
    List<String> indexNotes = strings(o, "indexNotes");
    List<RawMarkdown> extras = extras(o);
    return build(o, () -> new DatabaseSchema(tables, indexNotes, extras));
  }

  private ExternalServices externalServices(Node n, String path) {
    Obj o = new Obj(this, n, path, "the external services");
    List<ServiceSpec> services =
        list(
            o,
            "services",
            (v, p) -> {
              Obj r = new Obj(this, v, p, "a service");
              String name = string(r, "name");
              Optional<String> purpose = optString(r, "purpose");
              var cost = optional(r, "cost", (c, q) -> typed(c, TypedKind.MONEY));
              var apiDocs = optional(r, "apiDocs", (c, q) -> typed(c, TypedKind.URL));
              Optional<String> authentication = optString(r, "authentication");
              List<String> extraItems = strings(r, "extraItems");
              List<RawMarkdown> extras = extras(r);
              return build(
                  r,
                  () ->
                      new ServiceSpec(
                          name, purpose, cost, apiDocs, authentication, extraItems, extras));
            });
    List<RawMarkdown> extras = extras(o);
    return build(o, () -> new ExternalServices(services, extras));
  }

  private Security security(Node n, String path) {
    Obj o = new Obj(this, n, path, "the security design");
    Optional<Authentication> authentication =
        optional(
            o,
            "authentication",
            (v, p) -> {
              Obj r = new Obj(this, v, p, "authentication");
              Optional<String> method = optString(r, "method");
              var tokenLifetime =
                  optional(r, "tokenLifetime", (c, q) -> typed(c, TypedKind.DURATION));
              var refresh =
                  optional(r, "refreshTokenLifetime", (c, q) -> typed(c, TypedKind.DURATION));
              List<String> extraItems = strings(r, "extraItems");
              return build(r, () -> new Authentication(method, tokenLifetime, refresh, extraItems));
            });
    Optional<Authorization> authorization =
        optional(
            o,
            "authorization",
            (v, p) -> {
              Obj r = new Obj(this, v, p, "authorization");
              Optional<String> model = optString(r, "model");
              Optional<String> roles = optString(r, "roles");
              List<String> extraItems = strings(r, "extraItems");
              return build(r, () -> new Authorization(model, roles, extraItems));
            });
    Optional<DataProtection> dataProtection =
        optional(
            o,
            "dataProtection",
            (v, p) -> {
              Obj r = new Obj(this, v, p, "data protection");
              Optional<String> pii = optString(r, "piiEncryption");
              Optional<String> transport = optString(r, "transportEncryption");
              List<String> extraItems = strings(r, "extraItems");
              return build(r, () -> new DataProtection(pii, transport, extraItems));
            });
    List<RawMarkdown> extras = extras(o);
    return build(o, () -> new Security(authentication, authorization, dataProtection, extras));
  }

  private Performance performance(Node n, String path) {
    Obj o = new Obj(this, n, path, "the performance strategy");
    Optional<Caching> caching =
        optional(
            o,
            "caching",
            (v, p) -> {
              Obj r = new Obj(this, v, p, "caching");
              Optional<String> redisCache = optString(r, "redisCache");
              var ttl = optional(r, "ttl", (c, q) -> typed(c, TypedKind.DURATION));
              List<String> extraItems = strings(r, "extraItems");
              return build(r, () -> new Caching(redisCache, ttl, extraItems));
            });
    Optional<DatabaseOptimization> databaseOptimization =
        optional(
            o,
            "databaseOptimization",
            (v, p) -> {
              Obj r = new Obj(this, v, p, "database optimisation");
              Optional<String> indexing = optString(r, "indexing");
              var pool = optional(r, "connectionPool", (c, q) -> typed(c, TypedKind.COUNT));
              List<String> extraItems = strings(r, "extraItems");
              return build(r, () -> new DatabaseOptimization(indexing, pool, extraItems));
            });
    Optional<AsyncProcessing> asyncProcessing =
        optional(
            o,
            "asyncProcessing",
            (v, p) -> {
              Obj r = new Obj(this, v, p, "asynchronous processing");
              Optional<String> heavyJobs = optString(r, "heavyJobs");
              List<String> extraItems = strings(r, "extraItems");
              return build(r, () -> new AsyncProcessing(heavyJobs, extraItems));
            });
    List<RawMarkdown> extras = extras(o);
    return build(o, () -> new Performance(caching, databaseOptimization, asyncProcessing, extras));
  }

  private ErrorHandling errorHandling(Node n, String path) {
    Obj o = new Obj(this, n, path, "the error handling strategy");
    List<String> columns = strings(o, "columns");
    List<ErrorClass> errorClasses =
        list(
            o,
            "errorClasses",
            (v, p) -> {
              Obj r = new Obj(this, v, p, "an error class");
              var code = required(r, "code", (c, q) -> typed(c, TypedKind.STATUS));
              String type = string(r, "type", "");
              String handling = string(r, "handling", "");
              Map<String, String> cells = cells(r, "extraCells");
              return build(r, () -> new ErrorClass(code, type, handling, cells));
            });
    List<String> retryRules = strings(o, "retryRules");
    List<RawMarkdown> extras = extras(o);
    return build(o, () -> new ErrorHandling(columns, errorClasses, retryRules, extras));
  }

  private Monitoring monitoring(Node n, String path) {
    Obj o = new Obj(this, n, path, "monitoring and logging");
    List<String> metrics = strings(o, "metrics");
    Optional<Logging> logging =
        optional(
            o,
            "logging",
            (v, p) -> {
              Obj r = new Obj(this, v, p, "logging");
              Optional<String> levels = optString(r, "levels");
              Optional<String> format = optString(r, "format");
              var retention = optional(r, "retention", (c, q) -> typed(c, TypedKind.DURATION));
              List<String> extraItems = strings(r, "extraItems");
              return build(r, () -> new Logging(levels, format, retention, extraItems));
            });
    List<String> alerts = strings(o, "alerts");
    List<RawMarkdown> extras = extras(o);
    return build(o, () -> new Monitoring(metrics, logging, alerts, extras));
  }

  private Testing testing(Node n, String path) {
    Obj o = new Obj(this, n, path, "the testing strategy");
    List<String> contract = strings(o, "contract");
    Optional<IntegrationTesting> integration =
        optional(
            o,
            "integration",
            (v, p) -> {
              Obj r = new Obj(this, v, p, "integration testing");
              Optional<String> criticalPaths = optString(r, "criticalPaths");
              var coverage =
                  optional(r, "coverageTarget", (c, q) -> typed(c, TypedKind.PERCENTAGE));
              List<String> extraItems = strings(r, "extraItems");
              return build(r, () -> new IntegrationTesting(criticalPaths, coverage, extraItems));
            });
    Optional<LoadTesting> load =
        optional(
            o,
            "load",
            (v, p) -> {
              Obj r = new Obj(this, v, p, "load testing");
              Optional<String> target = optString(r, "target");
              Optional<String> tools = optString(r, "tools");
              List<String> extraItems = strings(r, "extraItems");
              return build(r, () -> new LoadTesting(target, tools, extraItems));
            });
    List<RawMarkdown> extras = extras(o);
    return build(o, () -> new Testing(contract, integration, load, extras));
  }

  private Deployment deployment(Node n, String path) {
    Obj o = new Obj(this, n, path, "the deployment strategy");
    List<Environment> environments =
        list(
            o,
            "environments",
            (v, p) -> {
              Obj r = new Obj(this, v, p, "an environment");
              String name = string(r, "name");
              String description = string(r, "description", "");
              return build(r, () -> new Environment(name, description));
            });
    List<String> ciCd = strings(o, "ciCd");
    List<String> rollback = strings(o, "rollback");
    List<RawMarkdown> extras = extras(o);
    return build(o, () -> new Deployment(environments, ciCd, rollback, extras));
  }

  private CostEstimate costEstimate(Node n, String path) {
    Obj o = new Obj(this, n, path, "the cost estimate");
    List<String> columns = strings(o, "columns");
    List<CostItem> items =
        list(
            o,
            "items",
            (v, p) -> {
              Obj r = new Obj(this, v, p, "a cost item");
              String item = string(r, "item");
              var monthlyCost = required(r, "monthlyCost", (c, q) -> typed(c, TypedKind.MONEY));
              String basis = string(r, "basis", "");
              Map<String, String> cells = cells(r, "extraCells");
              return build(r, () -> new CostItem(item, monthlyCost, basis, cells));
            });
    Optional<CostTotal> total =
        optional(
            o,
            "total",
            (v, p) -> {
              Obj r = new Obj(this, v, p, "the cost total");
              var amount = required(r, "amount", (c, q) -> typed(c, TypedKind.MONEY));
              String basis = string(r, "basis", "");
              Map<String, String> cells = cells(r, "extraCells");
              return build(r, () -> new CostTotal(amount, basis, cells));
            });
    List<RawMarkdown> extras = extras(o);
    return build(o, () -> new CostEstimate(columns, items, total, extras));
  }

  private Milestones milestones(Node n, String path) {
    Obj o = new Obj(this, n, path, "the milestones");
    List<String> columns = strings(o, "columns");
    List<Milestone> milestones =
        list(
            o,
            "milestones",
            (v, p) -> {
              Obj r = new Obj(this, v, p, "a milestone");
              String phase = string(r, "phase");
              String work = string(r, "work");
              var estimate = required(r, "estimate", (c, q) -> typed(c, TypedKind.DURATION));
              Map<String, String> cells = cells(r, "extraCells");
              return build(r, () -> new Milestone(phase, work, estimate, cells));
            });
    List<RawMarkdown> extras = extras(o);
    return build(o, () -> new Milestones(columns, milestones, extras));
  }

  private Risks risks(Node n, String path) {
    Obj o = new Obj(this, n, path, "the risks");
    List<Risk> risks =
        list(
            o,
            "risks",
            (v, p) -> {
              Obj r = new Obj(this, v, p, "a risk");
              String title = string(r, "title");
              var probability =
                  optional(r, "probability", (c, q) -> typed(c, TypedKind.RISK_LEVEL));
              var impact = optional(r, "impact", (c, q) -> typed(c, TypedKind.RISK_LEVEL));
              Optional<String> mitigation = optString(r, "mitigation");
              List<String> extraItems = strings(r, "extraItems");
              List<RawMarkdown> extras = extras(r);
              return build(
                  r, () -> new Risk(title, probability, impact, mitigation, extraItems, extras));
            });
    List<RawMarkdown> extras = extras(o);
    return build(o, () -> new Risks(risks, extras));
  }

  private NextSteps nextSteps(Node n, String path) {
    Obj o = new Obj(this, n, path, "the next steps");
    List<Step> steps = list(o, "steps", this::step);
    List<RawMarkdown> extras = extras(o);
    return build(o, () -> new NextSteps(steps, extras));
  }
}
