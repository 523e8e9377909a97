package dev.plandoc.model;

import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.*;
import java.util.*;
import org.immutables.value.Value;

/**
 * The total row of the cost table ({@code | **총계** | **$164** | |}).
 *
 * <pre>{@code
 * new CostTotal(new MoneyText("$164"), "", Map.of());
 * }</pre>
 *
 * @param amount the total as written, without the bold markers
 * @param basis the third cell, usually empty
 * @param extraCells cells of extra columns, by header, in order
 */
@Value.Builder
public record CostTotal(MoneyText amount, String basis, Map<String, String> extraCells) {
  /** Checks the values. */
  public CostTotal {
    Texts.required(amount, "amount");
    Texts.singleLine(basis, "basis");
    extraCells = Texts.orderedMap(extraCells, "extraCells");
  }
}
