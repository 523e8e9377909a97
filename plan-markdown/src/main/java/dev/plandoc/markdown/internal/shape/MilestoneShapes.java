package dev.plandoc.markdown.internal.shape;

import dev.plandoc.markdown.internal.Inline;
import dev.plandoc.markdown.internal.ReadContext;
import dev.plandoc.markdown.internal.TableText;
import dev.plandoc.markdown.internal.Vocabulary;
import dev.plandoc.model.Milestone;
import dev.plandoc.model.MilestoneBuilder;
import dev.plandoc.model.Milestones;
import dev.plandoc.model.value.DurationText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;

/**
 * The milestone shapes agents write besides the template's table, read as views: phase headings
 * {@code ### Phase 1: 색인 파이프라인 (2주)} and phase bullets {@code - **1주차**: 스키마·API}, {@code - Week
 * 1-2: …}, {@code - **M1 (2 weeks)** — …}. A phase is a label that numbers a step of the plan
 * (Phase, Stage, Sprint, Milestone, Step, Week, M1, 1단계, 1주차, 1차); the estimate is the duration in
 * parentheses, or the weeks a week label names.
 */
public final class MilestoneShapes {
  private static final String PHASE =
      "(?:(?:Phase|Stage|Sprint|Milestone|Step|Iteration)\\s*\\d+(?:\\.\\d+)?|Weeks?\\s*\\d+(?:\\s*[–—~-]\\s*\\d+)?|M\\d+|\\d+(?:\\s*[–—~-]\\s*\\d+)?\\s*(?:단계|주차|차|일차)|Day\\s*\\d+(?:\\s*[–—~-]\\s*\\d+)?)";
  private static final Pattern HEADING =
      Pattern.compile(
          "^(" + PHASE + ")\\s*(?:[:：.—–-]\\s*(.*?))?\\s*(?:[(（]([^()（）]*)[)）])?$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern BULLET =
      Pattern.compile(
          "^(?:\\*\\*)?(" + PHASE + ")\\s*(?:[(（]([^()（）]*)[)）])?(?:\\*\\*)?\\s*[:：—–-]\\s*(.+)$",
          Pattern.CASE_INSENSITIVE);

  private MilestoneShapes() {}

  /** The milestones the kept Markdown lists, in order. */
  public static List<Milestone> read(KeptMarkdown kept) {
    List<Milestone> out = new ArrayList<>();
    for (Node b : kept.blocks()) {
      if (b instanceof TableBlock t) {
        TableText.read(kept.lines(t), Milestones.KNOWN_COLUMNS)
            .filter(x -> x.columns().contains("phase") && hasTotalRow(x))
            .ifPresent(
                x ->
                    x.rows().stream()
                        .filter(row -> !isTotal(x.cell(row, "phase")))
                        .forEach(row -> out.add(row(x, row))));
      } else if (b instanceof Heading h) {
        Matcher m = HEADING.matcher(kept.headingText(h).replace("**", "").strip());
        if (m.matches()) {
          milestone(m.group(1), m.group(2), m.group(3)).ifPresent(out::add);
        }
      } else if (b instanceof ListBlock l) {
        List<Milestone> items = new ArrayList<>();
        for (String item : kept.items(l)) {
          Matcher m = BULLET.matcher(item.lines().findFirst().orElse("").strip());
          if (!m.matches()) {
            items.clear(); // a list with other items is not a list of phases
            break;
          }
          milestone(m.group(1), m.group(3), m.group(2)).ifPresent(items::add);
        }
        out.addAll(items);
      }
    }
    return out;
  }

  /** Whether a milestone table ends in a total row, {@code | **합계** | | **132h** |}. */
  public static boolean hasTotalRow(TableText t) {
    return t.rows().stream().anyMatch(row -> isTotal(t.cell(row, "phase")));
  }

  private static boolean isTotal(String phase) {
    return Inline.isBold(phase)
        && ReadContext.isTerm(Vocabulary.TOTAL, Inline.stripDecoration(phase));
  }

  /**
   * One row of a milestone table. A table without an estimate column whose phases are week numbers
   * ({@code 1주차}, {@code Week 2-3}) states each phase's length in its label.
   */
  public static Milestone row(TableText t, List<String> row) {
    String estimate = t.cell(row, "estimate");
    if (!t.columns().contains("estimate")
        && new DurationText(t.cell(row, "phase")).value().isPresent()) {
      estimate = t.cell(row, "phase");
    }
    return new Milestone(
        t.cell(row, "phase"), t.cell(row, "work"), new DurationText(estimate), t.extraCells(row));
  }

  private static Optional<Milestone> milestone(String phase, String work, String estimate) {
    String w = work == null ? "" : work.strip();
    String e = "";
    if (estimate != null) {
      if (new DurationText(estimate.strip()).value().isPresent()) {
        e = estimate.strip();
      } else {
        w = (w + " (" + estimate.strip() + ")").strip(); // a note in parentheses, not a duration
      }
    }
    if (e.isEmpty() && new DurationText(phase).value().isPresent()) {
      e = phase; // a week label names its own length
    }
    try {
      return Optional.of(
          new MilestoneBuilder()
              .phase(phase.strip())
              .work(w)
              .estimate(new DurationText(e))
              .build());
    } catch (IllegalArgumentException ex) {
      return Optional.empty();
    }
  }
}
