package dev.plandoc.markdown.internal;

import dev.plandoc.markdown.internal.SubSections.Group;
import dev.plandoc.markdown.internal.SubSections.OtherPart;
import dev.plandoc.markdown.internal.Vocabulary.Term;
import dev.plandoc.model.Alternative;
import dev.plandoc.model.ApiDesign;
import dev.plandoc.model.ApiDesignBuilder;
import dev.plandoc.model.Architecture;
import dev.plandoc.model.ArchitectureBuilder;
import dev.plandoc.model.AsyncProcessingBuilder;
import dev.plandoc.model.AuthenticationBuilder;
import dev.plandoc.model.AuthorizationBuilder;
import dev.plandoc.model.CachingBuilder;
import dev.plandoc.model.Component;
import dev.plandoc.model.CostEstimate;
import dev.plandoc.model.CostEstimateBuilder;
import dev.plandoc.model.CostItem;
import dev.plandoc.model.CostTotal;
import dev.plandoc.model.DataProtectionBuilder;
import dev.plandoc.model.DatabaseOptimizationBuilder;
import dev.plandoc.model.DatabaseSchema;
import dev.plandoc.model.DatabaseSchemaBuilder;
import dev.plandoc.model.Deployment;
import dev.plandoc.model.DeploymentBuilder;
import dev.plandoc.model.Diagram;
import dev.plandoc.model.EndpointSpec;
import dev.plandoc.model.EndpointSpecBuilder;
import dev.plandoc.model.Environment;
import dev.plandoc.model.ErrorClass;
import dev.plandoc.model.ErrorHandling;
import dev.plandoc.model.ErrorHandlingBuilder;
import dev.plandoc.model.ExternalServices;
import dev.plandoc.model.ExternalServicesBuilder;
import dev.plandoc.model.ExtraSection;
import dev.plandoc.model.IntegrationTestingBuilder;
import dev.plandoc.model.Language;
import dev.plandoc.model.LoadTestingBuilder;
import dev.plandoc.model.LoggingBuilder;
import dev.plandoc.model.Metadata;
import dev.plandoc.model.MetadataBuilder;
import dev.plandoc.model.Milestone;
import dev.plandoc.model.Milestones;
import dev.plandoc.model.MilestonesBuilder;
import dev.plandoc.model.Monitoring;
import dev.plandoc.model.MonitoringBuilder;
import dev.plandoc.model.NextSteps;
import dev.plandoc.model.NextStepsBuilder;
import dev.plandoc.model.Performance;
import dev.plandoc.model.PerformanceBuilder;
import dev.plandoc.model.Plan;
import dev.plandoc.model.PlanBuilder;
import dev.plandoc.model.RawMarkdown;
import dev.plandoc.model.Risk;
import dev.plandoc.model.RiskBuilder;
import dev.plandoc.model.Risks;
import dev.plandoc.model.RisksBuilder;
import dev.plandoc.model.SectionKind;
import dev.plandoc.model.Security;
import dev.plandoc.model.SecurityBuilder;
import dev.plandoc.model.ServiceSpec;
import dev.plandoc.model.ServiceSpecBuilder;
import dev.plandoc.model.Step;
import dev.plandoc.model.TableSpec;
import dev.plandoc.model.TableSpecBuilder;
import dev.plandoc.model.TechChoice;
import dev.plandoc.model.TechStack;
import dev.plandoc.model.TechStackBuilder;
import dev.plandoc.model.Testing;
import dev.plandoc.model.TestingBuilder;
import dev.plandoc.model.check.Diagnostic;
import dev.plandoc.model.check.Severity;
import dev.plandoc.model.check.SourceMap;
import dev.plandoc.model.check.SourcePosition;
import dev.plandoc.model.value.CountText;
import dev.plandoc.model.value.DateText;
import dev.plandoc.model.value.DurationText;
import dev.plandoc.model.value.HttpMethodText;
import dev.plandoc.model.value.MoneyText;
import dev.plandoc.model.value.PercentageText;
import dev.plandoc.model.value.RiskLevelText;
import dev.plandoc.model.value.StatusCodeText;
import dev.plandoc.model.value.UrlText;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Maps one parsed Markdown document onto a {@link Plan}: the front matter, the title, and the
 * {@code ##} sections, each read by the method for its kind; sections it does not know, or knows
 * already, are kept as extra sections. One instance per read; not thread-safe. Everything it does
 * not recognise is kept as raw Markdown sliced from the source.
 */
public final class PlanParser {
  private static final Pattern TITLE =
      Pattern.compile("^PLAN\\s*[:：]\\s*(.*)$", Pattern.CASE_INSENSITIVE);

  private static final List<Term> METADATA_FIELDS =
      List.of(Vocabulary.SPEC, Vocabulary.DATE, Vocabulary.AUTHOR, Vocabulary.AGENT);

  private static final List<Term> SERVICE_FIELDS =
      List.of(Vocabulary.PURPOSE, Vocabulary.COST, Vocabulary.API_DOCS, Vocabulary.AUTH_METHOD);

  private static final List<Term> RISK_FIELDS =
      List.of(Vocabulary.PROBABILITY, Vocabulary.IMPACT, Vocabulary.MITIGATION);

  private static final List<String> RISK_COLUMNS =
      List.of("title", "probability", "impact", "mitigation");

  private final ReadContext ctx;

  private PlanParser(Source src) {
    this.ctx = new ReadContext(src);
  }

  /** Reads a document. Never throws for any input. */
  public static Result parse(String input, Parser parser) {
    String text = Source.normalize(input);
    int frontMatterEnd = frontMatterEnd(text);
    String parseText = text;
    if (frontMatterEnd > 0) {
      // Blank the front matter out for the parser (keeping line numbers) and keep it verbatim.
      StringBuilder blanked = new StringBuilder();
      for (char c : text.substring(0, frontMatterEnd).toCharArray()) {
        blanked.append(c == '\n' ? '\n' : ' ');
      }
      parseText = blanked + text.substring(frontMatterEnd);
    }
    String frontMatter = frontMatterEnd > 0 ? text.substring(0, frontMatterEnd) : "";
    try {
      Node doc = parser.parse(parseText);
      Result open = read(text, doc, frontMatter, false);
      Node last = doc.getLastChild();
      if (!(last instanceof FencedCodeBlock || last instanceof HtmlBlock)) {
        return open;
      }
      Source src = new Source(text);
      if (src.closer(last).isEmpty()) {
        return open;
      }
      // The document ends inside a block that only the end of the document closes (a fence or
      // an HTML block). Kept as is, it must stay last when written; if the writer would put
      // other content after it, it is closed so that it cannot swallow that content.
      String tail = Source.trimBlankLines(src.lines(Source.firstLine(last), Source.lastLine(last)));
      String written = new PlanRenderer(open.plan().language()).render(open.plan()).stripTrailing();
      return written.endsWith(tail.stripTrailing()) ? open : read(text, doc, frontMatter, true);
    } catch (RuntimeException e) {
      // The last safety net: a lenient read never fails and never loses the text.
      PlanBuilder plan = Plan.builder();
      String kept = Source.trimBlankLines(text);
      if (!kept.isBlank()) {
        plan.beforeTitle(kept);
      }
      Diagnostic d =
          Diagnostic.of(
                  Severity.ERROR,
                  ReadCodes.SECTION_KEPT,
                  "",
                  "the document could not be mapped onto the model (" + e + "); kept verbatim")
              .at(new SourcePosition(1, 1));
      return new Result(plan.build(), List.of(d), SourceMap.empty());
    }
  }

  private static Result read(String text, Node doc, String frontMatter, boolean closeOpenBlocks) {
    PlanParser p = new PlanParser(new Source(text, closeOpenBlocks));
    Plan plan = p.document(doc, frontMatter);
    return new Result(plan, p.ctx.diagnostics(), p.ctx.sourceMap());
  }

  /** The plan, the reader's own diagnostics, and the source map. */
  public record Result(Plan plan, List<Diagnostic> diagnostics, SourceMap sourceMap) {}

  private static final Pattern YAML_LINE =
      Pattern.compile("^(?:[A-Za-z_][\\w.-]*:(?:[ \\t].*)?|[ \\t]+\\S.*|- .*)$");

  /**
   * The end of YAML front matter: {@code ---} on the first line, then lines that look like YAML
   * (keys, list items, indented continuations; no blank lines, no {@code #} lines, which Markdown
   * reads as headings), then {@code ---} or {@code ...}. The rule is strict so that content the
   * writer puts after a thematic break can never turn into front matter.
   */
  private static int frontMatterEnd(String text) {
    if (!text.startsWith("---\n")) {
      return 0;
    }
    int at = 4;
    while (at < text.length()) {
      int nl = text.indexOf('\n', at);
      String line = nl < 0 ? text.substring(at) : text.substring(at, nl);
      if (line.equals("---") || line.equals("...")) {
        return at > 4 ? (nl < 0 ? text.length() : nl) : 0;
      }
      if (nl < 0 || !YAML_LINE.matcher(line).matches()) {
        return 0;
      }
      at = nl + 1;
    }
    return 0;
  }

  // ---------------------------------------------------------------- document

  private Plan document(Node doc, String frontMatter) {
    List<Node> blocks = new ArrayList<>();
    for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
      blocks.add(n);
    }
    PlanBuilder plan = Plan.builder();
    int i = 0;
    List<Node> before = new ArrayList<>();
    Heading title = null;
    while (i < blocks.size()) {
      Node b = blocks.get(i);
      if (b instanceof Heading h && h.getLevel() == 1 && !titleOf(h).isEmpty()) {
        title = h;
        i++;
        break;
      }
      if (b instanceof Heading h && h.getLevel() == 2) {
        break;
      }
      before.add(b);
      i++;
    }
    String beforeText = before.isEmpty() ? frontMatter : ctx.source().sliceFromStart(before);
    if (!beforeText.isBlank()) {
      plan.beforeTitle(beforeText);
    }
    if (title != null) {
      plan.title(titleOf(title));
      ctx.position("title", title);
      List<Node> after = new ArrayList<>();
      while (i < blocks.size() && !(blocks.get(i) instanceof Heading h && h.getLevel() == 2)) {
        after.add(blocks.get(i++));
      }
      String afterText = ctx.slice(after);
      if (!afterText.isEmpty()) {
        plan.afterTitle(afterText);
      }
    } else {
      ctx.report(
          Severity.WARNING,
          ReadCodes.NO_TITLE,
          "title",
          "the plan has no '# PLAN: …' title",
          new SourcePosition(1, 1));
    }
    String lastKnown = "";
    List<ExtraSection> extras = new ArrayList<>();
    List<Heading> extraHeadings = new ArrayList<>();
    List<Boolean> repeated = new ArrayList<>();
    Set<SectionKind> seen = EnumSet.noneOf(SectionKind.class);
    while (i < blocks.size()) {
      Heading h = (Heading) blocks.get(i++);
      List<Node> body = new ArrayList<>();
      while (i < blocks.size() && !(blocks.get(i) instanceof Heading hh && hh.getLevel() == 2)) {
        body.add(blocks.get(i++));
      }
      String heading = ctx.headingText(h);
      Optional<Map.Entry<SectionKind, Language>> kind = Vocabulary.section(heading);
      if (kind.isPresent() && seen.add(kind.get().getKey())) {
        // A known section's closing '---' is the template's separator, which the writer puts back.
        dropTrailingBreak(body);
        SectionKind k = kind.get().getKey();
        ctx.vote(
            Vocabulary.SECTIONS.get(k), ReadContext.stripNumber(heading), kind.get().getValue());
        ctx.position(k.key(), h);
        section(plan, k, body);
        lastKnown = k.key();
      } else {
        // An unknown section is reported by the validator (PLAN-I006); a repeated one below.
        extras.add(new ExtraSection(lastKnown, heading, ctx.slice(body)));
        extraHeadings.add(h);
        repeated.add(kind.isPresent());
      }
    }
    plan.extraSections(extras);
    plan.language(ctx.language());
    Plan built = plan.build();
    // The plan keeps extra sections in document order (by the section they follow), which need
    // not be the order they were read in: index positions and diagnostics by the plan's order.
    for (int x = 0; x < built.extraSections().size(); x++) {
      int read = 0;
      while (extras.get(read) != built.extraSections().get(x)) {
        read++;
      }
      SourcePosition at = Source.position(extraHeadings.get(read));
      ctx.position("extraSections[" + x + "]", at);
      if (repeated.get(read)) {
        ctx.report(
            Severity.INFO,
            ReadCodes.DUPLICATE_SECTION,
            "extraSections[" + x + "]",
            "a second '"
                + built.extraSections().get(x).heading()
                + "' section; kept verbatim as an extra section",
            at);
      }
    }
    return built;
  }

  /** The title a level-1 heading gives: its text without a leading {@code PLAN:}. */
  private String titleOf(Heading h) {
    String t = ctx.headingText(h).replace('\n', ' ');
    Matcher m = TITLE.matcher(t);
    return m.matches() ? m.group(1).strip() : t;
  }

  private static void dropTrailingBreak(List<Node> body) {
    if (!body.isEmpty() && body.get(body.size() - 1) instanceof ThematicBreak) {
      body.remove(body.size() - 1);
    }
  }

  private void section(PlanBuilder plan, SectionKind kind, List<Node> body) {
    try {
      mapSection(plan, kind, body);
    } catch (RuntimeException e) {
      // A safety net: the model rejected what was read. Keep the section's content verbatim
      // rather than fail or lose it.
      ctx.report(
          Severity.WARNING,
          ReadCodes.SECTION_KEPT,
          kind.key(),
          "section could not be mapped onto the model (" + e.getMessage() + "); kept verbatim",
          body.isEmpty() ? new SourcePosition(1, 1) : Source.position(body.get(0)));
      keepWhole(plan, kind, ctx.slice(body));
    }
  }

  private static void keepWhole(PlanBuilder plan, SectionKind kind, String text) {
    List<RawMarkdown> raw = text.isEmpty() ? List.of() : List.of(new RawMarkdown("", text));
    switch (kind) {
      case METADATA -> plan.metadata(new MetadataBuilder().extras(raw).build());
      case TECH_STACK -> plan.techStack(new TechStackBuilder().extras(raw).build());
      case ARCHITECTURE -> plan.architecture(new ArchitectureBuilder().extras(raw).build());
      case API_DESIGN -> plan.apiDesign(new ApiDesignBuilder().extras(raw).build());
      case DATABASE_SCHEMA -> plan.databaseSchema(new DatabaseSchemaBuilder().extras(raw).build());
      case EXTERNAL_SERVICES ->
          plan.externalServices(new ExternalServicesBuilder().extras(raw).build());
      case SECURITY -> plan.security(new SecurityBuilder().extras(raw).build());
      case PERFORMANCE -> plan.performance(new PerformanceBuilder().extras(raw).build());
      case ERROR_HANDLING -> plan.errorHandling(new ErrorHandlingBuilder().extras(raw).build());
      case MONITORING -> plan.monitoring(new MonitoringBuilder().extras(raw).build());
      case TESTING -> plan.testing(new TestingBuilder().extras(raw).build());
      case DEPLOYMENT -> plan.deployment(new DeploymentBuilder().extras(raw).build());
      case COST_ESTIMATE -> plan.costEstimate(new CostEstimateBuilder().extras(raw).build());
      case MILESTONES -> plan.milestones(new MilestonesBuilder().extras(raw).build());
      case RISKS -> plan.risks(new RisksBuilder().extras(raw).build());
      case NEXT_STEPS -> plan.nextSteps(new NextStepsBuilder().extras(raw).build());
      default -> throw new AssertionError(kind);
    }
  }

  private void mapSection(PlanBuilder plan, SectionKind kind, List<Node> body) {
    switch (kind) {
      case METADATA -> plan.metadata(metadata(body));
      case TECH_STACK -> plan.techStack(techStack(body));
      case ARCHITECTURE -> plan.architecture(architecture(body));
      case API_DESIGN -> plan.apiDesign(apiDesign(body));
      case DATABASE_SCHEMA -> plan.databaseSchema(databaseSchema(body));
      case EXTERNAL_SERVICES -> plan.externalServices(externalServices(body));
      case SECURITY -> plan.security(security(body));
      case PERFORMANCE -> plan.performance(performance(body));
      case ERROR_HANDLING -> plan.errorHandling(errorHandling(body));
      case MONITORING -> plan.monitoring(monitoring(body));
      case TESTING -> plan.testing(testing(body));
      case DEPLOYMENT -> plan.deployment(deployment(body));
      case COST_ESTIMATE -> plan.costEstimate(costEstimate(body));
      case MILESTONES -> plan.milestones(milestones(body));
      case RISKS -> plan.risks(risks(body));
      case NEXT_STEPS -> plan.nextSteps(nextSteps(body));
      default -> throw new AssertionError(kind);
    }
  }

  // ---------------------------------------------------------------- sections

  private Metadata metadata(List<Node> body) {
    MetadataBuilder b = new MetadataBuilder();
    return KeyedBullets.item(
        ctx,
        body,
        METADATA_FIELDS,
        SectionKind.METADATA.key(),
        f -> {
          f.get(Vocabulary.SPEC).ifPresent(b::spec);
          f.get(Vocabulary.DATE).ifPresent(v -> b.date(new DateText(v)));
          f.get(Vocabulary.AUTHOR).ifPresent(b::author);
          f.get(Vocabulary.AGENT).ifPresent(b::agents);
          b.extraItems(f.extra());
        },
        raw -> b.extras(raw).build());
  }

  private TechStack techStack(List<Node> body) {
    TechStackBuilder b = new TechStackBuilder();
    RawCollector raw = ctx.raw();
    new SubSections(ctx, SectionKind.TECH_STACK.key())
        .table(
            Vocabulary.SELECTED,
            "selected",
            TechStack.KNOWN_COLUMNS,
            t -> {
              b.columns(t.modelColumns(TechStack.KNOWN_COLUMNS));
              for (List<String> row : t.rows()) {
                b.addSelected(
                    new TechChoice(
                        t.cell(row, "area"),
                        t.cell(row, "technology"),
                        t.cell(row, "reason"),
                        t.extraCells(row)));
              }
            })
        .bullets(
            Vocabulary.ALTERNATIVES,
            "alternatives",
            items -> items.forEach(item -> b.addAlternatives(alternative(item))))
        .walk(body, raw);
    return b.extras(raw.build()).build();
  }

  private Architecture architecture(List<Node> body) {
    String path = SectionKind.ARCHITECTURE.key();
    ArchitectureBuilder b = new ArchitectureBuilder();
    RawCollector raw = ctx.raw();
    new SubSections(ctx, path)
        .part(
            Vocabulary.DIAGRAM,
            "diagram",
            g -> {
              List<Node> rest = new ArrayList<>();
              Optional<FencedCodeBlock> code =
                  ReadContext.take(g.blocks(), FencedCodeBlock.class, rest);
              if (code.isEmpty() || !Fences.isReproducible(code.get())) {
                return g.blocks();
              }
              b.diagram(new Diagram(Fences.info(code.get()), Fences.literal(code.get())));
              return rest;
            })
        .bullets(
            Vocabulary.COMPONENTS,
            "components",
            items -> items.forEach(item -> b.addComponents(component(item))))
        .part(
            Vocabulary.DATA_FLOW,
            "dataFlow",
            g -> {
              List<Node> rest = new ArrayList<>();
              Optional<List<Step>> steps =
                  ReadContext.take(g.blocks(), OrderedList.class, rest)
                      .flatMap(list -> ctx.steps(list, path + ".dataFlow"));
              if (steps.isEmpty()) {
                return g.blocks();
              }
              steps.get().forEach(b::addDataFlow);
              return rest;
            })
        .walk(body, raw);
    return b.extras(raw.build()).build();
  }

  private ApiDesign apiDesign(List<Node> body) {
    ApiDesignBuilder b = new ApiDesignBuilder();
    RawCollector raw = ctx.raw();
    new SubSections(ctx, SectionKind.API_DESIGN.key())
        .items(
            body,
            raw,
            Vocabulary.ENDPOINT,
            "endpoints",
            (name, group, path) -> b.addEndpoints(endpoint(ctx, name, group, path)),
            OtherPart.NONE);
    return b.extras(raw.build()).build();
  }

  private DatabaseSchema databaseSchema(List<Node> body) {
    String path = SectionKind.DATABASE_SCHEMA.key();
    DatabaseSchemaBuilder b = new DatabaseSchemaBuilder();
    RawCollector raw = ctx.raw();
    boolean[] indexDone = {false};
    new SubSections(ctx, path)
        .items(
            body,
            raw,
            Vocabulary.TABLE,
            "tables",
            (name, group, p) -> b.addTables(table(ctx, name, group)),
            (group, heading) -> {
              if (indexDone[0]
                  || Vocabulary.matches(Vocabulary.INDEX_STRATEGY, heading).isEmpty()) {
                return false;
              }
              indexDone[0] = true;
              ctx.vote(Vocabulary.matches(Vocabulary.INDEX_STRATEGY, heading).get());
              List<Node> rest = new ArrayList<>();
              b.indexNotes(ctx.bulletItems(group.blocks(), rest, path + ".indexNotes"));
              raw.at("indexNotes");
              raw.add(rest);
              return true;
            });
    return b.extras(raw.build()).build();
  }

  private ExternalServices externalServices(List<Node> body) {
    ExternalServicesBuilder b = new ExternalServicesBuilder();
    RawCollector raw = ctx.raw();
    new SubSections(ctx, SectionKind.EXTERNAL_SERVICES.key())
        .items(
            body,
            raw,
            Vocabulary.SERVICE,
            "services",
            (name, group, path) -> b.addServices(service(ctx, name, group, path)),
            OtherPart.NONE);
    return b.extras(raw.build()).build();
  }

  private Security security(List<Node> body) {
    SecurityBuilder b = new SecurityBuilder();
    RawCollector raw = ctx.raw();
    new SubSections(ctx, SectionKind.SECURITY.key())
        .keyed(
            Vocabulary.AUTHENTICATION,
            "authentication",
            List.of(Vocabulary.METHOD, Vocabulary.TOKEN_LIFETIME, Vocabulary.REFRESH_TOKEN),
            f ->
                b.authentication(
                    new AuthenticationBuilder()
                        .method(f.get(Vocabulary.METHOD))
                        .tokenLifetime(f.get(Vocabulary.TOKEN_LIFETIME).map(DurationText::new))
                        .refreshTokenLifetime(
                            f.get(Vocabulary.REFRESH_TOKEN).map(DurationText::new))
                        .extraItems(f.extra())
                        .build()))
        .keyed(
            Vocabulary.AUTHORIZATION,
            "authorization",
            List.of(Vocabulary.ROLES),
            f -> {
              AuthorizationBuilder a = new AuthorizationBuilder().roles(f.get(Vocabulary.ROLES));
              List<String> extra = new ArrayList<>(f.extra());
              if (!extra.isEmpty()
                  && !extra.get(0).contains(":")
                  && ReadContext.singleLine(extra.get(0))
                  && !extra.get(0).isEmpty()) {
                a.model(extra.remove(0));
              }
              b.authorization(a.extraItems(extra).build());
            })
        .keyed(
            Vocabulary.DATA_PROTECTION,
            "dataProtection",
            List.of(Vocabulary.PII, Vocabulary.TRANSPORT),
            f ->
                b.dataProtection(
                    new DataProtectionBuilder()
                        .piiEncryption(f.get(Vocabulary.PII))
                        .transportEncryption(f.get(Vocabulary.TRANSPORT))
                        .extraItems(f.extra())
                        .build()))
        .walk(body, raw);
    return b.extras(raw.build()).build();
  }

  private Performance performance(List<Node> body) {
    PerformanceBuilder b = new PerformanceBuilder();
    RawCollector raw = ctx.raw();
    new SubSections(ctx, SectionKind.PERFORMANCE.key())
        .keyed(
            Vocabulary.CACHING,
            "caching",
            List.of(Vocabulary.REDIS_CACHE, Vocabulary.TTL),
            f ->
                b.caching(
                    new CachingBuilder()
                        .redisCache(f.get(Vocabulary.REDIS_CACHE))
                        .ttl(f.get(Vocabulary.TTL).map(DurationText::new))
                        .extraItems(f.extra())
                        .build()))
        .keyed(
            Vocabulary.DB_OPTIMIZATION,
            "databaseOptimization",
            List.of(Vocabulary.INDEXING, Vocabulary.CONNECTION_POOL),
            f ->
                b.databaseOptimization(
                    new DatabaseOptimizationBuilder()
                        .indexing(f.get(Vocabulary.INDEXING))
                        .connectionPool(f.get(Vocabulary.CONNECTION_POOL).map(CountText::new))
                        .extraItems(f.extra())
                        .build()))
        .keyed(
            Vocabulary.ASYNC,
            "asyncProcessing",
            List.of(Vocabulary.HEAVY_JOBS),
            f ->
                b.asyncProcessing(
                    new AsyncProcessingBuilder()
                        .heavyJobs(f.get(Vocabulary.HEAVY_JOBS))
                        .extraItems(f.extra())
                        .build()))
        .walk(body, raw);
    return b.extras(raw.build()).build();
  }

  private ErrorHandling errorHandling(List<Node> body) {
    ErrorHandlingBuilder b = new ErrorHandlingBuilder();
    RawCollector raw = ctx.raw();
    new SubSections(ctx, SectionKind.ERROR_HANDLING.key())
        .table(
            Vocabulary.ERROR_CLASSES,
            "errorClasses",
            ErrorHandling.KNOWN_COLUMNS,
            t -> {
              b.columns(t.modelColumns(ErrorHandling.KNOWN_COLUMNS));
              for (List<String> row : t.rows()) {
                b.addErrorClasses(
                    new ErrorClass(
                        new StatusCodeText(t.cell(row, "code")),
                        t.cell(row, "type"),
                        t.cell(row, "handling"),
                        t.extraCells(row)));
              }
            })
        .bullets(Vocabulary.RETRY, "retryRules", b::retryRules)
        .walk(body, raw);
    return b.extras(raw.build()).build();
  }

  private Monitoring monitoring(List<Node> body) {
    MonitoringBuilder b = new MonitoringBuilder();
    RawCollector raw = ctx.raw();
    new SubSections(ctx, SectionKind.MONITORING.key())
        .bullets(Vocabulary.METRICS, "metrics", b::metrics)
        .keyed(
            Vocabulary.LOGGING,
            "logging",
            List.of(Vocabulary.LEVEL, Vocabulary.FORMAT, Vocabulary.RETENTION),
            f ->
                b.logging(
                    new LoggingBuilder()
                        .levels(f.get(Vocabulary.LEVEL))
                        .format(f.get(Vocabulary.FORMAT))
                        .retention(f.get(Vocabulary.RETENTION).map(DurationText::new))
                        .extraItems(f.extra())
                        .build()))
        .bullets(Vocabulary.ALERTS, "alerts", b::alerts)
        .walk(body, raw);
    return b.extras(raw.build()).build();
  }

  private Testing testing(List<Node> body) {
    TestingBuilder b = new TestingBuilder();
    RawCollector raw = ctx.raw();
    new SubSections(ctx, SectionKind.TESTING.key())
        .bullets(Vocabulary.CONTRACT, "contract", b::contract)
        .keyed(
            Vocabulary.INTEGRATION,
            "integration",
            List.of(Vocabulary.CRITICAL_PATHS, Vocabulary.COVERAGE),
            f ->
                b.integration(
                    new IntegrationTestingBuilder()
                        .criticalPaths(f.get(Vocabulary.CRITICAL_PATHS))
                        .coverageTarget(f.get(Vocabulary.COVERAGE).map(PercentageText::new))
                        .extraItems(f.extra())
                        .build()))
        .keyed(
            Vocabulary.LOAD,
            "load",
            List.of(Vocabulary.TARGET, Vocabulary.TOOLS),
            f ->
                b.load(
                    new LoadTestingBuilder()
                        .target(f.get(Vocabulary.TARGET))
                        .tools(f.get(Vocabulary.TOOLS))
                        .extraItems(f.extra())
                        .build()))
        .walk(body, raw);
    return b.extras(raw.build()).build();
  }

  private Deployment deployment(List<Node> body) {
    String path = SectionKind.DEPLOYMENT.key();
    DeploymentBuilder b = new DeploymentBuilder();
    RawCollector raw = ctx.raw();
    new SubSections(ctx, path)
        .part(
            Vocabulary.ENVIRONMENTS,
            "environments",
            g -> {
              List<Node> rest = new ArrayList<>();
              List<String> items = ctx.bulletItems(g.blocks(), rest, path + ".environments");
              if (items.stream().anyMatch(String::isBlank)) {
                return g.blocks(); // an empty item has no name: keep the list verbatim
              }
              items.forEach(item -> b.addEnvironments(environment(item)));
              return rest;
            })
        .bullets(Vocabulary.CI_CD, "ciCd", b::ciCd)
        .bullets(Vocabulary.ROLLBACK, "rollback", b::rollback)
        .walk(body, raw);
    return b.extras(raw.build()).build();
  }

  private CostEstimate costEstimate(List<Node> body) {
    String path = SectionKind.COST_ESTIMATE.key();
    CostEstimateBuilder b = new CostEstimateBuilder();
    RawCollector raw = ctx.raw();
    new SubSections(ctx, path)
        .leadTable(
            body,
            raw,
            "items",
            CostEstimate.KNOWN_COLUMNS,
            t -> {
              b.columns(t.modelColumns(CostEstimate.KNOWN_COLUMNS));
              int r = 0;
              for (List<String> row : t.rows()) {
                if (total(t, row, b)) {
                  ctx.movePosition(path + ".items[" + r + "]", path + ".total");
                } else {
                  b.addItems(
                      new CostItem(
                          t.cell(row, "item"),
                          new MoneyText(t.cell(row, "monthlyCost")),
                          t.cell(row, "basis"),
                          t.extraCells(row)));
                }
                r++;
              }
            });
    return b.extras(raw.build()).build();
  }

  private Milestones milestones(List<Node> body) {
    MilestonesBuilder b = new MilestonesBuilder();
    RawCollector raw = ctx.raw();
    new SubSections(ctx, SectionKind.MILESTONES.key())
        .leadTable(
            body,
            raw,
            "milestones",
            Milestones.KNOWN_COLUMNS,
            t -> {
              b.columns(t.modelColumns(Milestones.KNOWN_COLUMNS));
              for (List<String> row : t.rows()) {
                b.addMilestones(
                    new Milestone(
                        t.cell(row, "phase"),
                        t.cell(row, "work"),
                        new DurationText(t.cell(row, "estimate")),
                        t.extraCells(row)));
              }
            });
    return b.extras(raw.build()).build();
  }

  private Risks risks(List<Node> body) {
    String path = SectionKind.RISKS.key();
    RisksBuilder b = new RisksBuilder();
    RawCollector raw = ctx.raw();
    List<Group> groups = SubSections.groups(body);
    int n = 0;
    // Risks written as a table in the lead: one risk per row.
    List<Node> pending = new ArrayList<>();
    for (Node node : groups.get(0).blocks()) {
      if (node instanceof TableBlock tb && n == 0) {
        Optional<TableText> t = TableReader.read(ctx, tb, RISK_COLUMNS, path + ".risks");
        if (t.isPresent()
            && t.get().columns().contains("title")
            && (t.get().columns().contains("probability")
                || t.get().columns().contains("impact"))) {
          raw.add(pending);
          pending.clear();
          for (List<String> row : t.get().rows()) {
            b.addRisks(row(t.get(), row));
            n++;
          }
          raw.at("risks/" + (n - 1));
          continue;
        }
      }
      pending.add(node);
    }
    raw.add(pending);
    new SubSections(ctx, path)
        .items(
            groups,
            n,
            raw,
            Vocabulary.RISK,
            "risks",
            (title, group, p) -> b.addRisks(risk(ctx, title, group, p)),
            OtherPart.NONE);
    return b.extras(raw.build()).build();
  }

  private NextSteps nextSteps(List<Node> body) {
    String path = SectionKind.NEXT_STEPS.key();
    NextStepsBuilder b = new NextStepsBuilder();
    RawCollector raw = ctx.raw();
    new SubSections(ctx, path)
        .leadBlock(
            body,
            raw,
            "steps",
            OrderedList.class,
            block -> {
              Optional<List<Step>> steps = ctx.steps((OrderedList) block, path + ".steps");
              steps.ifPresent(s -> s.forEach(b::addSteps));
              return steps.isPresent();
            });
    return b.extras(raw.build()).build();
  }

  private static Alternative alternative(String item) {
    Optional<NamedItem> named = NamedItem.parse(item);
    if (named.isPresent()
        && named.get().note().isEmpty()
        && !named.get().name().strip().isEmpty()
        && named.get().name().equals(named.get().name().strip())) {
      return new Alternative(named.get().name(), named.get().text().strip());
    }
    return new Alternative("", item);
  }

  private static Component component(String item) {
    Optional<NamedItem> named = NamedItem.parse(item);
    if (named.isPresent()
        && named.get().name().equals(named.get().name().strip())
        && !named.get().name().isEmpty()) {
      return new Component(named.get().name(), named.get().note(), named.get().text());
    }
    return new Component("", "", item);
  }

  private static EndpointSpec endpoint(ReadContext ctx, String name, Group group, String path) {
    EndpointSpecBuilder e =
        new EndpointSpecBuilder().name(name).method(new HttpMethodText("")).path("");
    RawCollector raw = ctx.raw();
    raw.addAround(
        group.blocks(), n -> n instanceof FencedCodeBlock c && spec(ctx, c, e, name, path), "spec");
    return e.extras(raw.build()).build();
  }

  /** Whether the block is the endpoint's specification, read into the builder; reported if not. */
  private static boolean spec(
      ReadContext ctx, FencedCodeBlock c, EndpointSpecBuilder e, String name, String path) {
    if (Fences.isReproducible(c)
        && Fences.info(c).isEmpty()
        && EndpointBlock.parse(Fences.literal(c), e, name)) {
      ctx.position(path + ".method", c);
      return true;
    }
    ctx.report(
        Severity.WARNING,
        ReadCodes.ENDPOINT_LAYOUT,
        path,
        "the endpoint's code block does not follow the template's layout (METHOD path, Headers:, Request:, Response (NNN):); kept verbatim",
        Source.position(c));
    return false;
  }

  private static TableSpec table(ReadContext ctx, String name, Group group) {
    TableSpecBuilder t = new TableSpecBuilder().name(name).ddlLanguage("").ddl("");
    RawCollector raw = ctx.raw();
    raw.addAround(
        group.blocks(),
        n -> {
          if (n instanceof FencedCodeBlock c
              && Fences.isReproducible(c)
              && !Fences.info(c).contains(" ")) {
            t.ddlLanguage(Fences.info(c)).ddl(Fences.literal(c));
            return true;
          }
          return false;
        },
        "ddl");
    return t.extras(raw.build()).build();
  }

  private static ServiceSpec service(ReadContext ctx, String name, Group group, String path) {
    ServiceSpecBuilder s = new ServiceSpecBuilder().name(name);
    return KeyedBullets.item(
        ctx,
        group.blocks(),
        SERVICE_FIELDS,
        path,
        f -> {
          f.get(Vocabulary.PURPOSE).ifPresent(s::purpose);
          f.get(Vocabulary.COST).ifPresent(v -> s.cost(new MoneyText(v)));
          f.get(Vocabulary.API_DOCS).ifPresent(v -> s.apiDocs(new UrlText(v)));
          f.get(Vocabulary.AUTH_METHOD).ifPresent(s::authentication);
          s.extraItems(f.extra());
        },
        raw -> s.extras(raw).build());
  }

  private static Environment environment(String item) {
    if (item.isBlank()) {
      throw new IllegalArgumentException("an empty environment item");
    }
    int colon = item.indexOf(": ");
    if (colon > 0 && item.indexOf('\n') < 0) {
      String name = item.substring(0, colon);
      String description = item.substring(colon + 2).strip();
      if (name.equals(name.strip()) && !description.isEmpty()) {
        return new Environment(name, description);
      }
    }
    return new Environment(item, "");
  }

  /** Whether the row is the total, read into the builder. */
  private static boolean total(TableText t, List<String> row, CostEstimateBuilder b) {
    String item = t.cell(row, "item");
    String cost = t.cell(row, "monthlyCost");
    // The total row: a bold total label and a bold (or empty) amount, so that the writer,
    // which bolds both, gives back the same row.
    if (Inline.isBold(item)
        && ReadContext.isTerm(Vocabulary.TOTAL, Inline.stripDecoration(item))
        && (cost.isEmpty() || Inline.isBold(cost))) {
      String amount = Inline.isBold(cost) ? cost.substring(2, cost.length() - 2) : cost;
      b.total(
          new CostTotal(new MoneyText(amount.strip()), t.cell(row, "basis"), t.extraCells(row)));
      return true;
    }
    return false;
  }

  /** A risk from a table row: the columns the table has, the other cells as extra items. */
  private static Risk row(TableText t, List<String> row) {
    RiskBuilder r = new RiskBuilder().title(t.cell(row, "title"));
    String prob = t.cell(row, "probability");
    String impact = t.cell(row, "impact");
    String mitigation = t.cell(row, "mitigation");
    if (t.columns().contains("probability")) {
      r.probability(new RiskLevelText(prob));
    }
    if (t.columns().contains("impact")) {
      r.impact(new RiskLevelText(impact));
    }
    if (t.columns().contains("mitigation")) {
      r.mitigation(mitigation);
    }
    t.extraCells(row).forEach((k, v) -> r.addExtraItems("**" + k + "**: " + v));
    return r.build();
  }

  private static Risk risk(ReadContext ctx, String title, Group group, String path) {
    RiskBuilder r = new RiskBuilder().title(title);
    return KeyedBullets.item(
        ctx,
        group.blocks(),
        RISK_FIELDS,
        path,
        f -> {
          r.probability(f.get(Vocabulary.PROBABILITY).map(RiskLevelText::new));
          r.impact(f.get(Vocabulary.IMPACT).map(RiskLevelText::new));
          r.mitigation(f.get(Vocabulary.MITIGATION));
          r.extraItems(f.extra());
        },
        raw -> r.extras(raw).build());
  }
}
