package dev.plandoc.model;

import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.*;
import java.util.*;
import org.immutables.value.Value;

/**
 * One row of the selected-technologies table.
 *
 * <pre>{@code
 * new TechChoice("백엔드", "FastAPI 0.115", "기존 스택", Map.of());
 * }</pre>
 *
 * @param area the area (항목), e.g. 백엔드
 * @param technology the technology chosen
 * @param reason why it was chosen
 * @param extraCells cells of columns the template does not have, by header, in order
 */
@Value.Builder
public record TechChoice(
    String area, String technology, String reason, Map<String, String> extraCells) {
  /** Checks the values. */
  public TechChoice {
    Texts.singleLine(area, "area");
    Texts.singleLine(technology, "technology");
    Texts.singleLine(reason, "reason");
    extraCells = Texts.orderedMap(extraCells, "extraCells");
  }
}
