package dev.plandoc.markdown.internal;

import dev.plandoc.markdown.internal.Vocabulary.Term;
import dev.plandoc.model.*;
import dev.plandoc.model.check.Diagnostic;
import dev.plandoc.model.check.Severity;
import dev.plandoc.model.check.SourceMap;
import dev.plandoc.model.check.SourcePosition;
import dev.plandoc.model.value.*;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Maps one parsed Markdown document onto a {@link Plan}. One instance per read; not thread-safe.
 * Everything it does not recognise is kept as raw Markdown sliced from the source.
 */
public final class PlanParser {
  private static final Pattern KEY_BOLD =
      Pattern.compile("^\\*\\*([^*]+?)\\*\\*\\s*[:：]\\s*(.*)$", Pattern.DOTALL);
  private static final Pattern KEY_BOLD_COLON_INSIDE =
      Pattern.compile("^\\*\\*([^*]+?)[:：]\\*\\*\\s*(.*)$", Pattern.DOTALL);
  private static final Pattern KEY_PLAIN =
      Pattern.compile("^([^:*`\\[\\]\\n]+?)\\s*[:：](?:\\s+(.*)|)$", Pattern.DOTALL);
  private static final Pattern BOLD_NAME =
      Pattern.compile("^\\*\\*([^*\\n]+?)\\*\\*([^:\\n]*?):(?: (.*)|)$", Pattern.DOTALL);
  private static final Pattern MARKER =
      Pattern.compile("^[ \\t]*(?:[-+*]|\\d{1,9}[.)])(?:[ \\t]+|$)");
  private static final Pattern TITLE =
      Pattern.compile("^PLAN\\s*[:：]\\s*(.*)$", Pattern.CASE_INSENSITIVE);

