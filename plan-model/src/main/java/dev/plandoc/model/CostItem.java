package dev.plandoc.model;

import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.*;
import java.util.*;
import org.immutables.value.Value;

/**
 * One row of the cost table.
 *
 * <pre>{@code
 * new CostItem("Cloud Run", new MoneyText("$45"), "최소 2 인스턴스", Map.of());
 * }</pre>
 *
 * @param item what is paid for (항목)
 * @param monthlyCost the monthly cost (월 비용)
 * @param basis how the cost was estimated (근거)
 * @param extraCells cells of extra columns, by header, in order
 */
@Value.Builder
public record CostItem(
    String item, MoneyText monthlyCost, String basis, Map<String, String> extraCells) {
  /** Checks the values. */
  public CostItem {
    Texts.singleLine(item, "item");
    Texts.required(monthlyCost, "monthlyCost");
    Texts.singleLine(basis, "basis");
    extraCells = Texts.orderedMap(extraCells, "extraCells");
  }
}
