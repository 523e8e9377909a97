package dev.plandoc.model;

import dev.plandoc.model.internal.Texts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * A PLAN document: its title, metadata, the fifteen sections of the template (each absent when the
 * document does not have it) and the top-level sections the template does not have.
 *
 * <p>Plans are immutable and thread-safe. Build one with {@link #builder()}, or read one with a
 * {@link dev.plandoc.model.format.PlanReader}.
 *
 * <pre>{@code
 * Plan plan = Plan.builder()
 *     .title("Push notification settings")
 *     .language(Language.ENGLISH)
 *     .risks(new RisksBuilder().addRisks(new RiskBuilder().title("Wrong time zone").build()).build())
 *     .build();
 * plan.risks().map(r -> r.risks().size());   // Optional[1]
 * }</pre>
 *
 * <p>Edit one with the {@code with…} methods ({@link PlanEdits}), which return a new plan:
 *
 * <pre>{@code
 * Plan v2 = plan.withTitle("Receipt OCR v2").withRisks(r -> r.withoutRisk(0));
 * }</pre>
 *
 * @param title the feature name after {@code # PLAN:}; empty when the document has no title
 * @param language the language of the headings and labels
 * @param beforeTitle content before the title (front matter, comments), verbatim
 * @param afterTitle content between the title and the first section, verbatim
 * @param metadata the metadata
 * @param techStack 1. technology stack
 * @param architecture 2. architecture
 * @param apiDesign 3. API design
 * @param databaseSchema 4. database schema
 * @param externalServices 5. external services
 * @param security 6. security
 * @param performance 7. performance
 * @param errorHandling 8. error handling
 * @param monitoring 9. monitoring and logging
 * @param testing 10. testing strategy
 * @param deployment 11. deployment
 * @param costEstimate 12. cost estimate
 * @param milestones 13. milestones
 * @param risks 14. risks and mitigations
 * @param nextSteps 15. next steps
 * @param extraSections top-level sections the template does not have, in order
 * @param titleForm how the title heading is written when it is not {@code # PLAN: {title}}
 * @param enclosingFence the opening line of a code fence the whole document was wrapped in (an
 *     artefact of chat output, {@code ```markdown}); a writer wraps the document in it again
 * @param labels the author's wording of the template's labels, by path, where it is not what a
 *     writer would write in the plan's language: a section heading with its number or none ({@code
 *     apiDesign} → {@code 3. API 명세}, {@code techStack} → {@code Technology Stack}), a sub-section
 *     heading ({@code security.authentication} → {@code 6.1 인증}; empty for a part written without
 *     one, such as a table right under the section heading), a table's column header ({@code
 *     costEstimate.columns.basis} → {@code 비고}), a field's key ({@code metadata.keys.author} →
 *     {@code 작성자}, {@code risks.keys.probability} → {@code 발생 가능성}), the total row ({@code
 *     costEstimate.total} → {@code 합계}). A writer writes them as they are: they are the author's
 *     words. Asked for a language, it writes one that is the template's own wording in that
 *     language, keeping the author's number. Plans built in code have none.
 * @param sectionOrder the kinds of the plan's sections in the order the document has them, when
 *     that is not the template's; empty for the template's order, as for a plan built in code. It
 *     is kept in one form, so that plans that write alike are equal: kinds of sections the plan
 *     does not have are dropped, a section the order leaves out is put after the last one before it
 *     in template order, and an order that comes out as the template's becomes empty. A kind named
 *     twice is rejected.
 */
@Value.Builder
public record Plan(
    String title,
    Language language,
    Optional<String> beforeTitle,
    Optional<String> afterTitle,
    Optional<Metadata> metadata,
    Optional<TechStack> techStack,
    Optional<Architecture> architecture,
    Optional<ApiDesign> apiDesign,
    Optional<DatabaseSchema> databaseSchema,
    Optional<ExternalServices> externalServices,
    Optional<Security> security,
    Optional<Performance> performance,
    Optional<ErrorHandling> errorHandling,
    Optional<Monitoring> monitoring,
    Optional<Testing> testing,
    Optional<Deployment> deployment,
    Optional<CostEstimate> costEstimate,
    Optional<Milestones> milestones,
    Optional<Risks> risks,
    Optional<NextSteps> nextSteps,
    List<ExtraSection> extraSections,
    Optional<TitleForm> titleForm,
    Optional<String> enclosingFence,
    Map<String, String> labels,
    List<SectionKind> sectionOrder)
    implements PlanEdits {

  /** Checks the values. */
  public Plan {
    labels = Texts.orderedMap(labels, "labels");
    labels.forEach(
        (path, label) -> {
          Texts.singleLine(path, "labels key");
          Texts.singleLine(label, "labels[" + path + "]");
          // An empty label is a part the author wrote without a heading; a section has one.
          if (path.isEmpty() || label.isEmpty() && path.indexOf('.') < 0) {
            throw new IllegalArgumentException(
                "labels must not hold an empty path or an empty section heading: '"
                    + path
                    + "' = '"
                    + label
                    + "'");
          }
        });
    if (titleForm.isPresent() && title.isEmpty()) {
      throw new IllegalArgumentException("a title form needs a title");
    }
    enclosingFence.ifPresent(
        f -> {
          Texts.singleLine(f, "enclosingFence");
          if (!f.matches("(`{3,}|~{3,})[^`]*")) {
            throw new IllegalArgumentException(
                "enclosingFence must be a code fence's opening line such as ```markdown: '"
                    + f
                    + "'");
          }
        });
    metadata
        .flatMap(Metadata::viewOf)
        .ifPresent(
            at -> {
              boolean kept =
                  at.equals("beforeTitle") && beforeTitle.isPresent()
                      || at.equals("afterTitle") && afterTitle.isPresent();
              if (!kept) {
                throw new IllegalArgumentException(
                    "metadata is a view over the plan's '"
                        + at
                        + "', which the plan does not have (views read beforeTitle or afterTitle)");
              }
            });
    Texts.singleLine(title, "title");
    Texts.required(language, "language");
    beforeTitle.ifPresent(s -> requireContent(s, "beforeTitle"));
    afterTitle.ifPresent(s -> requireContent(s, "afterTitle"));
    if (title.isEmpty() && afterTitle.isPresent()) {
      throw new IllegalArgumentException(
          "afterTitle needs a title; put content of an untitled plan in beforeTitle");
    }
    Optional<?>[] known = {
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
      nextSteps
    };
    sectionOrder = SectionOrder.normalize(sectionOrder, k -> hasSection(k, known));
    List<SectionKind> written = SectionOrder.complete(sectionOrder, k -> hasSection(k, known));
    // Extra sections are kept in document order: by the section they follow, then as given.
    List<ExtraSection> sorted =
        new java.util.ArrayList<>(Texts.list(extraSections, "extraSections"));
    sorted.sort(
        java.util.Comparator.comparingInt(
            e ->
                e.anchor().isEmpty()
                    ? -1
                    : written.indexOf(SectionKind.fromKey(e.anchor()).orElseThrow())));
    extraSections = List.copyOf(sorted);
    for (ExtraSection extra : extraSections) {
      String anchor = extra.anchor();
      if (!anchor.isEmpty()) {
        SectionKind kind = SectionKind.fromKey(anchor).orElseThrow();
        if (!hasSection(kind, known)) {
          throw new IllegalArgumentException(
              "extra section '"
                  + extra.heading()
                  + "' follows section '"
                  + anchor
                  + "', which the plan does not have");
        }
      }
    }
  }

  /**
   * The kinds of the sections the plan has, in the order a writer writes them: {@link
   * #sectionOrder()} when the document had its own, else the template's.
   */
  public List<SectionKind> sectionsInOrder() {
    return SectionOrder.complete(sectionOrder, this::has);
  }

  /** The title's heading text as written: {@code PLAN: {title}} unless a form says otherwise. */
  public String titleHeading() {
    return titleForm.map(f -> f.heading(title)).orElse("PLAN: " + title);
  }

  /** A builder with the defaults of a plan built in code: Korean, no title. */
  public static PlanBuilder builder() {
    return new PlanBuilder().title("").language(Language.KOREAN);
  }

  /** Whether the plan has the given section. */
  public boolean has(SectionKind kind) {
    return section(kind).isPresent();
  }

  /** The section of the given kind, when present. */
  public Optional<?> section(SectionKind kind) {
    switch (kind) {
      case METADATA:
        return metadata;
      case TECH_STACK:
        return techStack;
      case ARCHITECTURE:
        return architecture;
      case API_DESIGN:
        return apiDesign;
      case DATABASE_SCHEMA:
        return databaseSchema;
      case EXTERNAL_SERVICES:
        return externalServices;
      case SECURITY:
        return security;
      case PERFORMANCE:
        return performance;
      case ERROR_HANDLING:
        return errorHandling;
      case MONITORING:
        return monitoring;
      case TESTING:
        return testing;
      case DEPLOYMENT:
        return deployment;
      case COST_ESTIMATE:
        return costEstimate;
      case MILESTONES:
        return milestones;
      case RISKS:
        return risks;
      case NEXT_STEPS:
        return nextSteps;
      default:
        throw new AssertionError(kind);
    }
  }

  /** An empty section of the given kind, which {@link PlanEdits} changes when a plan has none. */
  static Object emptySection(SectionKind kind) {
    return switch (kind) {
      case METADATA -> new MetadataBuilder().build();
      case TECH_STACK -> new TechStackBuilder().build();
      case ARCHITECTURE -> new ArchitectureBuilder().build();
      case API_DESIGN -> new ApiDesignBuilder().build();
      case DATABASE_SCHEMA -> new DatabaseSchemaBuilder().build();
      case EXTERNAL_SERVICES -> new ExternalServicesBuilder().build();
      case SECURITY -> new SecurityBuilder().build();
      case PERFORMANCE -> new PerformanceBuilder().build();
      case ERROR_HANDLING -> new ErrorHandlingBuilder().build();
      case MONITORING -> new MonitoringBuilder().build();
      case TESTING -> new TestingBuilder().build();
      case DEPLOYMENT -> new DeploymentBuilder().build();
      case COST_ESTIMATE -> new CostEstimateBuilder().build();
      case MILESTONES -> new MilestonesBuilder().build();
      case RISKS -> new RisksBuilder().build();
      case NEXT_STEPS -> new NextStepsBuilder().build();
    };
  }

  /** A copy edited through a builder ({@link PlanEdits}). */
  Plan edited(Consumer<PlanBuilder> edit) {
    PlanBuilder builder = new PlanBuilder().from(this);
    edit.accept(builder);
    return builder.build();
  }

  /**
   * A copy without the section of {@code kind}, as if the document did not have it: the extra
   * sections that followed it follow the nearest present section before it, or come first, and the
   * labels of the section and its parts are dropped ({@link PlanEdits}).
   */
  Plan without(SectionKind kind, Consumer<PlanBuilder> clear) {
    if (!has(kind)) {
      return this;
    }
    String before = "";
    for (SectionKind k : SectionKind.values()) {
      if (k.ordinal() < kind.ordinal() && has(k)) {
        before = k.key();
      }
    }
    String anchor = before;
    List<ExtraSection> extras =
        extraSections.stream()
            .map(
                e ->
                    e.anchor().equals(kind.key())
                        ? new ExtraSection(anchor, e.heading(), e.body())
                        : e)
            .toList();
    Map<String, String> kept = new LinkedHashMap<>(labels);
    kept.keySet().removeIf(path -> path.equals(kind.key()) || path.startsWith(kind.key() + "."));
    return edited(
        b -> {
          clear.accept(b);
          b.extraSections(extras).labels(kept);
        });
  }

  private static void requireContent(String s, String field) {
    if (s.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank; leave it empty instead");
    }
  }

  private static boolean hasSection(SectionKind kind, Optional<?>... sections) {
    return sections[kind.ordinal()].isPresent();
  }
}