  private static final Pattern ATX_OPENING = Pattern.compile("^#{1,6}(?:[ \\t]+|$)");
  private static final Pattern ATX_CLOSING = Pattern.compile("(?:^|[ \\t]+)#+[ \\t]*$");
  private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*\\d+(?:\\.\\d+)*[.)]?\\s+");

  private final Source src;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Map<String, SourcePosition> positions = new LinkedHashMap<>();
  private int koreanVotes;
  private int englishVotes;

  private PlanParser(Source src) {
    this.src = src;
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
      if (!(last instanceof FencedCodeBlock || last instanceof org.commonmark.node.HtmlBlock)) {
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
    return new Result(plan, List.copyOf(p.diagnostics), new SourceMap(p.positions));
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
    String beforeText = before.isEmpty() ? frontMatter : src.sliceFromStart(before);
    if (!beforeText.isBlank()) {
      plan.beforeTitle(beforeText);
    }
    if (title != null) {
      plan.title(titleOf(title));
      positions.put("title", Source.position(title));
      List<Node> after = new ArrayList<>();
      while (i < blocks.size() && !(blocks.get(i) instanceof Heading h && h.getLevel() == 2)) {
        after.add(blocks.get(i++));
      }
      String afterText = src.slice(after);
      if (!afterText.isEmpty()) {
        plan.afterTitle(afterText);
      }
    } else {
      diagnostics.add(
          Diagnostic.of(
                  Severity.WARNING,
                  ReadCodes.NO_TITLE,
                  "title",
                  "the plan has no '# PLAN: …' title")
              .at(new SourcePosition(1, 1)));
    }
    String lastKnown = "";
    List<ExtraSection> extras = new ArrayList<>();
    List<Heading> extraHeadings = new ArrayList<>();
    List<Boolean> repeated = new ArrayList<>();
    java.util.Set<SectionKind> seen = java.util.EnumSet.noneOf(SectionKind.class);
    while (i < blocks.size()) {
      Heading h = (Heading) blocks.get(i++);
      List<Node> body = new ArrayList<>();
      while (i < blocks.size() && !(blocks.get(i) instanceof Heading hh && hh.getLevel() == 2)) {
        body.add(blocks.get(i++));
      }
      String heading = headingText(h);
      Optional<Map.Entry<SectionKind, Language>> kind = Vocabulary.section(heading);
      if (kind.isPresent() && seen.add(kind.get().getKey())) {
        // A known section's closing '---' is the template's separator, which the writer puts back.
        dropTrailingBreak(body);
        SectionKind k = kind.get().getKey();
        if (!Vocabulary.isNeutral(Vocabulary.SECTIONS.get(k), stripNumber(heading))) {
          vote(kind.get().getValue());
        }
        positions.put(k.key(), Source.position(h));
        section(plan, k, body);
        lastKnown = k.key();
      } else {
        // An unknown section is reported by the validator (PLAN-I006); a repeated one below.
        extras.add(new ExtraSection(lastKnown, heading, src.slice(body)));
        extraHeadings.add(h);
        repeated.add(kind.isPresent());
      }
    }
    plan.extraSections(extras);
    plan.language(koreanVotes >= englishVotes ? Language.KOREAN : Language.ENGLISH);
    Plan built = plan.build();
    // The plan keeps extra sections in document order (by the section they follow), which need
    // not be the order they were read in: index positions and diagnostics by the plan's order.
    for (int x = 0; x < built.extraSections().size(); x++) {
      int read = 0;
      while (extras.get(read) != built.extraSections().get(x)) {
        read++;
      }
      SourcePosition at = Source.position(extraHeadings.get(read));
      positions.put("extraSections[" + x + "]", at);
      if (repeated.get(read)) {
        diagnostics.add(
            Diagnostic.of(
                    Severity.INFO,
                    ReadCodes.DUPLICATE_SECTION,
                    "extraSections[" + x + "]",
                    "a second '"
                        + built.extraSections().get(x).heading()
                        + "' section; kept verbatim as an extra section")
                .at(at));
      }
    }
    return built;
  }

  /** The title a level-1 heading gives: its text without a leading {@code PLAN:}. */
  private String titleOf(Heading h) {
    String t = headingText(h).replace('\n', ' ');
    Matcher m = TITLE.matcher(t);
    return m.matches() ? m.group(1).strip() : t;
  }

  private static String stripNumber(String heading) {
    return LEADING_NUMBER.matcher(heading).replaceFirst("");
  }

  private void vote(Language l) {
    if (l == Language.KOREAN) {
      koreanVotes++;
    } else {
      englishVotes++;
    }
  }

  private static void dropTrailingBreak(List<Node> body) {
    if (!body.isEmpty() && body.get(body.size() - 1) instanceof ThematicBreak) {
      body.remove(body.size() - 1);
    }
  }

  /** The inline source of a heading, without the {@code #}s and the closing sequence. */
  private String headingText(Heading h) {
    int first = Source.firstLine(h);
    int last = Source.lastLine(h);
    if (first < 0) {
      return "";
    }
    String line = src.line(first).strip();
    if (line.startsWith("#")) {
      String t = ATX_OPENING.matcher(line).replaceFirst("");
      t = ATX_CLOSING.matcher(t).replaceFirst("");
      return Inline.unescapeHeading(t.strip());
    }
    // A setext heading: every line but the underline, verbatim (a continuation line's
    // indentation can be what keeps it from starting a block of its own).
    return src.lines(first, last - 1).strip();
  }

  // ---------------------------------------------------------------- sections

  /** Collects raw content by anchor while a section is read. */
  private final class Raw {
    private final Map<String, List<String>> byAnchor = new LinkedHashMap<>();
    private String anchor = "";

    void at(String a) {
      anchor = a;
    }

    void add(List<Node> nodes) {
      add(anchor, nodes);
    }

    void add(String a, List<Node> nodes) {
      String text = src.slice(nodes);
      if (!text.isEmpty()) {
        byAnchor.computeIfAbsent(a, x -> new ArrayList<>()).add(text);
      }
    }

    List<RawMarkdown> build() {
      List<RawMarkdown> out = new ArrayList<>();
      byAnchor.forEach((a, texts) -> out.add(new RawMarkdown(a, String.join("\n\n", texts))));
      return out;
    }
  }

  /** A {@code ###} sub-section: its heading (null for the content before the first) and body. */
  private record Group(Heading heading, List<Node> blocks) {}

  private static List<Group> groups(List<Node> body) {
    List<Group> groups = new ArrayList<>();
    Group current = new Group(null, new ArrayList<>());
    groups.add(current);
    for (Node n : body) {
      if (n instanceof Heading h && h.getLevel() == 3) {
        current = new Group(h, new ArrayList<>());
        groups.add(current);
      } else {
        current.blocks().add(n);
      }
    }
    return groups;
  }

  private void section(PlanBuilder plan, SectionKind kind, List<Node> body) {
    try {
      mapSection(plan, kind, body);
    } catch (RuntimeException e) {
      // A safety net: the model rejected what was read. Keep the section's content verbatim
      // rather than fail or lose it.
      diagnostics.add(
          Diagnostic.of(
                  Severity.WARNING,
                  ReadCodes.SECTION_KEPT,
                  kind.key(),
                  "section could not be mapped onto the model ("
                      + e.getMessage()
                      + "); kept verbatim")
              .at(body.isEmpty() ? new SourcePosition(1, 1) : Source.position(body.get(0))));
      keepWhole(plan, kind, src.slice(body));
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
    String key = kind.key();
    switch (kind) {
      case METADATA -> plan.metadata(metadata(body));
      case TECH_STACK -> plan.techStack(techStack(body, key));
      case ARCHITECTURE -> plan.architecture(architecture(body, key));
      case API_DESIGN -> plan.apiDesign(apiDesign(body, key));
      case DATABASE_SCHEMA -> plan.databaseSchema(databaseSchema(body, key));
      case EXTERNAL_SERVICES -> plan.externalServices(externalServices(body, key));
      case SECURITY -> plan.security(security(body, key));
      case PERFORMANCE -> plan.performance(performance(body, key));
      case ERROR_HANDLING -> plan.errorHandling(errorHandling(body, key));
      case MONITORING -> plan.monitoring(monitoring(body, key));
      case TESTING -> plan.testing(testing(body, key));
      case DEPLOYMENT -> plan.deployment(deployment(body, key));
      case COST_ESTIMATE -> plan.costEstimate(costEstimate(body, key));
      case MILESTONES -> plan.milestones(milestones(body, key));
      case RISKS -> plan.risks(risks(body, key));
      case NEXT_STEPS -> plan.nextSteps(nextSteps(body, key));
      default -> throw new AssertionError(kind);
    }
  }

  /**
   * Walks the sub-sections of a section: each recognised one is handed to its handler, which
   * returns the blocks it did not use; those, and whole unrecognised sub-sections, become raw
   * content anchored after the last recognised part.
   */
  private void walk(List<Node> body, String path, Raw raw, Map<Term, SubHandler> handlers) {
    List<Group> groups = groups(body);
    raw.add("", groups.get(0).blocks());
    java.util.Set<Term> done = new java.util.HashSet<>();
    for (int g = 1; g < groups.size(); g++) {
      Group group = groups.get(g);
      String heading = headingText(group.heading());
      boolean handled = false;
      for (Map.Entry<Term, SubHandler> e : handlers.entrySet()) {
        Optional<Language> lang = Vocabulary.matches(e.getKey(), heading);
        if (lang.isPresent() && !done.contains(e.getKey())) {
          if (!Vocabulary.isNeutral(e.getKey(), stripNumber(heading))) {
            vote(lang.get());
          }
          done.add(e.getKey());
          List<Node> rest = e.getValue().handle(group);
          raw.at(e.getValue().part());
          positions.putIfAbsent(path + "." + e.getValue().part(), Source.position(group.heading()));
          raw.add(rest);
          handled = true;
          break;
        }
      }
      if (!handled) {
        unknownSubsection(group, path, raw);
      }
    }
  }

  private void unknownSubsection(Group group, String path, Raw raw) {
    diagnostics.add(
        Diagnostic.of(
                Severity.INFO,
                ReadCodes.UNKNOWN_SUBSECTION,
                path,
                "sub-section '"
                    + headingText(group.heading())
                    + "' is not in the template; kept verbatim")
            .at(Source.position(group.heading())));
    List<Node> all = new ArrayList<>();
    all.add(group.heading());
    all.addAll(group.blocks());
    raw.add(all);
  }

  /** Handles one recognised sub-section; returns the blocks it did not use. */
  private interface SubHandler {
    String part();

    List<Node> handle(Group group);
  }

  private static SubHandler handler(String part, java.util.function.Function<Group, List<Node>> f) {
    return new SubHandler() {
      @Override
      public String part() {
        return part;
      }

      @Override
      public List<Node> handle(Group group) {
        return f.apply(group);
      }
    };
  }

  /** The first block of the type among the blocks, removed from a copy returned as the rest. */
  private static <T extends Node> Optional<T> take(
      List<Node> blocks, Class<T> type, List<Node> rest) {
    T found = null;
    for (Node n : blocks) {
      if (found == null && type.isInstance(n)) {
        found = type.cast(n);
      } else {
        rest.add(n);
      }
    }
    return Optional.ofNullable(found);
  }

  // ---------------------------------------------------------------- lists

  /** The Markdown of each item of a list, without the marker, continuation lines dedented. */
  private List<String> items(ListBlock list) {
    List<String> out = new ArrayList<>();
    for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
      out.add(itemText((ListItem) n));
    }
    return out;
  }

  private String itemText(ListItem item) {
    int first = Source.firstLine(item);
    int last = Source.lastLine(item);
    if (first < 0) {
      return "";
    }
    int indent = item.getContentIndent() == null ? 2 : item.getContentIndent();
    StringBuilder sb = new StringBuilder();
    String firstLine = src.line(first);
    Matcher m = MARKER.matcher(firstLine);
    sb.append(m.find() ? firstLine.substring(m.end()) : firstLine.strip());
    for (int l = first + 1; l <= last; l++) {
      String line = src.line(l);
      int cut = 0;
      while (cut < indent && cut < line.length() && line.charAt(cut) == ' ') {
        cut++;
      }
      sb.append('\n').append(line.substring(cut));
    }
    return Source.trimBlankLines(sb.toString()).strip();
  }

  private List<String> bulletItems(Group group, List<Node> rest, String path) {
    Optional<BulletList> list = take(group.blocks(), BulletList.class, rest);
    list.ifPresent(l -> itemPositions(l, path));
    return list.map(this::items).orElse(List.of());
  }

  private void itemPositions(ListBlock list, String path) {
    int i = 0;
    for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
      positions.put(path + "[" + i++ + "]", Source.position(n));
    }
  }

  /** Bullet items of the form {@code key: value}, matched against the terms. */
  private final class Fields {
    final Map<Term, String> values = new LinkedHashMap<>();
    final List<String> extra = new ArrayList<>();

    Fields(List<String> items, List<Term> terms, List<SourcePosition> at, String path) {
      for (int i = 0; i < items.size(); i++) {
        String item = items.get(i);
        Optional<Map.Entry<Term, String>> kv = keyed(item, terms);
        if (kv.isPresent() && !values.containsKey(kv.get().getKey()) && item.indexOf('\n') < 0) {
          values.put(kv.get().getKey(), kv.get().getValue());
          if (i < at.size()) {
            positions.put(path + "." + fieldName(kv.get().getKey()), at.get(i));
          }
        } else {
          extra.add(item);
        }
      }
    }

    Optional<String> get(Term t) {
      return Optional.ofNullable(values.get(t));
    }
  }

  /** The model's component name for a field term, for source-map paths. */
  private static String fieldName(Term t) {
    if (t == Vocabulary.REFRESH_TOKEN) {
      return "refreshTokenLifetime";
    } else if (t == Vocabulary.AGENT) {
      return "agents";
    } else if (t == Vocabulary.LEVEL) {
      return "levels";
    }
    String[] words = t.english().split("[^A-Za-z]+");
    StringBuilder sb = new StringBuilder(words[0].toLowerCase(java.util.Locale.ROOT));
    for (int i = 1; i < words.length; i++) {
      sb.append(words[i].substring(0, 1).toUpperCase(java.util.Locale.ROOT))
          .append(words[i].substring(1).toLowerCase(java.util.Locale.ROOT));
    }
    return sb.toString();
  }

  private Optional<Map.Entry<Term, String>> keyed(String item, List<Term> terms) {
    for (Pattern p : new Pattern[] {KEY_BOLD, KEY_BOLD_COLON_INSIDE, KEY_PLAIN}) {
      Matcher m = p.matcher(item);
      if (m.matches()) {
        String key = m.group(1).strip();
        String value = m.group(2) == null ? "" : m.group(2).strip();
        String normalized = Vocabulary.normalize(key);
        for (Term t : terms) {
          Optional<Language> l = t.matchNormalized(normalized);
          if (l.isPresent()) {
            if (!Vocabulary.isNeutral(t, key)) {
              vote(l.get());
            }
            return Optional.of(Map.entry(t, value));
          }
        }
      }
    }
    return Optional.empty();
  }

  private List<SourcePosition> itemPositionsOf(Group group) {
    List<SourcePosition> at = new ArrayList<>();
    for (Node b : group.blocks()) {
      if (b instanceof BulletList l) {
        for (Node n = l.getFirstChild(); n != null; n = n.getNext()) {
          at.add(Source.position(n));
        }
        break;
      }
    }
    return at;
  }

  private Fields fields(Group group, List<Node> rest, List<Term> terms, String path) {
    List<SourcePosition> at = itemPositionsOf(group);
    List<String> items = bulletItems(group, rest, path + ".items");
    return new Fields(items, terms, at, path);
  }

  // ---------------------------------------------------------------- tables

  private Optional<TableText> table(TableBlock block, List<String> known, String path) {
    List<String> lines = new ArrayList<>();
    for (int l = Source.firstLine(block); l <= Source.lastLine(block) && l >= 0; l++) {
      lines.add(src.line(l));
    }
    // A table is taken as the part only when it has rows and at least one known column: a table
    // with no rows would not be written back, and one with no known column is not the part.
    Optional<TableText> t =
        TableText.read(lines, known).filter(x -> !x.rows().isEmpty() && x.known().contains(true));
    if (t.isEmpty()) {
      diagnostics.add(
          Diagnostic.of(
                  Severity.INFO,
                  ReadCodes.TABLE_KEPT,
                  path,
                  "table headers do not map onto the template's columns; kept verbatim")
              .at(Source.position(block)));
    } else {
      for (int r = 0; r < t.get().rows().size(); r++) {
        int line = Source.firstLine(block) + 2 + r;
        positions.put(path + "[" + r + "]", new SourcePosition(line + 1, 1));
      }
    }
    return t;
  }

  // ---------------------------------------------------------------- metadata

  private Metadata metadata(List<Node> body) {
    MetadataBuilder b = new MetadataBuilder();
    Raw raw = new Raw();
    List<Term> terms =
        List.of(Vocabulary.SPEC, Vocabulary.DATE, Vocabulary.AUTHOR, Vocabulary.AGENT);
    itemFields(new Group(null, body), terms, "metadata", raw)
        .ifPresent(
            f -> {
              f.get(Vocabulary.SPEC).ifPresent(b::spec);
              f.get(Vocabulary.DATE).ifPresent(v -> b.date(new DateText(v)));
              f.get(Vocabulary.AUTHOR).ifPresent(b::author);
              f.get(Vocabulary.AGENT).ifPresent(b::agents);
              b.extraItems(f.extra);
            });
    return b.extras(raw.build()).build();
  }

  // ---------------------------------------------------------------- 1. tech stack

  private TechStack techStack(List<Node> body, String path) {
    TechStackBuilder b = new TechStackBuilder();
    Raw raw = new Raw();
    Map<Term, SubHandler> h = new LinkedHashMap<>();
    h.put(
        Vocabulary.SELECTED,
        handler(
            "selected",
            g -> {
              List<Node> rest = new ArrayList<>();
              Optional<TableBlock> block = take(g.blocks(), TableBlock.class, rest);
              Optional<TableText> t =
                  block.flatMap(tb -> table(tb, TechStack.KNOWN_COLUMNS, path + ".selected"));
              if (t.isPresent()) {
                b.columns(t.get().modelColumns(TechStack.KNOWN_COLUMNS));
                for (List<String> row : t.get().rows()) {
                  b.addSelected(
                      new TechChoice(
                          t.get().cell(row, "area"),
                          t.get().cell(row, "technology"),
                          t.get().cell(row, "reason"),
                          t.get().extraCells(row)));
                }
                return rest;
              }
              return g.blocks();
            }));
    h.put(
        Vocabulary.ALTERNATIVES,
        handler(
            "alternatives",
            g -> {
              List<Node> rest = new ArrayList<>();
              for (String item : bulletItems(g, rest, path + ".alternatives")) {
                Matcher m = BOLD_NAME.matcher(item);
                if (m.matches()
                    && m.group(2).isEmpty()
                    && !m.group(1).strip().isEmpty()
                    && m.group(1).equals(m.group(1).strip())) {
                  b.addAlternatives(
                      new Alternative(m.group(1), m.group(3) == null ? "" : m.group(3).strip()));
                } else {
                  b.addAlternatives(new Alternative("", item));
                }
              }
              return rest;
            }));
    walk(body, path, raw, h);
    return b.extras(raw.build()).build();
  }

  // ---------------------------------------------------------------- 2. architecture

  private Architecture architecture(List<Node> body, String path) {
    ArchitectureBuilder b = new ArchitectureBuilder();
    Raw raw = new Raw();
    Map<Term, SubHandler> h = new LinkedHashMap<>();
    h.put(
        Vocabulary.DIAGRAM,
        handler(
            "diagram",
            g -> {
              List<Node> rest = new ArrayList<>();
              Optional<FencedCodeBlock> code = take(g.blocks(), FencedCodeBlock.class, rest);
              if (code.isEmpty() || !isReproducibleFence(code.get())) {
                return g.blocks();
              }
              b.diagram(new Diagram(info(code.get()), literal(code.get())));
              return rest;
            }));
    h.put(
        Vocabulary.COMPONENTS,
        handler(
            "components",
            g -> {
              List<Node> rest = new ArrayList<>();
              for (String item : bulletItems(g, rest, path + ".components")) {
                b.addComponents(component(item));
              }
              return rest;
            }));
    h.put(
        Vocabulary.DATA_FLOW,
        handler(
            "dataFlow",
            g -> {
              List<Node> rest = new ArrayList<>();
              Optional<OrderedList> list = take(g.blocks(), OrderedList.class, rest);
              if (list.isEmpty()) {
                return g.blocks();
              }
              List<String> items = items(list.get());
              if (items.stream().anyMatch(String::isBlank)) {
                return g.blocks();
              }
              itemPositions(list.get(), path + ".dataFlow");
              items.forEach(s -> b.addDataFlow(new Step(s)));
              return rest;
            }));
    walk(body, path, raw, h);
    return b.extras(raw.build()).build();
  }

  private static Component component(String item) {
    Matcher m = BOLD_NAME.matcher(item);
    if (m.matches() && m.group(1).equals(m.group(1).strip()) && !m.group(1).isEmpty()) {
      return new Component(m.group(1), m.group(2), m.group(3) == null ? "" : m.group(3));
    }
    return new Component("", "", item);
  }

  /**
   * Whether the writer can reproduce a fenced block: it writes backtick fences long enough for the
   * content, so only an info string with a backtick (which a backtick fence cannot carry) rules a
   * block out. An unclosed fence is fine: the writer closes it.
   */
  private boolean isReproducibleFence(FencedCodeBlock code) {
    return !info(code).contains("`");
  }

  private static String info(FencedCodeBlock code) {
    return code.getInfo() == null ? "" : code.getInfo().strip();
  }

  private static String literal(FencedCodeBlock code) {
    String l = code.getLiteral() == null ? "" : code.getLiteral();
    return l.endsWith("\n") ? l.substring(0, l.length() - 1) : l;
  }

  // ---------------------------------------------------------------- 3. API design

  private ApiDesign apiDesign(List<Node> body, String path) {
    ApiDesignBuilder b = new ApiDesignBuilder();
    Raw raw = new Raw();
    List<Group> groups = groups(body);
    raw.add("", groups.get(0).blocks());
    int n = 0;
    for (int g = 1; g < groups.size(); g++) {
      Group group = groups.get(g);
      Optional<String> name =
          Vocabulary.itemName(Vocabulary.ENDPOINT, headingText(group.heading()));
      if (name.isEmpty() || !singleLine(name.get())) {
        unknownSubsection(group, path, raw);
        continue;
      }
      String p = path + ".endpoints[" + n + "]";
      positions.put(p, Source.position(group.heading()));
      b.addEndpoints(endpoint(name.get(), group, p));
      raw.at("endpoints/" + n++);
    }
    return b.extras(raw.build()).build();
  }

  private EndpointSpec endpoint(String name, Group group, String path) {
    EndpointSpecBuilder e =
        new EndpointSpecBuilder().name(name).method(new HttpMethodText("")).path("");
    Raw raw = new Raw();
    List<Node> before = new ArrayList<>();
    FencedCodeBlock spec = null;
    List<Node> after = new ArrayList<>();
    for (Node n : group.blocks()) {
      if (spec == null && n instanceof FencedCodeBlock c) {
        if (isReproducibleFence(c)
            && info(c).isEmpty()
            && EndpointBlock.parse(literal(c), e, name)) {
          spec = c;
          positions.put(path + ".method", Source.position(c));
          continue;
        }
        diagnostics.add(
            Diagnostic.of(
                    Severity.WARNING,
                    ReadCodes.ENDPOINT_LAYOUT,
                    path,
                    "the endpoint's code block does not follow the template's layout (METHOD path, Headers:, Request:, Response (NNN):); kept verbatim")
                .at(Source.position(c)));
      }
      (spec == null ? before : after).add(n);
    }
    raw.add("", before);
    raw.add("spec", after);
    return e.extras(raw.build()).build();
  }

  private static boolean singleLine(String s) {
    return s.equals(s.strip()) && s.indexOf('\n') < 0;
  }

  // ---------------------------------------------------------------- 4. database

  private DatabaseSchema databaseSchema(List<Node> body, String path) {
    DatabaseSchemaBuilder b = new DatabaseSchemaBuilder();
    Raw raw = new Raw();
    List<Group> groups = groups(body);
    raw.add("", groups.get(0).blocks());
    int n = 0;
    boolean indexDone = false;
    for (int g = 1; g < groups.size(); g++) {
      Group group = groups.get(g);
      String heading = headingText(group.heading());
      Optional<String> name = Vocabulary.itemName(Vocabulary.TABLE, heading);
      if (name.isPresent() && singleLine(name.get())) {
        String p = path + ".tables[" + n + "]";
        positions.put(p, Source.position(group.heading()));
        TableSpecBuilder t = new TableSpecBuilder().name(name.get()).ddlLanguage("").ddl("");
        Raw tr = new Raw();
        List<Node> before = new ArrayList<>();
        List<Node> after = new ArrayList<>();
        FencedCodeBlock ddl = null;
        for (Node node : group.blocks()) {
          if (ddl == null
              && node instanceof FencedCodeBlock c
              && isReproducibleFence(c)
              && !info(c).contains(" ")) {
            ddl = c;
            t.ddlLanguage(info(c)).ddl(literal(c));
            continue;
          }
          (ddl == null ? before : after).add(node);
        }
        if (ddl == null) {
          tr.add("", before);
        } else {
          tr.add("", before);
          tr.add("ddl", after);
        }
        b.addTables(t.extras(tr.build()).build());
        raw.at("tables/" + n++);
      } else if (!indexDone && Vocabulary.matches(Vocabulary.INDEX_STRATEGY, heading).isPresent()) {
        indexDone = true;
        vote(Vocabulary.matches(Vocabulary.INDEX_STRATEGY, heading).get());
        List<Node> rest = new ArrayList<>();
        b.indexNotes(bulletItems(group, rest, path + ".indexNotes"));
        raw.at("indexNotes");
        raw.add(rest);
      } else {
        unknownSubsection(group, path, raw);
      }
    }
    return b.extras(raw.build()).build();
  }

  // ---------------------------------------------------------------- 5. external services

  private ExternalServices externalServices(List<Node> body, String path) {
    ExternalServicesBuilder b = new ExternalServicesBuilder();
    Raw raw = new Raw();
    List<Group> groups = groups(body);
    raw.add("", groups.get(0).blocks());
    int n = 0;
    for (int g = 1; g < groups.size(); g++) {
      Group group = groups.get(g);
      Optional<String> name = Vocabulary.itemName(Vocabulary.SERVICE, headingText(group.heading()));
      if (name.isEmpty() || !singleLine(name.get())) {
        unknownSubsection(group, path, raw);
        continue;
      }
      String p = path + ".services[" + n + "]";
      positions.put(p, Source.position(group.heading()));
      ServiceSpecBuilder s = new ServiceSpecBuilder().name(name.get());
      Raw sr = new Raw();
      itemFields(
              group,
              List.of(
                  Vocabulary.PURPOSE, Vocabulary.COST, Vocabulary.API_DOCS, Vocabulary.AUTH_METHOD),
              p,
              sr)
          .ifPresent(
              f -> {
                f.get(Vocabulary.PURPOSE).ifPresent(s::purpose);
                f.get(Vocabulary.COST).ifPresent(v -> s.cost(new MoneyText(v)));
                f.get(Vocabulary.API_DOCS).ifPresent(v -> s.apiDocs(new UrlText(v)));
                f.get(Vocabulary.AUTH_METHOD).ifPresent(s::authentication);
                s.extraItems(f.extra);
              });
      b.addServices(s.extras(sr.build()).build());
      raw.at("services/" + n++);
    }
    return b.extras(raw.build()).build();
  }

  /**
   * The {@code key: value} bullets of the metadata or an item sub-section (a service, a risk):
   * content before the list is kept at the item's start, content after it at {@code "fields"}.
   * Empty when the item has no list, in which case all its content is kept at the start.
   */
  private Optional<Fields> itemFields(Group group, List<Term> terms, String path, Raw itemRaw) {
    List<Node> before = beforeFirst(group.blocks(), BulletList.class);
    itemRaw.add("", before);
    if (before.size() == group.blocks().size()) {
      return Optional.empty();
    }
    List<Node> rest = new ArrayList<>();
    Group list = new Group(null, group.blocks().subList(before.size(), group.blocks().size()));
    Fields f = fields(list, rest, terms, path);
    itemRaw.add("fields", rest);
    return Optional.of(f);
  }

  private static List<Node> beforeFirst(List<Node> blocks, Class<? extends Node> type) {
    List<Node> before = new ArrayList<>();
    for (Node n : blocks) {
      if (type.isInstance(n)) {
        break;
      }
      before.add(n);
    }
    return before;
  }

  // ---------------------------------------------------------------- 6.-11. keyed sub-sections

  private SubHandler keyedPart(String part, String path, List<Term> terms, Consumer<Fields> into) {
    return handler(
        part,
        g -> {
          List<Node> rest = new ArrayList<>();
          into.accept(fields(g, rest, terms, path + "." + part));
          return rest;
        });
  }

  private SubHandler bulletPart(String part, String path, Consumer<List<String>> into) {
    return handler(
        part,
        g -> {
          List<Node> rest = new ArrayList<>();
          into.accept(bulletItems(g, rest, path + "." + part));
          return rest;
        });
  }

  private Security security(List<Node> body, String path) {
    SecurityBuilder b = new SecurityBuilder();
    Raw raw = new Raw();
    Map<Term, SubHandler> h = new LinkedHashMap<>();
    h.put(
        Vocabulary.AUTHENTICATION,
        keyedPart(
            "authentication",
            path,
            List.of(Vocabulary.METHOD, Vocabulary.TOKEN_LIFETIME, Vocabulary.REFRESH_TOKEN),
            f ->
                b.authentication(
                    new AuthenticationBuilder()
                        .method(f.get(Vocabulary.METHOD))
                        .tokenLifetime(f.get(Vocabulary.TOKEN_LIFETIME).map(DurationText::new))
                        .refreshTokenLifetime(
                            f.get(Vocabulary.REFRESH_TOKEN).map(DurationText::new))
                        .extraItems(f.extra)
                        .build())));
    h.put(
        Vocabulary.AUTHORIZATION,
        keyedPart(
            "authorization",
            path,
            List.of(Vocabulary.ROLES),
            f -> {
              AuthorizationBuilder a = new AuthorizationBuilder().roles(f.get(Vocabulary.ROLES));
              List<String> extra = new ArrayList<>(f.extra);
              if (!extra.isEmpty()
                  && !extra.get(0).contains(":")
                  && singleLine(extra.get(0))
                  && !extra.get(0).isEmpty()) {
                a.model(extra.remove(0));
              }
              b.authorization(a.extraItems(extra).build());
            }));
    h.put(
        Vocabulary.DATA_PROTECTION,
        keyedPart(
            "dataProtection",
            path,
            List.of(Vocabulary.PII, Vocabulary.TRANSPORT),
            f ->
                b.dataProtection(
                    new DataProtectionBuilder()
                        .piiEncryption(f.get(Vocabulary.PII))
                        .transportEncryption(f.get(Vocabulary.TRANSPORT))
                        .extraItems(f.extra)
                        .build())));
    walk(body, path, raw, h);
    return b.extras(raw.build()).build();
  }

  private Performance performance(List<Node> body, String path) {
    PerformanceBuilder b = new PerformanceBuilder();
    Raw raw = new Raw();
    Map<Term, SubHandler> h = new LinkedHashMap<>();
    h.put(
        Vocabulary.CACHING,
        keyedPart(
            "caching",
            path,
            List.of(Vocabulary.REDIS_CACHE, Vocabulary.TTL),
            f ->
                b.caching(
                    new CachingBuilder()
                        .redisCache(f.get(Vocabulary.REDIS_CACHE))
                        .ttl(f.get(Vocabulary.TTL).map(DurationText::new))
                        .extraItems(f.extra)
                        .build())));
    h.put(
        Vocabulary.DB_OPTIMIZATION,
        keyedPart(
            "databaseOptimization",
            path,
            List.of(Vocabulary.INDEXING, Vocabulary.CONNECTION_POOL),
            f ->
                b.databaseOptimization(
                    new DatabaseOptimizationBuilder()
                        .indexing(f.get(Vocabulary.INDEXING))
                        .connectionPool(f.get(Vocabulary.CONNECTION_POOL).map(CountText::new))
                        .extraItems(f.extra)
                        .build())));
    h.put(
        Vocabulary.ASYNC,
        keyedPart(
            "asyncProcessing",
            path,
            List.of(Vocabulary.HEAVY_JOBS),
            f ->
                b.asyncProcessing(
                    new AsyncProcessingBuilder()
                        .heavyJobs(f.get(Vocabulary.HEAVY_JOBS))
                        .extraItems(f.extra)
                        .build())));
    walk(body, path, raw, h);
    return b.extras(raw.build()).build();
  }

  private ErrorHandling errorHandling(List<Node> body, String path) {
    ErrorHandlingBuilder b = new ErrorHandlingBuilder();
    Raw raw = new Raw();
    Map<Term, SubHandler> h = new LinkedHashMap<>();
    h.put(
        Vocabulary.ERROR_CLASSES,
        handler(
            "errorClasses",
            g -> {
              List<Node> rest = new ArrayList<>();
              Optional<TableText> t =
                  take(g.blocks(), TableBlock.class, rest)
                      .flatMap(
                          tb -> table(tb, ErrorHandling.KNOWN_COLUMNS, path + ".errorClasses"));
              if (t.isEmpty()) {
                return g.blocks();
              }
              b.columns(t.get().modelColumns(ErrorHandling.KNOWN_COLUMNS));
              for (List<String> row : t.get().rows()) {
                b.addErrorClasses(
                    new ErrorClass(
                        new StatusCodeText(t.get().cell(row, "code")),
                        t.get().cell(row, "type"),
                        t.get().cell(row, "handling"),
                        t.get().extraCells(row)));
              }
              return rest;
            }));
    h.put(Vocabulary.RETRY, bulletPart("retryRules", path, b::retryRules));
    walk(body, path, raw, h);
    return b.extras(raw.build()).build();
  }

  private Monitoring monitoring(List<Node> body, String path) {
    MonitoringBuilder b = new MonitoringBuilder();
    Raw raw = new Raw();
    Map<Term, SubHandler> h = new LinkedHashMap<>();
    h.put(Vocabulary.METRICS, bulletPart("metrics", path, b::metrics));
    h.put(
        Vocabulary.LOGGING,
        keyedPart(
            "logging",
            path,
            List.of(Vocabulary.LEVEL, Vocabulary.FORMAT, Vocabulary.RETENTION),
            f ->
                b.logging(
                    new LoggingBuilder()
                        .levels(f.get(Vocabulary.LEVEL))
                        .format(f.get(Vocabulary.FORMAT))
                        .retention(f.get(Vocabulary.RETENTION).map(DurationText::new))
                        .extraItems(f.extra)
                        .build())));
    h.put(Vocabulary.ALERTS, bulletPart("alerts", path, b::alerts));
    walk(body, path, raw, h);
    return b.extras(raw.build()).build();
  }

  private Testing testing(List<Node> body, String path) {
    TestingBuilder b = new TestingBuilder();
    Raw raw = new Raw();
    Map<Term, SubHandler> h = new LinkedHashMap<>();
    h.put(Vocabulary.CONTRACT, bulletPart("contract", path, b::contract));
    h.put(
        Vocabulary.INTEGRATION,
        keyedPart(
            "integration",
            path,
            List.of(Vocabulary.CRITICAL_PATHS, Vocabulary.COVERAGE),
            f ->
                b.integration(
                    new IntegrationTestingBuilder()
                        .criticalPaths(f.get(Vocabulary.CRITICAL_PATHS))
                        .coverageTarget(f.get(Vocabulary.COVERAGE).map(PercentageText::new))
                        .extraItems(f.extra)
                        .build())));
    h.put(
        Vocabulary.LOAD,
        keyedPart(
            "load",
            path,
            List.of(Vocabulary.TARGET, Vocabulary.TOOLS),
            f ->
                b.load(
                    new LoadTestingBuilder()
                        .target(f.get(Vocabulary.TARGET))
                        .tools(f.get(Vocabulary.TOOLS))
                        .extraItems(f.extra)
                        .build())));
    walk(body, path, raw, h);
    return b.extras(raw.build()).build();
  }

  private Deployment deployment(List<Node> body, String path) {
    DeploymentBuilder b = new DeploymentBuilder();
    Raw raw = new Raw();
    Map<Term, SubHandler> h = new LinkedHashMap<>();
    h.put(
        Vocabulary.ENVIRONMENTS,
        handler(
            "environments",
            g -> {
              List<Node> rest = new ArrayList<>();
              List<String> items = bulletItems(g, rest, path + ".environments");
              if (items.stream().anyMatch(String::isBlank)) {
                return g.blocks(); // an empty item has no name: keep the list verbatim
              }
              items.forEach(item -> b.addEnvironments(environment(item)));
              return rest;
            }));
    h.put(Vocabulary.CI_CD, bulletPart("ciCd", path, b::ciCd));
    h.put(Vocabulary.ROLLBACK, bulletPart("rollback", path, b::rollback));
    walk(body, path, raw, h);
    return b.extras(raw.build()).build();
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

  // ---------------------------------------------------------------- 12.-15. lead-table sections

  private CostEstimate costEstimate(List<Node> body, String path) {
    CostEstimateBuilder b = new CostEstimateBuilder();
    Raw raw = new Raw();
    leadBlock(
        body,
        path,
        raw,
        "items",
        TableBlock.class,
        block -> {
          Optional<TableText> t =
              table((TableBlock) block, CostEstimate.KNOWN_COLUMNS, path + ".items");
          if (t.isEmpty()) {
            return false;
          }
          b.columns(t.get().modelColumns(CostEstimate.KNOWN_COLUMNS));
          int r = 0;
          for (List<String> row : t.get().rows()) {
            String item = t.get().cell(row, "item");
            String cost = t.get().cell(row, "monthlyCost");
            // The total row: a bold total label and a bold (or empty) amount, so that the writer,
            // which bolds both, gives back the same row.
            if (Inline.isBold(item)
                && Vocabulary.TOTAL.match(Inline.stripDecoration(item)).isPresent()
                && (cost.isEmpty() || Inline.isBold(cost))) {
              String amount = Inline.isBold(cost) ? cost.substring(2, cost.length() - 2) : cost;
              b.total(
                  new CostTotal(
                      new MoneyText(amount.strip()),
                      t.get().cell(row, "basis"),
                      t.get().extraCells(row)));
              SourcePosition at = positions.remove(path + ".items[" + r + "]");
              if (at != null) {
                positions.put(path + ".total", at);
              }
            } else {
              b.addItems(
                  new CostItem(
                      item,
                      new MoneyText(cost),
                      t.get().cell(row, "basis"),
                      t.get().extraCells(row)));
            }
            r++;
          }
          return true;
        });
    return b.extras(raw.build()).build();
  }

  private Milestones milestones(List<Node> body, String path) {
    MilestonesBuilder b = new MilestonesBuilder();
    Raw raw = new Raw();
    leadBlock(
        body,
        path,
        raw,
        "milestones",
        TableBlock.class,
        block -> {
          Optional<TableText> t =
              table((TableBlock) block, Milestones.KNOWN_COLUMNS, path + ".milestones");
          if (t.isEmpty()) {
            return false;
          }
          b.columns(t.get().modelColumns(Milestones.KNOWN_COLUMNS));
          for (List<String> row : t.get().rows()) {
            b.addMilestones(
                new Milestone(
                    t.get().cell(row, "phase"),
                    t.get().cell(row, "work"),
                    new DurationText(t.get().cell(row, "estimate")),
                    t.get().extraCells(row)));
          }
          return true;
        });
    return b.extras(raw.build()).build();
  }

  private NextSteps nextSteps(List<Node> body, String path) {
    NextStepsBuilder b = new NextStepsBuilder();
    Raw raw = new Raw();
    leadBlock(
        body,
        path,
        raw,
        "steps",
        OrderedList.class,
        block -> {
          List<String> items = items((OrderedList) block);
          if (items.stream().anyMatch(String::isBlank)) {
            return false;
          }
          itemPositions((OrderedList) block, path + ".steps");
          items.forEach(s -> b.addSteps(new Step(s)));
          return true;
        });
    return b.extras(raw.build()).build();
  }

  /**
   * For sections whose main block sits right under the {@code ##} heading: the first block of the
   * type that the handler accepts is the part; content before it is anchored at the start, after it
   * at the part, and {@code ###} sub-sections are kept verbatim where they are.
   */
  private void leadBlock(
      List<Node> body,
      String path,
      Raw raw,
      String part,
      Class<? extends Node> type,
      java.util.function.Predicate<Node> handler) {
    boolean found = false;
    List<Node> pending = new ArrayList<>();
    for (Node n : body) {
      if (!found && type.isInstance(n) && handler.test(n)) {
        raw.add(pending);
        pending.clear();
        found = true;
        raw.at(part);
        continue;
      }
      if (n instanceof Heading h && h.getLevel() == 3) {
        diagnostics.add(
            Diagnostic.of(
                    Severity.INFO,
                    ReadCodes.UNKNOWN_SUBSECTION,
                    path,
                    "sub-section '" + headingText(h) + "' is not in the template; kept verbatim")
                .at(Source.position(h)));
      }
      pending.add(n);
    }
    raw.add(pending);
  }

  // ---------------------------------------------------------------- 14. risks

  private Risks risks(List<Node> body, String path) {
    RisksBuilder b = new RisksBuilder();
    Raw raw = new Raw();
    List<Group> groups = groups(body);
    int[] n = {0};
    // Risks written as a table in the lead: one risk per row.
    List<Node> lead = groups.get(0).blocks();
    List<Node> pending = new ArrayList<>();
    for (Node node : lead) {
      if (node instanceof TableBlock tb && n[0] == 0) {
        List<String> known = List.of("title", "probability", "impact", "mitigation");
        Optional<TableText> t = table(tb, known, path + ".risks");
        if (t.isPresent()
            && t.get().columns().contains("title")
            && (t.get().columns().contains("probability")
                || t.get().columns().contains("impact"))) {
          raw.add(pending);
          pending.clear();
          for (List<String> row : t.get().rows()) {
            RiskBuilder r = new RiskBuilder().title(t.get().cell(row, "title"));
            String prob = t.get().cell(row, "probability");
            String impact = t.get().cell(row, "impact");
            String mitigation = t.get().cell(row, "mitigation");
            if (t.get().columns().contains("probability")) {
              r.probability(new RiskLevelText(prob));
            }
            if (t.get().columns().contains("impact")) {
              r.impact(new RiskLevelText(impact));
            }
            if (t.get().columns().contains("mitigation")) {
              r.mitigation(mitigation);
            }
            t.get().extraCells(row).forEach((k, v) -> r.addExtraItems("**" + k + "**: " + v));
            b.addRisks(r.build());
            n[0]++;
          }
          raw.at("risks/" + (n[0] - 1));
          continue;
        }
      }
      pending.add(node);
    }
    raw.add(pending);
    for (int g = 1; g < groups.size(); g++) {
      Group group = groups.get(g);
      Optional<String> title = Vocabulary.itemName(Vocabulary.RISK, headingText(group.heading()));
      if (title.isEmpty() || !singleLine(title.get())) {
        unknownSubsection(group, path, raw);
        continue;
      }
      String p = path + ".risks[" + n[0] + "]";
      positions.put(p, Source.position(group.heading()));
      RiskBuilder r = new RiskBuilder().title(title.get());
      Raw rr = new Raw();
      itemFields(
              group,
              List.of(Vocabulary.PROBABILITY, Vocabulary.IMPACT, Vocabulary.MITIGATION),
              p,
              rr)
          .ifPresent(
              f -> {
                r.probability(f.get(Vocabulary.PROBABILITY).map(RiskLevelText::new));
                r.impact(f.get(Vocabulary.IMPACT).map(RiskLevelText::new));
                r.mitigation(f.get(Vocabulary.MITIGATION));
                r.extraItems(f.extra);
              });
      b.addRisks(r.extras(rr.build()).build());
      raw.at("risks/" + n[0]++);
    }
    return b.extras(raw.build()).build();
  }
}
