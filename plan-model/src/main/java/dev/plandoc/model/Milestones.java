package dev.plandoc.model;

import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.*;
import java.util.*;
import org.immutables.value.Value;

/**
 * Section 13, milestones.
 *
 * <p>Anchors for {@link #extras()}: {@code ""} and {@code "milestones"}. Known column keys: {@code
 * phase}, {@code work}, {@code estimate}.
 *
 * <pre>{@code
 * new MilestonesBuilder().addMilestones(new Milestone("1", "API", new DurationText("2일"), Map.of())).build();
 * }</pre>
 *
 * @param columns the table's column order, empty for the template's
 * @param milestones the milestones in order
 * @param extras unrecognised content
 */
@Value.Builder
public record Milestones(List<String> columns, List<Milestone> milestones, List<RawMarkdown> extras)
    implements KeepsMarkdown {
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
}
