package dev.plandoc.model;

import dev.plandoc.model.internal.Texts;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The order a plan's sections are written in ({@link Plan#sectionOrder()}): the document's own, or
 * the template's. Package-private: {@link Plan} keeps it, {@link Plan#sectionsInOrder()} shows it.
 *
 * <p>An order is kept in one normal form so that two plans that write the same way are equal: the
 * kinds of the sections the plan has, every one of them once, or the empty list when that is the
 * template's order. A section the given order leaves out (one added in code to a plan read from a
 * document) goes after the last section of the order that comes before it in the template, so it
 * lands where the template would put it among the author's sections.
 */
final class SectionOrder {
  private SectionOrder() {}

  /**
   * The normal form of an order for a plan that has the sections {@code present} says it has.
   *
   * @throws IllegalArgumentException when the order names a kind twice
   * @throws NullPointerException when it holds null
   */
  static List<SectionKind> normalize(List<SectionKind> order, Predicate<SectionKind> present) {
    List<SectionKind> given = Texts.list(order, "sectionOrder");
    Set<SectionKind> seen = EnumSet.noneOf(SectionKind.class);
    for (SectionKind k : given) {
      if (!seen.add(k)) {
        throw new IllegalArgumentException(
            "sectionOrder names section '" + k.key() + "' twice: " + keys(given));
      }
    }
    List<SectionKind> full = complete(given, present);
    List<SectionKind> template = new ArrayList<>();
    for (SectionKind k : SectionKind.values()) {
      if (present.test(k)) {
        template.add(k);
      }
    }
    return full.equals(template) ? List.of() : List.copyOf(full);
  }

  /**
   * The kinds of the sections the plan has in the order they are written: the given order (normal
   * or not) with absent kinds dropped and left-out ones put after their template predecessor.
   */
  static List<SectionKind> complete(List<SectionKind> order, Predicate<SectionKind> present) {
    List<SectionKind> out = new ArrayList<>();
    for (SectionKind k : order) {
      if (present.test(k) && !out.contains(k)) {
        out.add(k);
      }
    }
    for (SectionKind k : SectionKind.values()) {
      if (!present.test(k) || out.contains(k)) {
        continue;
      }
      int at = 0;
      for (int i = 0; i < out.size(); i++) {
        if (out.get(i).ordinal() < k.ordinal()) {
          at = i + 1;
        }
      }
      out.add(at, k);
    }
    return out;
  }

  private static List<String> keys(List<SectionKind> kinds) {
    return kinds.stream().map(SectionKind::key).toList();
  }
}
