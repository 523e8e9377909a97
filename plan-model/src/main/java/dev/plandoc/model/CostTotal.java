package dev.plandoc.model;

import dev.plandoc.model.internal.Edits;
import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.*;
import java.util.*;
import org.immutables.value.Value;

/**
 * The total row of the cost table ({@code | **총계** | **$164** | |}).
 *
 * <pre>{@code
 * new CostTotal(new MoneyText("$164"), "", Map.of());
 * total.withAmount("**$302**");
 * }</pre>
 *
 * @param amount the total as written, without the bold markers
 * @param basis the third cell, usually empty
 * @param extraCells cells of extra columns, by header, in order
 */
@Value.Builder
public record CostTotal(MoneyText amount, String basis, Map<String, String> extraCells)
    implements WithCostTotal {
  /** Checks the values. */
  public CostTotal {
    Texts.required(amount, "amount");
    Texts.singleLine(basis, "basis");
    extraCells = Texts.orderedMap(extraCells, "extraCells");
  }

  /**
   * A copy with {@link #amount() amount} set to the text {@code amount}, as written (a {@link
   * MoneyText}).
   */
  public CostTotal withAmount(String amount) {
    return withAmount(new MoneyText(amount));
  }

  /**
   * A copy with the cell of the extra column {@code header} set to {@code value}: in its place when
   * the row has that cell, else after its other extra cells. The section's {@code columns} must
   * name the column.
   */
  public CostTotal withExtraCell(String header, String value) {
    return withExtraCells(Edits.put(extraCells, header, value));
  }
}
