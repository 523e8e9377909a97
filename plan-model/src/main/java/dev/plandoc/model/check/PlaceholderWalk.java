package dev.plandoc.model.check;

import dev.plandoc.model.Architecture;
import dev.plandoc.model.Authentication;
import dev.plandoc.model.Authorization;
import dev.plandoc.model.Caching;
import dev.plandoc.model.CostEstimate;
import dev.plandoc.model.DataProtection;
import dev.plandoc.model.DatabaseOptimization;
import dev.plandoc.model.DatabaseSchema;
import dev.plandoc.model.Deployment;
import dev.plandoc.model.EndpointSpec;
import dev.plandoc.model.ErrorHandling;
import dev.plandoc.model.ExtraSection;
import dev.plandoc.model.IntegrationTesting;
import dev.plandoc.model.KeepsMarkdown;
import dev.plandoc.model.LoadTesting;
import dev.plandoc.model.Logging;
import dev.plandoc.model.Metadata;
import dev.plandoc.model.Monitoring;
import dev.plandoc.model.Performance;
import dev.plandoc.model.Plan;
import dev.plandoc.model.Risk;
import dev.plandoc.model.SectionKind;
import dev.plandoc.model.Security;
import dev.plandoc.model.ServiceSpec;
import dev.plandoc.model.TechStack;
import dev.plandoc.model.Testing;
import java.util.List;

/**
 * Collects the placeholders of a plan while walking it in document order; see {@link
 * Placeholders#find(Plan)}. One instance per walk.
 */
final class PlaceholderWalk extends PlaceholderCollector {

  void plan(Plan p) {
    text("title", p.title());
    extraSections(p, "");
    p.metadata().ifPresent(this::metadata);
    extraSections(p, SectionKind.METADATA.key());
    p.techStack().ifPresent(this::techStack);
    extraSections(p, SectionKind.TECH_STACK.key());
    p.architecture().ifPresent(this::architecture);
    extraSections(p, SectionKind.ARCHITECTURE.key());
    p.apiDesign().ifPresent(a -> each("apiDesign.endpoints", a.endpoints(), this::endpoint));
    extraSections(p, SectionKind.API_DESIGN.key());
    p.databaseSchema().ifPresent(this::databaseSchema);
    extraSections(p, SectionKind.DATABASE_SCHEMA.key());
    p.externalServices()
        .ifPresent(e -> each("externalServices.services", e.services(), this::service));
    extraSections(p, SectionKind.EXTERNAL_SERVICES.key());
    p.security().ifPresent(this::security);
    extraSections(p, SectionKind.SECURITY.key());
    p.performance().ifPresent(this::performance);
    extraSections(p, SectionKind.PERFORMANCE.key());
    p.errorHandling().ifPresent(this::errorHandling);
    extraSections(p, SectionKind.ERROR_HANDLING.key());
    p.monitoring().ifPresent(this::monitoring);
    extraSections(p, SectionKind.MONITORING.key());
    p.testing().ifPresent(this::testing);
    extraSections(p, SectionKind.TESTING.key());
    p.deployment().ifPresent(this::deployment);
    extraSections(p, SectionKind.DEPLOYMENT.key());
    p.costEstimate().ifPresent(this::costEstimate);
    extraSections(p, SectionKind.COST_ESTIMATE.key());
    p.milestones()
        .ifPresent(
            m ->
                each(
                    "milestones.milestones",
                    m.milestones(),
                    (at, row) ->
                        row(
                            at,
                            m.columns(),
                            row.extraCells(),
                            "phase",
                            row.phase(),
                            "work",
                            row.work(),
                            "estimate",
                            row.estimate().text())));
    extraSections(p, SectionKind.MILESTONES.key());
    p.risks().ifPresent(r -> each("risks.risks", r.risks(), this::risk));
    extraSections(p, SectionKind.RISKS.key());
    p.nextSteps()
        .ifPresent(
            n -> each("nextSteps.steps", n.steps(), (at, s) -> text(at + ".text", s.text())));
    extraSections(p, SectionKind.NEXT_STEPS.key());
    for (SectionKind kind : SectionKind.values()) {
      p.section(kind)
          .map(KeepsMarkdown.class::cast)
          .ifPresent(section -> kept(kind.key() + ".extras", section.extras()));
    }
  }

  private void extraSections(Plan p, String anchor) {
    List<ExtraSection> extras = p.extraSections();
    for (int i = 0; i < extras.size(); i++) {
      if (extras.get(i).anchor().equals(anchor)) {
        text("extraSections[" + i + "].heading", extras.get(i).heading());
      }
    }
  }

  private void metadata(Metadata m) {
    String at = "metadata";
    text(at + ".spec", m.spec());
    typed(at + ".date", m.date());
    text(at + ".author", m.author());
    text(at + ".agents", m.agents());
    texts(at + ".extraItems", m.extraItems());
  }

  private void techStack(TechStack t) {
    each(
        "techStack.selected",
        t.selected(),
        (at, row) ->
            row(
                at,
                t.columns(),
                row.extraCells(),
                "area",
                row.area(),
                "technology",
                row.technology(),
                "reason",
                row.reason()));
    each(
        "techStack.alternatives",
        t.alternatives(),
        (at, a) -> {
          text(at + ".technology", a.technology());
          text(at + ".reason", a.reason());
        });
  }

  private void architecture(Architecture a) {
    a.diagram().ifPresent(d -> text("architecture.diagram.language", d.language()));
    each(
        "architecture.components",
        a.components(),
        (at, c) -> {
          text(at + ".name", c.name());
          text(at + ".note", c.note());
          text(at + ".role", c.role());
        });
    each("architecture.dataFlow", a.dataFlow(), (at, s) -> text(at + ".text", s.text()));
  }

