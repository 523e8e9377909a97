package dev.plandoc.json;

import static dev.plandoc.json.RandomPlans.BLOCKS;
import static dev.plandoc.json.RandomPlans.DATES;
import static dev.plandoc.json.RandomPlans.DURATIONS;
import static dev.plandoc.json.RandomPlans.LEVELS;
import static dev.plandoc.json.RandomPlans.METHODS;
import static dev.plandoc.json.RandomPlans.MONEY;
import static dev.plandoc.json.RandomPlans.PATHS;
import static dev.plandoc.json.RandomPlans.STATUSES;
import static dev.plandoc.json.RandomPlans.URLS;
import static dev.plandoc.json.RandomPlans.WORDS;
import static dev.plandoc.json.RandomPlans.cells;
import static dev.plandoc.json.RandomPlans.columns;
import static dev.plandoc.json.RandomPlans.extras;
import static dev.plandoc.json.RandomPlans.indexed;
import static dev.plandoc.json.RandomPlans.items;
import static dev.plandoc.json.RandomPlans.line;
import static dev.plandoc.json.RandomPlans.list;
import static dev.plandoc.json.RandomPlans.maybe;
import static dev.plandoc.json.RandomPlans.name;
import static dev.plandoc.json.RandomPlans.opt;
import static dev.plandoc.json.RandomPlans.text;

import dev.plandoc.model.Alternative;
import dev.plandoc.model.ApiDesign;
import dev.plandoc.model.CostEstimate;
import dev.plandoc.model.CostItem;
import dev.plandoc.model.CostTotal;
import dev.plandoc.model.DatabaseSchema;
import dev.plandoc.model.EndpointSpec;
import dev.plandoc.model.EndpointSpecBuilder;
import dev.plandoc.model.ErrorClass;
import dev.plandoc.model.ErrorHandling;
import dev.plandoc.model.ExternalServices;
import dev.plandoc.model.Header;
import dev.plandoc.model.Metadata;
import dev.plandoc.model.MetadataBuilder;
import dev.plandoc.model.Milestone;
import dev.plandoc.model.MilestoneBuilder;
import dev.plandoc.model.Milestones;
import dev.plandoc.model.NextSteps;
import dev.plandoc.model.Plan;
import dev.plandoc.model.PlanBuilder;
import dev.plandoc.model.RawMarkdown;
import dev.plandoc.model.RawMarkdownView;
import dev.plandoc.model.ResponseSpec;
import dev.plandoc.model.Risk;
import dev.plandoc.model.RiskBuilder;
import dev.plandoc.model.Risks;
import dev.plandoc.model.SectionKind;
import dev.plandoc.model.ServiceSpec;
import dev.plandoc.model.ServiceSpecBuilder;
import dev.plandoc.model.Step;
import dev.plandoc.model.TableSpec;
import dev.plandoc.model.TableSpecBuilder;
import dev.plandoc.model.TechChoice;
import dev.plandoc.model.TechStack;
import dev.plandoc.model.TitleForm;
import dev.plandoc.model.value.DateText;
import dev.plandoc.model.value.DurationText;
import dev.plandoc.model.value.HttpMethodText;
import dev.plandoc.model.value.MoneyText;
import dev.plandoc.model.value.RiskLevelText;
import dev.plandoc.model.value.StatusCodeText;
import dev.plandoc.model.value.UrlText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.instancio.Random;

/**
 * The records of random plans whose parts have rules across them, one generator a section: anchors
 * of extras that name present parts (and, for lists, items of their own), column lists that cover
 * every extra cell, views over kept Markdown that the section keeps, and the content around the
 * title. Used by {@link RandomPlans}.
 */
final class RandomSections {
  private RandomSections() {}

  static final List<String> FENCES =
      List.of("```markdown", "```", "````md", "~~~", "~~~ markdown", "``` yaml {#x}", "~~~~md");

  static ResponseSpec response(Random r) {
    // A third of the responses are one-liners such as Response (204): No Content.
    Optional<String> summary = r.intRange(0, 2) == 0 ? Optional.of(line(r)) : Optional.empty();
    return new ResponseSpec(
        r.oneOf("Response", "Error", name(r, "(")),
        new StatusCodeText(r.oneOf(STATUSES)),
        text(r),
        summary);
  }

  /**
   * Makes about one item in four a view over the Markdown kept at {@code ""}. Views are decided
   * before the extras, because a list's anchors ({@code endpoints/0} …) count only the items of
   * their own; {@link #keptForViews} then makes sure the section keeps Markdown at {@code ""}.
   */
  static <T extends RawMarkdownView> List<T> views(
      Random r, List<T> items, UnaryOperator<T> asView) {
    return items.stream().map(i -> r.intRange(0, 3) == 0 ? asView.apply(i) : i).toList();
  }

  /** How many items are not views, which is what the list's anchors count. */
  static int own(List<? extends RawMarkdownView> items) {
    return (int) items.stream().filter(i -> !i.isView()).count();
  }

