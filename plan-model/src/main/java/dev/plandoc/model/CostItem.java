package dev.plandoc.model;

import dev.plandoc.model.internal.Edits;
import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.*;
import java.util.*;
import org.immutables.value.Value;

/**
 * One row of the cost table.
 *
 * <pre>{@code
 * new CostItem("Cloud Run", new MoneyText("$45"), "최소 2 인스턴스", Map.of());
 * item.withMonthlyCost("$50").withBasis("2 인스턴스");
 * }</pre>
 *
 * @param item what is paid for (항목)
 * @param monthlyCost the monthly cost (월 비용)
 * @param basis how the cost was estimated (근거)
 * @param extraCells cells of extra columns, by header, in order
 */
@Value.Builder
public record CostItem(
    String item, MoneyText monthlyCost, String basis, Map<String, String> extraCells)
    implements WithCostItem {
  /** Checks the values. */
  public CostItem {
    Texts.singleLine(item, "item");
    Texts.required(monthlyCost, "monthlyCost");
    Texts.singleLine(basis, "basis");
    extraCells = Texts.orderedMap(extraCells, "extraCells");
  }

  /**
   * A copy with {@link #monthlyCost() monthlyCost} set to the text {@code monthlyCost}, as written
   * (a {@link MoneyText}).
   */
  public CostItem withMonthlyCost(String monthlyCost) {
    return withMonthlyCost(new MoneyText(monthlyCost));
  }

  /**
   * A copy with the cell of the extra column {@code header} set to {@code value}: in its place when
   * the row has that cell, else after its other extra cells. The section's {@code columns} must
   * name the column.
   */
  public CostItem withExtraCell(String header, String value) {
    return withExtraCells(Edits.put(extraCells, header, value));
  }
}
