package dev.plandoc.model;

import dev.plandoc.model.internal.Edits;
import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.*;
import java.util.*;
import org.immutables.value.Value;

/**
 * One row of the selected-technologies table.
 *
 * <pre>{@code
 * new TechChoice("백엔드", "FastAPI 0.115", "기존 스택", Map.of());
 * choice.withTechnology("FastAPI 0.116").withExtraCell("버전", "0.116");
 * }</pre>
 *
 * @param area the area (항목), e.g. 백엔드
 * @param technology the technology chosen
 * @param reason why it was chosen
 * @param extraCells cells of columns the template does not have, by header, in order
 */
@Value.Builder
public record TechChoice(
    String area, String technology, String reason, Map<String, String> extraCells)
    implements WithTechChoice {
  /** Checks the values. */
  public TechChoice {
    Texts.singleLine(area, "area");
    Texts.singleLine(technology, "technology");
    Texts.singleLine(reason, "reason");
    extraCells = Texts.orderedMap(extraCells, "extraCells");
  }

  /**
   * A copy with the cell of the extra column {@code header} set to {@code value}: in its place when
   * the row has that cell, else after its other extra cells. The section's {@code columns} must
   * name the column.
   */
  public TechChoice withExtraCell(String header, String value) {
    return withExtraCells(Edits.put(extraCells, header, value));
  }
}
