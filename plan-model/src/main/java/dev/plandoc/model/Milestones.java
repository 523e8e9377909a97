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
public record Milestones(
    List<String> columns, List<Milestone> milestones, List<RawMarkdown> extras) {
  /** Column keys of the template's table, in order. */
  public static final List<String> KNOWN_COLUMNS = List.of("phase", "work", "estimate");

  /** Checks the values. */
  public Milestones {
    milestones = Texts.list(milestones, "milestones");
    // A table without rows is not written, so it keeps no column order.
    columns = milestones.isEmpty() ? List.of() : columns;
    columns =
        Columns.checked(
            columns,
            Set.copyOf(KNOWN_COLUMNS),
            milestones.stream().map(Milestone::extraCells).toList());
    if (milestones.isEmpty()) {
      extras = RawMarkdown.moved(extras, "milestones", "");
    }
    extras = RawMarkdown.checked(extras, "milestones.extras", List.of("milestones"));
  }
}
