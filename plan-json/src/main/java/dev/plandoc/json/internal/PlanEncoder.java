package dev.plandoc.json.internal;

import static dev.plandoc.json.internal.mapping.JsonOut.object;
import static dev.plandoc.json.internal.mapping.JsonOut.put;
import static dev.plandoc.json.internal.mapping.JsonOut.putCells;
import static dev.plandoc.json.internal.mapping.JsonOut.putExtras;
import static dev.plandoc.json.internal.mapping.JsonOut.putIfNotEmpty;
import static dev.plandoc.json.internal.mapping.JsonOut.putList;
import static dev.plandoc.json.internal.mapping.JsonOut.putStrings;

import dev.plandoc.json.internal.mapping.EncodeContext;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Maps a plan onto the published JSON shape, as a Jackson tree that the JSON and YAML writers
 * serialise. Property names are the model's record component names, in component order; absent
 * optionals, empty lists and maps, and empty strings whose default is empty are left out.
 */
public final class PlanEncoder {
  private final EncodeContext ctx;

  private PlanEncoder(Language language) {
    this.ctx = new EncodeContext(language);
  }

  /**
   * The tree of a plan.
   *
   * @param plan the plan
   * @param language the language to record, which also decides the canonical text of risk levels
   */
  public static ObjectNode encode(Plan plan, Language language) {
    return new PlanEncoder(language).plan(plan);
  }

  // ---- the plan

  private ObjectNode plan(Plan p) {
    ObjectNode o = object();
    o.put("schemaVersion", PlanDecoder.SCHEMA_VERSION);
    put(o, "title", p.title());
    put(o, "language", ctx.language().tag());
    put(o, "beforeTitle", p.beforeTitle());
    put(o, "afterTitle", p.afterTitle());
    put(o, "metadata", p.metadata(), this::metadata);
    put(o, "techStack", p.techStack(), this::techStack);
    put(o, "architecture", p.architecture(), this::architecture);
    put(o, "apiDesign", p.apiDesign(), this::apiDesign);
    put(o, "databaseSchema", p.databaseSchema(), this::databaseSchema);
    put(o, "externalServices", p.externalServices(), this::externalServices);
    put(o, "security", p.security(), this::security);
    put(o, "performance", p.performance(), this::performance);
    put(o, "errorHandling", p.errorHandling(), this::errorHandling);
    put(o, "monitoring", p.monitoring(), this::monitoring);
    put(o, "testing", p.testing(), this::testing);
    put(o, "deployment", p.deployment(), this::deployment);
    put(o, "costEstimate", p.costEstimate(), this::costEstimate);
    put(o, "milestones", p.milestones(), this::milestones);
    put(o, "risks", p.risks(), this::risks);
    put(o, "nextSteps", p.nextSteps(), this::nextSteps);
    putList(o, "extraSections", p.extraSections(), this::extraSection);
    return o;
  }

  private JsonNode extraSection(ExtraSection s) {
    ObjectNode o = object();
    putIfNotEmpty(o, "anchor", s.anchor());
    put(o, "heading", s.heading());
    putIfNotEmpty(o, "body", s.body());
    return o;
  }

  private JsonNode metadata(Metadata m) {
    ObjectNode o = object();
    put(o, "spec", m.spec());
    put(o, "date", m.date(), ctx.typed(TypedKind.DATE));
    put(o, "author", m.author());
    put(o, "agents", m.agents());
    putStrings(o, "extraItems", m.extraItems());
    putExtras(o, m.extras());
    return o;
  }

  private JsonNode techStack(TechStack t) {
    ObjectNode o = object();
    putStrings(o, "columns", t.columns());
    putList(o, "selected", t.selected(), this::techChoice);
    putList(o, "alternatives", t.alternatives(), this::alternative);
    putExtras(o, t.extras());
    return o;
  }

  private JsonNode techChoice(TechChoice c) {
    ObjectNode o = object();
    put(o, "area", c.area());
    put(o, "technology", c.technology());
    putIfNotEmpty(o, "reason", c.reason());
    putCells(o, "extraCells", c.extraCells());
    return o;
  }

  private JsonNode alternative(Alternative a) {
    ObjectNode o = object();
    put(o, "technology", a.technology());
    putIfNotEmpty(o, "reason", a.reason());
    return o;
  }

  private JsonNode architecture(Architecture a) {
    ObjectNode o = object();
    put(o, "diagram", a.diagram(), this::diagram);
    putList(o, "components", a.components(), this::component);
    putList(o, "dataFlow", a.dataFlow(), this::step);
    putExtras(o, a.extras());
    return o;
  }

  private JsonNode diagram(Diagram d) {
    ObjectNode o = object();
    putIfNotEmpty(o, "language", d.language());
    return put(o, "source", d.source());
  }

  private JsonNode component(Component c) {
    ObjectNode o = object();
    putIfNotEmpty(o, "name", c.name());
    putIfNotEmpty(o, "note", c.note());
    return put(o, "role", c.role());
  }