  private void endpoint(String at, EndpointSpec e) {
    text(at + ".name", e.name());
    typed(at + ".method", e.method());
    httpText(at + ".path", e.path());
    each(
        at + ".headers",
        e.headers(),
        (h, header) -> {
          text(h + ".name", header.name());
          httpText(h + ".value", header.value());
        });
    each(
        at + ".responses",
        e.responses(),
        (r, response) -> {
          text(r + ".label", response.label());
          typed(r + ".status", response.status());
          response.summary().ifPresent(t -> text(r + ".summary", t));
        });
  }

  private void databaseSchema(DatabaseSchema d) {
    each(
        "databaseSchema.tables",
        d.tables(),
        (at, t) -> {
          text(at + ".name", t.name());
          text(at + ".ddlLanguage", t.ddlLanguage());
        });
    texts("databaseSchema.indexNotes", d.indexNotes());
  }

  private void service(String at, ServiceSpec s) {
    text(at + ".name", s.name());
    text(at + ".purpose", s.purpose());
    typed(at + ".cost", s.cost());
    typed(at + ".apiDocs", s.apiDocs());
    text(at + ".authentication", s.authentication());
    texts(at + ".extraItems", s.extraItems());
  }

  private void security(Security s) {
    s.authentication().ifPresent(this::authentication);
    s.authorization().ifPresent(this::authorization);
    s.dataProtection().ifPresent(this::dataProtection);
  }

  private void authentication(Authentication a) {
    String at = "security.authentication";
    text(at + ".method", a.method());
    typed(at + ".tokenLifetime", a.tokenLifetime());
    typed(at + ".refreshTokenLifetime", a.refreshTokenLifetime());
    texts(at + ".extraItems", a.extraItems());
  }

  private void authorization(Authorization a) {
    String at = "security.authorization";
    text(at + ".model", a.model());
    text(at + ".roles", a.roles());
    texts(at + ".extraItems", a.extraItems());
  }

  private void dataProtection(DataProtection d) {
    String at = "security.dataProtection";
    text(at + ".piiEncryption", d.piiEncryption());
    text(at + ".transportEncryption", d.transportEncryption());
    texts(at + ".extraItems", d.extraItems());
  }

  private void performance(Performance p) {
    p.caching().ifPresent(this::caching);
    p.databaseOptimization().ifPresent(this::databaseOptimization);
    p.asyncProcessing()
        .ifPresent(
            a -> {
              text("performance.asyncProcessing.heavyJobs", a.heavyJobs());
              texts("performance.asyncProcessing.extraItems", a.extraItems());
            });
  }

  private void caching(Caching c) {
    String at = "performance.caching";
    text(at + ".redisCache", c.redisCache());
    typed(at + ".ttl", c.ttl());
    texts(at + ".extraItems", c.extraItems());
  }

  private void databaseOptimization(DatabaseOptimization d) {
    String at = "performance.databaseOptimization";
    text(at + ".indexing", d.indexing());
    typed(at + ".connectionPool", d.connectionPool());
    texts(at + ".extraItems", d.extraItems());
  }

  private void errorHandling(ErrorHandling e) {
    each(
        "errorHandling.errorClasses",
        e.errorClasses(),
        (at, row) ->
            row(
                at,
                e.columns(),
                row.extraCells(),
                "code",
                row.code().text(),
                "type",
                row.type(),
                "handling",
                row.handling()));
    texts("errorHandling.retryRules", e.retryRules());
  }

  private void monitoring(Monitoring m) {
    texts("monitoring.metrics", m.metrics());
    m.logging().ifPresent(this::logging);
    texts("monitoring.alerts", m.alerts());
  }

  private void logging(Logging l) {
    String at = "monitoring.logging";
    text(at + ".levels", l.levels());
    text(at + ".format", l.format());
    typed(at + ".retention", l.retention());
    texts(at + ".extraItems", l.extraItems());
  }

  private void testing(Testing t) {
    texts("testing.contract", t.contract());
    t.integration().ifPresent(this::integration);
    t.load().ifPresent(this::load);
  }

  private void integration(IntegrationTesting i) {
    String at = "testing.integration";
    text(at + ".criticalPaths", i.criticalPaths());
    typed(at + ".coverageTarget", i.coverageTarget());
    texts(at + ".extraItems", i.extraItems());
  }

  private void load(LoadTesting l) {
    String at = "testing.load";
    text(at + ".target", l.target());
    text(at + ".tools", l.tools());
    texts(at + ".extraItems", l.extraItems());
  }

  private void deployment(Deployment d) {
    each(
        "deployment.environments",
        d.environments(),
        (at, e) -> {
          text(at + ".name", e.name());
          text(at + ".description", e.description());
        });
    texts("deployment.ciCd", d.ciCd());
    texts("deployment.rollback", d.rollback());
  }

  private void costEstimate(CostEstimate c) {
    each(
        "costEstimate.items",
        c.items(),
        (at, row) ->
            row(
                at,
                c.columns(),
                row.extraCells(),
                "item",
                row.item(),
                "monthlyCost",
                row.monthlyCost().text(),
                "basis",
                row.basis()));
    c.total()
        .ifPresent(
            t ->
                row(
                    "costEstimate.total",
                    c.columns(),
                    t.extraCells(),
                    "amount",
                    t.amount().text(),
                    "basis",
                    t.basis()));
  }

  private void risk(String at, Risk r) {
    text(at + ".title", r.title());
    typed(at + ".probability", r.probability());
    typed(at + ".impact", r.impact());
    text(at + ".mitigation", r.mitigation());
    texts(at + ".extraItems", r.extraItems());
  }
}
