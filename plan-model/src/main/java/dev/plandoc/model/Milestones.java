package dev.plandoc.model;

import dev.plandoc.model.internal.Edits;
import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.*;
import java.util.*;
import java.util.function.UnaryOperator;
import org.immutables.value.Value;

/**
 * Section 13, milestones.
 *
 * <p>Anchors for {@link #extras()}: {@code ""} and {@code "milestones"}. Known column keys: {@code
 * phase}, {@code work}, {@code estimate}.
 *
 * <pre>{@code
 * new MilestonesBuilder().addMilestones(new Milestone("1", "API", new DurationText("2일"), Map.of())).build();
 * milestones.withMilestone(1, m -> m.withEstimate("3일")).withMilestoneAdded(release);
 * }</pre>
 *
 * @param columns the table's column order, empty for the template's
 * @param milestones the milestones in order
 * @param extras unrecognised content
 */
@Value.Builder
public record Milestones(List<String> columns, List<Milestone> milestones, List<RawMarkdown> extras)
    implements KeepsMarkdown, WithMilestones {
  /** Column keys of the template's table, in order. */
  public static final List<String> KNOWN_COLUMNS = List.of("phase", "work", "estimate");

  /** Checks the values. */
  public Milestones {
    milestones = Texts.list(milestones, "milestones");
    // Only the milestones of their own are rows of the table; views keep their own Markdown.
    List<Milestone> rows = milestones.stream().filter(m -> !m.isView()).toList();
    // A table without rows is not written, so it keeps no column order.
    columns = rows.isEmpty() ? List.of() : columns;
    columns =
        Columns.checked(
            columns, Set.copyOf(KNOWN_COLUMNS), rows.stream().map(Milestone::extraCells).toList());
    if (rows.isEmpty()) {
      extras = RawMarkdown.moved(extras, "milestones", "");
    }
    extras = RawMarkdown.checked(extras, "milestones.extras", List.of("milestones"));
    Views.check(milestones, extras, "milestones.milestones");
  }

  /**
   * A copy with the item of {@link #milestones() milestones} at {@code index} changed by {@code
   * change}. The changed item keeps the old one's {@link RawMarkdownView#viewOf() viewOf}, whatever
   * the change returns: a view stays a view of the same Markdown.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index < milestones().size()}
   */
  public Milestones withMilestone(int index, UnaryOperator<Milestone> change) {
    return withMilestones(
        Views.replaced(milestones, index, change, Milestone::withViewOf, "milestones.milestones"));
  }

  /**
   * A copy with {@code milestone} added to {@link #milestones() milestones}, after its siblings.
   */
  public Milestones withMilestoneAdded(Milestone milestone) {
    return withMilestoneAdded(milestones.size(), milestone);
  }

  /**
   * A copy with {@code milestone} added to {@link #milestones() milestones} at {@code index}; the
   * items from {@code index} on follow it.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index <= milestones().size()}
   */
  public Milestones withMilestoneAdded(int index, Milestone milestone) {
    return withMilestones(Edits.inserted(milestones, index, milestone, "milestones.milestones"));
  }

  /**
   * A copy without the item of {@link #milestones() milestones} at {@code index}.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index < milestones().size()}
   */
  public Milestones withoutMilestone(int index) {
    return withMilestones(Edits.removed(milestones, index, "milestones.milestones"));
  }

  /**
   * A copy with the item of {@link #milestones() milestones} at {@code from} moved so that it is at
   * {@code to}.
   *
   * @throws IndexOutOfBoundsException unless both are in {@code 0 <= i < milestones().size()}
   */
  public Milestones withMilestoneMoved(int from, int to) {
    return withMilestones(Edits.moved(milestones, from, to, "milestones.milestones"));
  }
}