  private JsonNode step(Step s) {
    return put(object(), "text", s.text());
  }

  private JsonNode apiDesign(ApiDesign a) {
    ObjectNode o = object();
    putList(o, "endpoints", a.endpoints(), this::endpoint);
    putExtras(o, a.extras());
    return o;
  }

  private JsonNode endpoint(EndpointSpec e) {
    ObjectNode o = object();
    put(o, "name", e.name());
    if (!e.method().text().isEmpty()) {
      o.set("method", ctx.typed(e.method(), TypedKind.METHOD));
    }
    putIfNotEmpty(o, "path", e.path());
    putList(o, "headers", e.headers(), this::header);
    put(o, "requestBody", e.requestBody());
    putList(o, "responses", e.responses(), this::response);
    putExtras(o, e.extras());
    return o;
  }

  private JsonNode header(Header h) {
    ObjectNode o = object();
    put(o, "name", h.name());
    putIfNotEmpty(o, "value", h.value());
    return o;
  }

  private JsonNode response(ResponseSpec r) {
    ObjectNode o = object();
    put(o, "label", r.label());
    o.set("status", ctx.typed(r.status(), TypedKind.STATUS));
    putIfNotEmpty(o, "body", r.body());
    return o;
  }

  private JsonNode databaseSchema(DatabaseSchema d) {
    ObjectNode o = object();
    putList(o, "tables", d.tables(), this::table);
    putStrings(o, "indexNotes", d.indexNotes());
    putExtras(o, d.extras());
    return o;
  }

  private JsonNode table(TableSpec t) {
    ObjectNode o = object();
    put(o, "name", t.name());
    putIfNotEmpty(o, "ddlLanguage", t.ddlLanguage());
    putIfNotEmpty(o, "ddl", t.ddl());
    putExtras(o, t.extras());
    return o;
  }

  private JsonNode externalServices(ExternalServices e) {
    ObjectNode o = object();
    putList(o, "services", e.services(), this::service);
    putExtras(o, e.extras());
    return o;
  }

  private JsonNode service(ServiceSpec s) {
    ObjectNode o = object();
    put(o, "name", s.name());
    put(o, "purpose", s.purpose());
    put(o, "cost", s.cost(), ctx.typed(TypedKind.MONEY));
    put(o, "apiDocs", s.apiDocs(), ctx.typed(TypedKind.URL));
    put(o, "authentication", s.authentication());
    putStrings(o, "extraItems", s.extraItems());
    putExtras(o, s.extras());
    return o;
  }

  private JsonNode security(Security s) {
    ObjectNode o = object();
    put(o, "authentication", s.authentication(), this::authentication);
    put(o, "authorization", s.authorization(), this::authorization);
    put(o, "dataProtection", s.dataProtection(), this::dataProtection);
    putExtras(o, s.extras());
    return o;
  }

  private JsonNode authentication(Authentication a) {
    ObjectNode o = object();
    put(o, "method", a.method());
    put(o, "tokenLifetime", a.tokenLifetime(), ctx.typed(TypedKind.DURATION));
    put(o, "refreshTokenLifetime", a.refreshTokenLifetime(), ctx.typed(TypedKind.DURATION));
    putStrings(o, "extraItems", a.extraItems());
    return o;
  }

  private JsonNode authorization(Authorization a) {
    ObjectNode o = object();
    put(o, "model", a.model());
    put(o, "roles", a.roles());
    putStrings(o, "extraItems", a.extraItems());
    return o;
  }

  private JsonNode dataProtection(DataProtection d) {
    ObjectNode o = object();
    put(o, "piiEncryption", d.piiEncryption());
    put(o, "transportEncryption", d.transportEncryption());
    putStrings(o, "extraItems", d.extraItems());
    return o;
  }

  private JsonNode performance(Performance p) {
    ObjectNode o = object();
    put(o, "caching", p.caching(), this::caching);
    put(o, "databaseOptimization", p.databaseOptimization(), this::databaseOptimization);
    put(o, "asyncProcessing", p.asyncProcessing(), this::asyncProcessing);
    putExtras(o, p.extras());
    return o;
  }

  private JsonNode caching(Caching c) {
    ObjectNode o = object();
    put(o, "redisCache", c.redisCache());
    put(o, "ttl", c.ttl(), ctx.typed(TypedKind.DURATION));
    putStrings(o, "extraItems", c.extraItems());
    return o;
  }

  private JsonNode databaseOptimization(DatabaseOptimization d) {
    ObjectNode o = object();
    put(o, "indexing", d.indexing());
    put(o, "connectionPool", d.connectionPool(), ctx.typed(TypedKind.COUNT));
    putStrings(o, "extraItems", d.extraItems());
    return o;
  }

  private JsonNode asyncProcessing(AsyncProcessing a) {
    ObjectNode o = object();
    put(o, "heavyJobs", a.heavyJobs());
    putStrings(o, "extraItems", a.extraItems());
    return o;
  }

