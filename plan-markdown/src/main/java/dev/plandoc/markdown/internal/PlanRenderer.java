package dev.plandoc.markdown.internal;

import dev.plandoc.model.ExtraSection;
import dev.plandoc.model.Language;
import dev.plandoc.model.Plan;
import dev.plandoc.model.SectionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders a plan as canonical Markdown in the template's exact layout: the title, the sections in
 * the document's order ({@link Plan#sectionsInOrder()}), each written by the {@link SectionSyntax}
 * of its kind, the extra sections after the section they follow, and the {@code ---} separators.
 * Stateless apart from the language; one instance per write.
 */
public final class PlanRenderer {
  private final Language lang;
  private final boolean translate;
  private final Map<SectionKind, SectionSyntax<?>> sections;

  /**
   * A renderer for a language that writes the plan's labels as they are.
   *
   * @param sections the syntax of every kind of section
   */
  public PlanRenderer(Language lang, Map<SectionKind, SectionSyntax<?>> sections) {
    this(lang, false, sections);
  }

  /**
   * A renderer for a language.
   *
   * @param translate whether the labels that are the template's own wording are written in {@code
   *     lang} too (a writer asked for a language); the author's own words never are
   * @param sections the syntax of every kind of section
   */
  public PlanRenderer(
      Language lang, boolean translate, Map<SectionKind, SectionSyntax<?>> sections) {
    this.lang = lang;
    this.translate = translate;
    this.sections = sections;
  }

  /** The whole document, ending with one line break. */
  public String render(Plan plan) {
    sections.values().forEach(s -> s.checkViewAroundTitle(plan));
    String body = body(plan);
    if (plan.enclosingFence().isEmpty()) {
      return body;
    }
    // The document was wrapped in one fence (chat output); wrap it again, closed by the fence's
    // own characters.
    String open = plan.enclosingFence().get();
    int run = 0;
    while (run < open.length() && open.charAt(run) == open.charAt(0)) {
      run++;
    }
    return open + "\n" + body + open.substring(0, run) + "\n";
  }

  private String body(Plan plan) {
    List<String> top = new ArrayList<>();
    plan.beforeTitle().ifPresent(top::add);
    if (!plan.title().isEmpty()) {
      top.add("# " + Inline.escapeHeading(plan.titleHeading()));
    }
    plan.afterTitle().ifPresent(top::add);
    // Known sections are followed by the template's '---' separator; extra sections keep their
    // own closing '---' in their body, so none is added after them.
    List<String> written = new ArrayList<>();
    List<Boolean> separated = new ArrayList<>();
    extraSections(plan, "", written, separated);
    for (SectionKind kind : plan.sectionsInOrder()) {
      Optional<String> section = section(sections.get(kind), plan).filter(s -> !s.isEmpty());
      if (section.isPresent()) {
        written.add(section.get());
        separated.add(true);
        extraSections(plan, kind.key(), written, separated);
      }
    }
    StringBuilder sb = new StringBuilder(4096);
    sb.append(String.join("\n\n", top));
    for (int i = 0; i < written.size(); i++) {
      if (sb.length() > 0) {
        sb.append(i > 0 && separated.get(i - 1) ? "\n\n---\n\n" : "\n\n");
      }
      sb.append(written.get(i));
    }
    if (sb.length() > 0) {
      sb.append('\n');
    }
    return sb.toString();
  }

  private void extraSections(Plan plan, String anchor, List<String> into, List<Boolean> separated) {
    for (ExtraSection e : plan.extraSections()) {
      if (e.anchor().equals(anchor)) {
        String h;
        if (e.heading().indexOf('\n') >= 0) {
          h = e.heading() + "\n---"; // a multi-line heading can only be a setext heading
        } else {
          h = e.heading().isEmpty() ? "##" : "## " + Inline.escapeHeading(e.heading());
        }
        into.add(h + (e.body().isEmpty() ? "" : "\n\n" + e.body()));
        separated.add(false);
      }
    }
  }

  /**
   * One section of the plan as the whole document would write it, heading first, or empty when the
   * plan has no such section.
   */
  public Optional<String> section(SectionKind kind, Plan plan) {
    return section(sections.get(kind), plan).filter(s -> !s.isEmpty());
  }

  private <T> Optional<String> section(SectionSyntax<T> syntax, Plan plan) {
    return syntax.in(plan).map(s -> syntax.write(s, context(syntax.kind(), plan)));
  }

  private WriteContext context(SectionKind kind, Plan plan) {
    // The author's heading is written as is, number and all (or none): it is their words. Asked
    // for a language, the writer translates the template's own words in it and keeps the number.
    String label = plan.labels().get(kind.key());
    String heading;
    if (label == null || label.isEmpty()) {
      heading = Vocabulary.sectionHeading(kind, lang);
    } else {
      Term term = Vocabulary.SECTIONS.get(kind);
      heading = Inline.escapeHeading(translate ? Vocabulary.translated(label, term, lang) : label);
    }
    return new WriteContext(lang, "## " + heading, kind.key(), plan.labels(), translate);
  }
}
