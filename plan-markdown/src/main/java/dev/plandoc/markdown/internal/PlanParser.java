package dev.plandoc.markdown.internal;

import dev.plandoc.model.ExtraSection;
import dev.plandoc.model.Language;
import dev.plandoc.model.Plan;
import dev.plandoc.model.PlanBuilder;
import dev.plandoc.model.RawMarkdown;
import dev.plandoc.model.SectionKind;
import dev.plandoc.model.check.Diagnostic;
import dev.plandoc.model.check.Severity;
import dev.plandoc.model.check.SourceMap;
import dev.plandoc.model.check.SourcePosition;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Maps one parsed Markdown document onto a {@link Plan}: the front matter, the title, and the
 * {@code ##} sections, each handed to the {@link SectionSyntax} of its kind; sections it does not
 * know, or knows already, are kept as extra sections. One instance per read; not thread-safe.
 * Everything it does not recognise is kept as raw Markdown sliced from the source.
 */
public final class PlanParser {
  private static final Pattern TITLE =
      Pattern.compile("^PLAN\\s*[:：]\\s*(.*)$", Pattern.CASE_INSENSITIVE);

  private final ReadContext ctx;
  private final Map<SectionKind, SectionSyntax<?>> sections;

  private final Map<Heading, Optional<Map.Entry<SectionKind, Language>>> recognised =
      new java.util.IdentityHashMap<>();

  private PlanParser(Source src, Map<SectionKind, SectionSyntax<?>> sections) {
    this.ctx = new ReadContext(src);
    this.sections = sections;
  }

  /**
   * Reads a document. Never throws for any input within the limits.
   *
   * @param sections the syntax of every kind of section
   * @throws InputLimits.Exceeded when the input passes a limit
   */
  public static Result parse(
      String input,
      Parser parser,
      Map<SectionKind, SectionSyntax<?>> sections,
      InputLimits limits) {
    String normalized = Source.normalize(input);
    limits.checkText(normalized);
    Optional<String> fence = EnclosingFence.opening(normalized);
    // A document wrapped in one fence is read inside it; the fence lines are blanked, not cut, so
    // that every position still counts the document's own lines.
    String text = fence.isPresent() ? EnclosingFence.blanked(normalized) : normalized;
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
      limits.checkTree(doc);
      Result open = read(text, doc, frontMatter, false, sections, fence);
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
      String written =
          new PlanRenderer(open.plan().language(), sections).render(open.plan()).stripTrailing();
      return written.endsWith(tail.stripTrailing())
          ? open
          : read(text, doc, frontMatter, true, sections, fence);
    } catch (InputLimits.Exceeded e) {
      throw e;
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

  private static Result read(
      String text,
      Node doc,
      String frontMatter,
      boolean closeOpenBlocks,
      Map<SectionKind, SectionSyntax<?>> sections,
      Optional<String> fence) {
    PlanParser p = new PlanParser(new Source(text, closeOpenBlocks), sections);
    Plan plan = p.document(doc, frontMatter);
    for (SectionSyntax<?> s : sections.values()) {
      plan = s.withViewAroundTitle(plan);
    }
    if (fence.isPresent()) {
      plan = new PlanBuilder().from(plan).enclosingFence(fence).build();
    }
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
      TitleHeading heading = TitleHeading.read(ctx.headingText(title).replace('\n', ' ').strip());
      plan.title(heading.title()).titleForm(heading.form());
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
    // The sections in the order the document has them, lifted ones where their heading is.
    List<SectionKind> order = new ArrayList<>();
    Set<SectionKind> taken = sectionKinds(blocks.subList(i, blocks.size()));
    while (i < blocks.size()) {
      Heading h = (Heading) blocks.get(i++);
      List<Node> body = new ArrayList<>();
      while (i < blocks.size() && !(blocks.get(i) instanceof Heading hh && hh.getLevel() == 2)) {
        body.add(blocks.get(i++));
      }
      String heading = ctx.headingText(h);
      Optional<Map.Entry<SectionKind, Language>> kind = sectionOf(h);
      boolean known = kind.isPresent() && seen.add(kind.get().getKey());
      NestedSections.Split split =
          NestedSections.split(
              ctx, body, known ? Optional.of(kind.get().getKey()) : Optional.empty(), taken);
      if (known) {
        // A known section's closing '---' is the template's separator, which the writer puts back.
        List<Node> rest = split.rest();
        dropTrailingBreak(rest);
        SectionKind k = kind.get().getKey();
        ctx.sectionHeading(k, heading, kind.get().getValue());
        ctx.position(k.key(), h);
        section(plan, sections.get(k), rest);
        order.add(k);
        lastKnown = k.key();
      } else {
        // An unknown section is reported by the validator (PLAN-I006); a repeated one below.
        List<String> parts = new ArrayList<>();
        split.runs().forEach(r -> parts.add(ctx.slice(r)));
        parts.removeIf(String::isEmpty);
        extras.add(new ExtraSection(lastKnown, heading, String.join("\n\n", parts)));
        extraHeadings.add(h);
        repeated.add(kind.isPresent());
      }
      for (NestedSections.Lifted l : split.lifted()) {
        List<Node> liftedBody = new ArrayList<>(l.body());
        dropTrailingBreak(liftedBody);
        seen.add(l.kind());
        taken.add(l.kind());
        ctx.position(l.kind().key(), l.heading());
        String text = ctx.headingText(l.heading());
        ctx.sectionHeading(
            l.kind(),
            text,
            Vocabulary.section(text).map(Map.Entry::getValue).orElse(Language.KOREAN));
        section(plan, sections.get(l.kind()), liftedBody);
        order.add(l.kind());
        // What follows in the document follows the lifted section, the last one read.
        lastKnown = l.kind().key();
      }
    }
    plan.extraSections(extras);
    Language language = ctx.language();
    plan.language(language).labels(ctx.labels(language)).sectionOrder(order);
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

  /** The kinds of the document's {@code ##} sections, which no {@code ###} sub-section can be. */
  private Set<SectionKind> sectionKinds(List<Node> blocks) {
    Set<SectionKind> kinds = EnumSet.noneOf(SectionKind.class);
    for (Node b : blocks) {
      if (b instanceof Heading h && h.getLevel() == 2) {
        sectionOf(h).ifPresent(k -> kinds.add(k.getKey()));
      }
    }
    return kinds;
  }

  /**
   * The section a {@code ##} heading names, matched once per heading: the document's section kinds
   * are needed before the sections are read, and the matching (key words) is the costly part.
   */
  private Optional<Map.Entry<SectionKind, Language>> sectionOf(Heading h) {
    return recognised.computeIfAbsent(h, x -> Vocabulary.section(ctx.headingText(x)));
  }

  private static void dropTrailingBreak(List<Node> body) {
    if (!body.isEmpty() && body.get(body.size() - 1) instanceof ThematicBreak) {
      body.remove(body.size() - 1);
    }
  }

  private <T> void section(PlanBuilder plan, SectionSyntax<T> syntax, List<Node> body) {
    try {
      syntax.into(plan, syntax.read(body, ctx));
    } catch (RuntimeException e) {
      // A safety net: the model rejected what was read. Keep the section's content verbatim
      // rather than fail or lose it.
      ctx.report(
          Severity.WARNING,
          ReadCodes.SECTION_KEPT,
          syntax.kind().key(),
          "section could not be mapped onto the model (" + e.getMessage() + "); kept verbatim",
          body.isEmpty() ? new SourcePosition(1, 1) : Source.position(body.get(0)));
      String text = ctx.slice(body);
      syntax.into(
          plan, syntax.keepWhole(text.isEmpty() ? List.of() : List.of(new RawMarkdown("", text))));
    }
  }
}
