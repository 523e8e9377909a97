package dev.plandoc.markdown.internal.edit;

import dev.plandoc.markdown.internal.PlanRenderer;
import dev.plandoc.model.Metadata;
import dev.plandoc.model.Plan;
import dev.plandoc.model.SectionKind;
import dev.plandoc.model.check.SourceMap;
import dev.plandoc.model.check.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The coarse candidate for a change no finer one could carry: the section's body written anew by
 * the canonical section writer, under the author's own heading, with everything outside the section
 * untouched. A section the edit adds goes after the section before it in template order; a section
 * it removes takes its own lines.
 */
final class SectionPatch {
  private final EditBuffer buffer;
  private final BlockIndex index;
  private final SourceMap map;
  private final PlanRenderer renderer;

  SectionPatch(EditBuffer buffer, SourceMap map, PlanRenderer renderer) {
    this.buffer = buffer;
    this.index = BlockIndex.of(buffer);
    this.map = map;
    this.renderer = renderer;
  }

  /** The buffer with one section of {@code current} rewritten as it is in {@code edited}. */
  Optional<EditBuffer> patch(SectionKind kind, Plan current, Plan edited) {
    if (kind == SectionKind.METADATA
        && (current.metadata().flatMap(Metadata::viewOf).isPresent()
            || edited.metadata().flatMap(Metadata::viewOf).isPresent())) {
      return Optional.empty();
    }
    Optional<String> rendered;
    try {
      rendered = renderer.section(kind, edited);
    } catch (IllegalArgumentException e) {
      // An edited view the canonical writer cannot write as the Markdown it was read from.
      return Optional.empty();
    }
    boolean present = ModelReflection.at(current, kind.key()).isPresent();
    SourcePosition at = map.positions().get(kind.key());
    if (present && (at == null || at.line() > buffer.size())) {
      return Optional.empty();
    }
    if (present) {
      int heading = at.line() - 1;
      int end = index.headingEnd(heading, buffer.size());
      if (rendered.isEmpty()) {
        return Optional.of(buffer.replace(heading, end, List.of()));
      }
      List<String> lines = List.of(rendered.get().split("\n", -1));
      boolean sameHeading =
          Objects.equals(current.labels().get(kind.key()), edited.labels().get(kind.key()));
      int bodyFrom = heading + 1;
      while (bodyFrom < end && index.isBlank(bodyFrom)) {
        bodyFrom++;
      }
      int bodyTo = Math.max(bodyFrom, index.trimEnd(heading, end));
      List<String> body = body(lines);
      if (!sameHeading) {
        List<String> all = new ArrayList<>();
        all.add(lines.get(0));
        all.add("");
        all.addAll(body);
        return Optional.of(buffer.replace(heading, bodyTo, all));
      }
      if (bodyFrom >= bodyTo) {
        List<String> all = new ArrayList<>(List.of(""));
        all.addAll(body);
        return Optional.of(buffer.replace(heading + 1, heading + 1, all));
      }
      return Optional.of(buffer.replace(bodyFrom, bodyTo, body));
    }
    if (rendered.isEmpty()) {
      return Optional.empty();
    }
    List<String> lines = new ArrayList<>(List.of(rendered.get().split("\n", -1)));
    if (!numbered()) {
      // The document's sections have no numbers, so the new one gets none either.
      lines.set(0, NUMBER.matcher(lines.get(0)).replaceFirst("## "));
    }
    return Optional.of(inserted(kind, current, lines));
  }

  private static final Pattern NUMBER = Pattern.compile("^##\\s+\\d+\\.\\s*");

  /** Whether the document numbers its sections: some {@code ##} heading starts with a number. */
  private boolean numbered() {
    boolean any = false;
    for (int i = 0; i < buffer.size(); i++) {
      if (index.headingLevel(i) == 2) {
        if (NUMBER.matcher(buffer.line(i)).find()) {
          return true;
        }
        any = true;
      }
    }
    return !any;
  }

  /** A rendered section without its heading and the blank lines around its body. */
  static List<String> body(List<String> lines) {
    int from = 1;
    while (from < lines.size() && lines.get(from).isBlank()) {
      from++;
    }
    int to = lines.size();
    while (to > from && lines.get(to - 1).isBlank()) {
      to--;
    }
    return lines.subList(from, to);
  }

  /** A new section after the one before it in template order, separated as the sections are. */
  private EditBuffer inserted(SectionKind kind, Plan current, List<String> lines) {
    int at = -1;
    for (SectionKind k : SectionKind.values()) {
      if (k.ordinal() >= kind.ordinal()) {
        break;
      }
      SourcePosition p = map.positions().get(k.key());
      if (ModelReflection.at(current, k.key()).isPresent() && p != null) {
        at = index.headingEnd(p.line() - 1, buffer.size());
      }
    }
    if (at < 0) {
      at = firstSection();
    }
    boolean separated = false;
    int before = at - 1;
    while (before >= 0 && index.isBlank(before)) {
      before--;
    }
    if (before >= 0 && index.isBreak(before)) {
      separated = true;
    }
    List<String> insert = new ArrayList<>();
    if (at >= buffer.size()) {
      if (buffer.size() > 0 && !buffer.line(buffer.size() - 1).isBlank()) {
        insert.add("");
      }
      if (separated) {
        insert.add("---");
        insert.add("");
      }
      insert.addAll(lines);
    } else {
      insert.addAll(lines);
      insert.add("");
      if (separated) {
        insert.add("---");
        insert.add("");
      }
    }
    return buffer.replace(at, at, insert);
  }

  private int firstSection() {
    for (int i = 0; i < buffer.size(); i++) {
      if (index.headingLevel(i) == 2) {
        return i;
      }
    }
    return buffer.size();
  }
}