  /**
   * The extras, with a block at {@code ""} added when an item is a view of it and none is there.
   */
  static List<RawMarkdown> keptForViews(
      Random r, List<? extends RawMarkdownView> items, List<RawMarkdown> extras) {
    boolean needed = items.stream().anyMatch(RawMarkdownView::isView);
    if (!needed || extras.stream().anyMatch(x -> x.anchor().isEmpty())) {
      return extras;
    }
    List<RawMarkdown> out = new ArrayList<>(extras);
    out.add(new RawMarkdown("", r.oneOf(BLOCKS)));
    return out;
  }

  static NextSteps nextSteps(Random r) {
    List<Step> steps =
        views(
            r,
            list(r, 3, () -> RandomPlans.step(r)),
            s -> new Step(s.text(), s.checked(), Optional.of("")));
    return new NextSteps(steps, keptForViews(r, steps, extras(r, "steps")));
  }

  static TableSpec table(Random r) {
    return new TableSpec(line(r), r.oneOf("sql", ""), text(r), extras(r, "ddl"));
  }

  static Metadata metadata(Random r) {
    return new Metadata(
        opt(r, () -> "`specs/" + name(r, " ") + ".md`"),
        r.trueOrFalse() ? Optional.of(new DateText(r.oneOf(DATES))) : Optional.empty(),
        opt(r, () -> line(r)),
        opt(r, () -> line(r)),
        items(r),
        extras(r, "fields"));
  }

  /**
   * In a third of the plans, the author's wording of some labels: a present section's heading with
   * its own number, a sub-section's heading, a column header (all of which the model takes as
   * given).
   */
  static void labels(java.util.Random r, PlanBuilder b, Plan sections) {
    if (r.nextInt(3) != 0) {
      return;
    }
    for (SectionKind k : SectionKind.values()) {
      if (sections.has(k) && r.nextInt(3) == 0) {
        b.putLabels(k.key(), (r.nextInt(20) + 1) + ". " + WORDS.get(r.nextInt(WORDS.size())));
      }
    }
    b.putLabels("security.authentication", "6.1 " + WORDS.get(r.nextInt(WORDS.size())));
    b.putLabels("costEstimate.columns.basis", WORDS.get(r.nextInt(WORDS.size())) + " (USD)");
    // A key as the author spelled it, and a part written without its heading.
    b.putLabels("metadata.keys.author", r.nextBoolean() ? "작성자" : "Owner");
    b.putLabels("techStack.selected", "");
  }

  /** In about a third of the plans, the sections in an order of the document's own. */
  static void sectionOrder(java.util.Random r, PlanBuilder b) {
    if (r.nextInt(3) == 0) {
      List<SectionKind> order = new ArrayList<>(List.of(SectionKind.values()));
      java.util.Collections.shuffle(order, r);
      b.sectionOrder(order);
    }
  }

  /**
   * The content around the title, which the plan's constructor checks together: front matter before
   * the title and a blockquote after it, which needs a title; in about a third of the titled plans
   * a heading of its own form, which needs one too; in a quarter a fence around the whole document;
   * and in half of the plans with metadata and content around the title, metadata that is a view
   * over that content.
   */
  static void aroundTitle(java.util.Random r, PlanBuilder b, Plan sections) {
    List<String> kept = new ArrayList<>();
    if (r.nextBoolean()) {
      b.beforeTitle(BLOCKS.get(r.nextInt(BLOCKS.size())).strip() + "\n<!-- 주석 -->");
      kept.add("beforeTitle");
    }
    boolean titled = !sections.title().isEmpty();
    if (titled && r.nextBoolean()) {
      b.afterTitle("> " + WORDS.get(r.nextInt(WORDS.size())));
      kept.add("afterTitle");
    }
    if (titled && r.nextInt(3) == 0) {
      // Awkward text on either side, adjacent to the title or apart from it by a space.
      String word = WORDS.get(r.nextInt(WORDS.size()));
      b.titleForm(
          switch (r.nextInt(4)) {
            case 0 -> new TitleForm("", " 설계 문서");
            case 1 -> new TitleForm(word + " ", "");
            case 2 -> new TitleForm(word, " " + word);
            default -> new TitleForm("", " " + word);
          });
    }
    if (r.nextInt(4) == 0) {
      b.enclosingFence(FENCES.get(r.nextInt(FENCES.size())));
    }
    if (sections.metadata().isPresent() && !kept.isEmpty() && r.nextBoolean()) {
      String over = kept.get(r.nextInt(kept.size()));
      b.metadata(new MetadataBuilder().from(sections.metadata().get()).viewOf(over).build());
    }
  }

  static TechStack techStack(Random r) {
    List<String> columns = columns(r, TechStack.KNOWN_COLUMNS);
    List<TechChoice> selected =
        list(
            r,
            4,
            () ->
                new TechChoice(
                    line(r),
                    line(r),
                    maybe(r, RandomPlans::line),
                    cells(r, columns, TechStack.KNOWN_COLUMNS)));
    List<Alternative> alternatives =
        list(r, 2, () -> new Alternative(name(r, "**"), maybe(r, RandomPlans::text)));
    return new TechStack(columns, selected, alternatives, extras(r, "selected", "alternatives"));
  }

