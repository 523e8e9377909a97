package dev.plandoc.model;

import dev.plandoc.model.internal.Edits;
import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.*;
import java.util.*;
import java.util.function.UnaryOperator;
import org.immutables.value.Value;

/**
 * Section 12, the cost estimate: one row per item and the total.
 *
 * <p>Anchors for {@link #extras()}: {@code ""} and {@code "items"}. Known column keys: {@code
 * item}, {@code monthlyCost}, {@code basis}.
 *
 * <pre>{@code
 * new CostEstimateBuilder().addItems(row).total(new CostTotal(new MoneyText("$164"), "", Map.of())).build();
 * cost.withCostItem(0, i -> i.withMonthlyCost("$50")).withTotal(t -> t.withAmount("**$314**"));
 * }</pre>
 *
 * @param columns the table's column order, empty for the template's
 * @param items the cost rows
 * @param total the total row
 * @param extras unrecognised content
 */
@Value.Builder
public record CostEstimate(
    List<String> columns, List<CostItem> items, Optional<CostTotal> total, List<RawMarkdown> extras)
    implements KeepsMarkdown, WithCostEstimate {
  /** Column keys of the template's table, in order. */
  public static final List<String> KNOWN_COLUMNS = List.of("item", "monthlyCost", "basis");

  /** Checks the values. */
  public CostEstimate {
    items = Texts.list(items, "items");
    List<Map<String, String>> cells = new ArrayList<>();
    items.forEach(i -> cells.add(i.extraCells()));
    total.ifPresent(t -> cells.add(t.extraCells()));
    // A table without rows is not written, so it keeps no column order.
    columns = cells.isEmpty() ? List.of() : columns;
    columns = Columns.checked(columns, Set.copyOf(KNOWN_COLUMNS), cells);
    if (total.isPresent() && !columns.isEmpty() && !columns.contains("item")) {
      throw new IllegalArgumentException(
          "the total row is labelled in the item column; columns " + columns + " lack 'item'");
    }
    if (items.isEmpty() && total.isEmpty()) {
      extras = RawMarkdown.moved(extras, "items", "");
    }
    extras = RawMarkdown.checked(extras, "costEstimate.extras", List.of("items"));
  }

  /** The sum of the rows' monthly costs, when every row parses and all share one currency. */
  public Optional<Money> sumOfItems() {
    Money sum = null;
    for (CostItem item : items) {
      Optional<Money> m = item.monthlyCost().value();
      if (m.isEmpty() || (sum != null && !sum.currency().equals(m.get().currency()))) {
        return Optional.empty();
      }
      sum = sum == null ? m.get() : sum.plus(m.get());
    }
    return Optional.ofNullable(sum);
  }

  /**
   * A copy with {@link #total() total} changed by {@code change}. When it is absent the change is
   * applied to an empty one, which is added unless the change leaves it empty: a change that
   * changes nothing never adds a part.
   */
  public CostEstimate withTotal(UnaryOperator<CostTotal> change) {
    return withTotal(
        Edits.changedPart(
            total, () -> new CostTotal(new MoneyText(""), "", Map.of()), change, "total"));
  }

  /** A copy without {@link #total() total}. */
  public CostEstimate withoutTotal() {
    return withTotal(Optional.empty());
  }

  /**
   * A copy with the item of {@link #items() items} at {@code index} changed by {@code change}.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index < items().size()}
   */
  public CostEstimate withCostItem(int index, UnaryOperator<CostItem> change) {
    return withItems(Edits.replaced(items, index, change, "costEstimate.items"));
  }

  /** A copy with {@code costItem} added to {@link #items() items}, after its siblings. */
  public CostEstimate withCostItemAdded(CostItem costItem) {
    return withCostItemAdded(items.size(), costItem);
  }

  /**
   * A copy with {@code costItem} added to {@link #items() items} at {@code index}; the items from
   * {@code index} on follow it.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index <= items().size()}
   */
  public CostEstimate withCostItemAdded(int index, CostItem costItem) {
    return withItems(Edits.inserted(items, index, costItem, "costEstimate.items"));
  }

  /**
   * A copy without the item of {@link #items() items} at {@code index}.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index < items().size()}
   */
  public CostEstimate withoutCostItem(int index) {
    return withItems(Edits.removed(items, index, "costEstimate.items"));
  }

  /**
   * A copy with the item of {@link #items() items} at {@code from} moved so that it is at {@code
   * to}.
   *
   * @throws IndexOutOfBoundsException unless both are in {@code 0 <= i < items().size()}
   */
  public CostEstimate withCostItemMoved(int from, int to) {
    return withItems(Edits.moved(items, from, to, "costEstimate.items"));
  }
}
