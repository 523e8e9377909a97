package dev.plandoc.model;

import dev.plandoc.model.internal.Edits;
import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.*;
import java.util.*;
import org.immutables.value.Value;

/**
 * One row of the milestones table.
 *
 * <p>Every {@code with…} method but {@code withViewOf} keeps {@link #viewOf()}: an edited view is
 * still a view of the Markdown it was read from, which a faithful Markdown writer needs to know.
 *
 * <pre>{@code
 * new Milestone("1", "스키마와 API", new DurationText("2일"), Map.of());
 * milestone.withWork("OCR 연동").withEstimate("3일");
 * }</pre>
 *
 * @param phase the phase (단계)
 * @param work the work (내용)
 * @param estimate the estimated time (예상 시간)
 * @param extraCells cells of extra columns, by header, in order
 * @param viewOf the anchor of the kept Markdown this item is read from, when it is a {@link
 *     RawMarkdownView view}
 */
@Value.Builder
public record Milestone(
    String phase,
    String work,
    DurationText estimate,
    Map<String, String> extraCells,
    Optional<String> viewOf)
    implements RawMarkdownView, WithMilestone {
  /** Checks the values. */
  public Milestone {
    viewOf.ifPresent(a -> Texts.required(a, "viewOf"));
    Texts.singleLine(phase, "phase");
    Texts.singleLine(work, "work");
    Texts.required(estimate, "estimate");
    extraCells = Texts.orderedMap(extraCells, "extraCells");
  }

  /** A milestone of its own (a row of the milestones table, not a view). */
  public Milestone(
      String phase, String work, DurationText estimate, Map<String, String> extraCells) {
    this(phase, work, estimate, extraCells, Optional.empty());
  }

  /**
   * A copy with {@link #estimate() estimate} set to the text {@code estimate}, as written (a {@link
   * DurationText}).
   */
  public Milestone withEstimate(String estimate) {
    return withEstimate(new DurationText(estimate));
  }

  /**
   * A copy with the cell of the extra column {@code header} set to {@code value}: in its place when
   * the row has that cell, else after its other extra cells. The section's {@code columns} must
   * name the column.
   */
  public Milestone withExtraCell(String header, String value) {
    return withExtraCells(Edits.put(extraCells, header, value));
  }
}