  private JsonNode errorHandling(ErrorHandling e) {
    ObjectNode o = object();
    putStrings(o, "columns", e.columns());
    putList(o, "errorClasses", e.errorClasses(), this::errorClass);
    putStrings(o, "retryRules", e.retryRules());
    putExtras(o, e.extras());
    return o;
  }

  private JsonNode errorClass(ErrorClass c) {
    ObjectNode o = object();
    o.set("code", ctx.typed(c.code(), TypedKind.STATUS));
    putIfNotEmpty(o, "type", c.type());
    putIfNotEmpty(o, "handling", c.handling());
    putCells(o, "extraCells", c.extraCells());
    return o;
  }

  private JsonNode monitoring(Monitoring m) {
    ObjectNode o = object();
    putStrings(o, "metrics", m.metrics());
    put(o, "logging", m.logging(), this::logging);
    putStrings(o, "alerts", m.alerts());
    putExtras(o, m.extras());
    return o;
  }

  private JsonNode logging(Logging l) {
    ObjectNode o = object();
    put(o, "levels", l.levels());
    put(o, "format", l.format());
    put(o, "retention", l.retention(), ctx.typed(TypedKind.DURATION));
    putStrings(o, "extraItems", l.extraItems());
    return o;
  }

  private JsonNode testing(Testing t) {
    ObjectNode o = object();
    putStrings(o, "contract", t.contract());
    put(o, "integration", t.integration(), this::integration);
    put(o, "load", t.load(), this::load);
    putExtras(o, t.extras());
    return o;
  }

  private JsonNode integration(IntegrationTesting i) {
    ObjectNode o = object();
    put(o, "criticalPaths", i.criticalPaths());
    put(o, "coverageTarget", i.coverageTarget(), ctx.typed(TypedKind.PERCENTAGE));
    putStrings(o, "extraItems", i.extraItems());
    return o;
  }

  private JsonNode load(LoadTesting l) {
    ObjectNode o = object();
    put(o, "target", l.target());
    put(o, "tools", l.tools());
    putStrings(o, "extraItems", l.extraItems());
    return o;
  }

  private JsonNode deployment(Deployment d) {
    ObjectNode o = object();
    putList(o, "environments", d.environments(), this::environment);
    putStrings(o, "ciCd", d.ciCd());
    putStrings(o, "rollback", d.rollback());
    putExtras(o, d.extras());
    return o;
  }

  private JsonNode environment(Environment e) {
    ObjectNode o = object();
    put(o, "name", e.name());
    putIfNotEmpty(o, "description", e.description());
    return o;
  }

  private JsonNode costEstimate(CostEstimate c) {
    ObjectNode o = object();
    putStrings(o, "columns", c.columns());
    putList(o, "items", c.items(), this::costItem);
    put(o, "total", c.total(), this::costTotal);
    putExtras(o, c.extras());
    return o;
  }

  private JsonNode costItem(CostItem i) {
    ObjectNode o = object();
    put(o, "item", i.item());
    o.set("monthlyCost", ctx.typed(i.monthlyCost(), TypedKind.MONEY));
    putIfNotEmpty(o, "basis", i.basis());
    putCells(o, "extraCells", i.extraCells());
    return o;
  }

  private JsonNode costTotal(CostTotal t) {
    ObjectNode o = object();
    o.set("amount", ctx.typed(t.amount(), TypedKind.MONEY));
    putIfNotEmpty(o, "basis", t.basis());
    putCells(o, "extraCells", t.extraCells());
    return o;
  }

  private JsonNode milestones(Milestones m) {
    ObjectNode o = object();
    putStrings(o, "columns", m.columns());
    putList(o, "milestones", m.milestones(), this::milestone);
    putExtras(o, m.extras());
    return o;
  }

  private JsonNode milestone(Milestone m) {
    ObjectNode o = object();
    put(o, "phase", m.phase());
    put(o, "work", m.work());
    o.set("estimate", ctx.typed(m.estimate(), TypedKind.DURATION));
    putCells(o, "extraCells", m.extraCells());
    return o;
  }

  private JsonNode risks(Risks r) {
    ObjectNode o = object();
    putList(o, "risks", r.risks(), this::risk);
    putExtras(o, r.extras());
    return o;
  }

  private JsonNode risk(Risk r) {
    ObjectNode o = object();
    put(o, "title", r.title());
    put(o, "probability", r.probability(), ctx.typed(TypedKind.RISK_LEVEL));
    put(o, "impact", r.impact(), ctx.typed(TypedKind.RISK_LEVEL));
    put(o, "mitigation", r.mitigation());
    putStrings(o, "extraItems", r.extraItems());
    putExtras(o, r.extras());
    return o;
  }

  private JsonNode nextSteps(NextSteps n) {
    ObjectNode o = object();
    putList(o, "steps", n.steps(), this::step);
    putExtras(o, n.extras());
    return o;
  }
}
