package dev.plandoc.markdown.internal;

import dev.plandoc.model.SectionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * Sections agents write as a {@code ###} sub-section of another part: {@code ### 1.3 기술 스택 (권장)}
 * inside {@code ## 1. 개요}, {@code ### 3.2 외부 연동} inside the tech-stack section, {@code ### 성능}
 * inside {@code ## 기타 고려사항}. Such a sub-section is read as the section it names when the document
 * has no {@code ##} section of that kind and its heading says so clearly: inside a section the
 * reader recognised, only a phrase that names a section on its own ({@link SectionHeadings#PHRASE}:
 * {@code 외부 연동}, not a bare {@code 데이터베이스}, which a tech-stack section uses for a component),
 * inside an extra section at least a section's core noun ({@link SectionHeadings#NOUN}). A
 * sub-section that names the section it is in is that section's own part.
 */
final class NestedSections {
  private NestedSections() {}

  /** A sub-section read as a section: its kind, heading and the blocks under the heading. */
  record Lifted(SectionKind kind, Heading heading, List<Node> body) {}

  /**
   * The body split into what stays (in runs of adjacent blocks, for slicing) and the sub-sections
   * read as sections.
   */
  record Split(List<List<Node>> runs, List<Lifted> lifted) {
    /** The blocks that stay, in order. */
    List<Node> rest() {
      List<Node> all = new ArrayList<>();
      runs.forEach(all::addAll);
      return all;
    }
  }

  /**
   * Splits a section's body.
   *
   * @param host the section's kind, empty for an extra section
   * @param taken the kinds the document already has, which no sub-section can be
   */
  static Split split(
      ReadContext ctx, List<Node> body, Optional<SectionKind> host, Set<SectionKind> taken) {
    int minimum = host.isPresent() ? SectionHeadings.PHRASE : SectionHeadings.NOUN;
    if (taken.stream().filter(k -> k != SectionKind.METADATA).count()
        == SectionKind.values().length - 1) {
      // Every section is there already (the template's shape): no sub-section can be one.
      return new Split(body.isEmpty() ? List.of() : List.of(body), List.of());
    }
    List<List<Node>> runs = new ArrayList<>();
    List<Lifted> lifted = new ArrayList<>();
    List<Node> run = new ArrayList<>();
    int i = 0;
    while (i < body.size()) {
      Node n = body.get(i);
      Optional<SectionKind> kind = Optional.empty();
      if (n instanceof Heading h && h.getLevel() == 3) {
        kind =
            SectionHeadings.recognise(ctx.headingText(h))
                .filter(m -> m.weight() >= minimum)
                .map(SectionHeadings.Match::kind)
                .filter(k -> k != SectionKind.METADATA && !taken.contains(k))
                .filter(k -> host.map(x -> x != k).orElse(true))
                .filter(k -> lifted.stream().noneMatch(l -> l.kind() == k));
      }
      if (kind.isEmpty()) {
        run.add(n);
        i++;
        continue;
      }
      int end = i + 1;
      while (end < body.size()
          && !(body.get(end) instanceof Heading next && next.getLevel() <= 3)) {
        end++;
      }
      lifted.add(new Lifted(kind.get(), (Heading) n, new ArrayList<>(body.subList(i + 1, end))));
      if (!run.isEmpty()) {
        runs.add(run);
        run = new ArrayList<>();
      }
      i = end;
    }
    if (!run.isEmpty()) {
      runs.add(run);
    }
    return new Split(runs, lifted);
  }
}