  static ApiDesign apiDesign(Random r) {
    List<EndpointSpec> endpoints =
        list(
            r,
            3,
            () ->
                new EndpointSpec(
                    line(r),
                    new HttpMethodText(r.oneOf(METHODS)),
                    r.oneOf(PATHS),
                    list(r, 2, () -> new Header(name(r, ":"), maybe(r, RandomPlans::line))),
                    r.trueOrFalse() ? Optional.of(text(r)) : Optional.empty(),
                    list(r, 3, () -> response(r)),
                    extras(r, "spec")));
    endpoints = views(r, endpoints, e -> new EndpointSpecBuilder().from(e).viewOf("").build());
    List<RawMarkdown> extras = extras(r, indexed("endpoints", own(endpoints)));
    return new ApiDesign(endpoints, keptForViews(r, endpoints, extras));
  }

  static DatabaseSchema databaseSchema(Random r) {
    List<TableSpec> tables =
        views(
            r, list(r, 3, () -> table(r)), t -> new TableSpecBuilder().from(t).viewOf("").build());
    List<RawMarkdown> extras = extras(r, indexed("tables", own(tables), "indexNotes"));
    return new DatabaseSchema(tables, items(r), keptForViews(r, tables, extras));
  }

  static ExternalServices externalServices(Random r) {
    List<ServiceSpec> services =
        list(
            r,
            3,
            () ->
                new ServiceSpec(
                    line(r),
                    opt(r, () -> line(r)),
                    r.trueOrFalse() ? Optional.of(new MoneyText(r.oneOf(MONEY))) : Optional.empty(),
                    r.trueOrFalse() ? Optional.of(new UrlText(r.oneOf(URLS))) : Optional.empty(),
                    opt(r, () -> line(r)),
                    items(r),
                    extras(r, "fields")));
    services = views(r, services, s -> new ServiceSpecBuilder().from(s).viewOf("").build());
    List<RawMarkdown> extras = extras(r, indexed("services", own(services)));
    return new ExternalServices(services, keptForViews(r, services, extras));
  }

  static ErrorHandling errorHandling(Random r) {
    List<String> columns = columns(r, ErrorHandling.KNOWN_COLUMNS);
    List<ErrorClass> classes =
        list(
            r,
            5,
            () ->
                new ErrorClass(
                    new StatusCodeText(r.oneOf(STATUSES)),
                    maybe(r, RandomPlans::line),
                    maybe(r, RandomPlans::line),
                    cells(r, columns, ErrorHandling.KNOWN_COLUMNS)));
    return new ErrorHandling(columns, classes, items(r), extras(r, "errorClasses", "retryRules"));
  }

  static CostEstimate costEstimate(Random r) {
    List<String> columns = columns(r, CostEstimate.KNOWN_COLUMNS);
    List<CostItem> items =
        list(
            r,
            4,
            () ->
                new CostItem(
                    line(r),
                    new MoneyText(r.oneOf(MONEY)),
                    maybe(r, RandomPlans::line),
                    cells(r, columns, CostEstimate.KNOWN_COLUMNS)));
    Optional<CostTotal> total =
        r.trueOrFalse()
            ? Optional.of(
                new CostTotal(
                    new MoneyText(r.oneOf(MONEY)),
                    maybe(r, RandomPlans::line),
                    cells(r, columns, CostEstimate.KNOWN_COLUMNS)))
            : Optional.empty();
    return new CostEstimate(columns, items, total, extras(r, "items"));
  }

  static Milestones milestones(Random r) {
    List<String> columns = columns(r, Milestones.KNOWN_COLUMNS);
    List<Milestone> milestones =
        list(
            r,
            4,
            () ->
                new Milestone(
                    r.oneOf("1", "2", "007", line(r)),
                    maybe(r, RandomPlans::line),
                    new DurationText(r.oneOf(DURATIONS)),
                    cells(r, columns, Milestones.KNOWN_COLUMNS)));
    milestones = views(r, milestones, m -> new MilestoneBuilder().from(m).viewOf("").build());
    return new Milestones(
        columns, milestones, keptForViews(r, milestones, extras(r, "milestones")));
  }

  static Risks risks(Random r) {
    List<Risk> risks =
        list(
            r,
            3,
            () ->
                new Risk(
                    line(r),
                    r.trueOrFalse()
                        ? Optional.of(new RiskLevelText(r.oneOf(LEVELS)))
                        : Optional.empty(),
                    r.trueOrFalse()
                        ? Optional.of(new RiskLevelText(r.oneOf(LEVELS)))
                        : Optional.empty(),
                    opt(r, () -> line(r)),
                    items(r),
                    extras(r, "fields")));
    risks = views(r, risks, x -> new RiskBuilder().from(x).viewOf("").build());
    List<RawMarkdown> extras = extras(r, indexed("risks", own(risks)));
    return new Risks(risks, keptForViews(r, risks, extras));
  }
}
