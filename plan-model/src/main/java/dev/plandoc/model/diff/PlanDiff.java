package dev.plandoc.model.diff;

import dev.plandoc.model.Plan;
import java.util.List;
import java.util.Objects;

/**
 * What changed between two plans, as a list of {@link PlanChange}s: the plans compared by what they
 * say, not by how they are written.
 *
 * <pre>{@code
 * PlanDiff diff = PlanDiff.between(before, after);
 * if (!diff.isEmpty()) {
 *   diff.changes().forEach(c -> System.out.println(c.line()));
 *   // added /apiDesign/endpoints/3: endpoint POST /api/v1/receipts/{id}/retry
 *   // changed /costEstimate/items/0/monthlyCost: $120 → $150
 * }
 * }</pre>
 *
 * <h2>Layout is no change</h2>
 *
 * A plan and the same plan after {@code plan fmt}, with CRLF line breaks, with a byte order mark,
 * written in the other language, or read from its own JSON or YAML, have no change. So these are
 * layout and never compared:
 *
 * <ul>
 *   <li>the plan's {@link Plan#language() language}, the author's wording and numbering of the
 *       template's headings, keys and column headers ({@link Plan#labels() labels}), how the title
 *       heading is written ({@link Plan#titleForm() titleForm}), the fence the document was wrapped
 *       in ({@link Plan#enclosingFence() enclosingFence}) and the order of the sections ({@link
 *       Plan#sectionOrder() sectionOrder}): a section is the same section wherever it stands and
 *       however its heading is worded;
 *   <li>the order of a table's columns ({@code columns}); an extra column's cells are content, in
 *       each row's {@code extraCells};
 *   <li>where kept Markdown sits ({@link dev.plandoc.model.RawMarkdown#anchor() anchors}, which an
 *       insertion renumbers; the anchor of an extra section, and so the order of the extra
 *       sections) and which kept Markdown an item was read from ({@link
 *       dev.plandoc.model.RawMarkdownView#viewOf() viewOf});
 *   <li>in all text: line breaks (CRLF, CR or LF), a byte order mark, white space at the end of a
 *       line, blank lines at the start and end;
 *   <li>in Markdown kept verbatim (the {@code markdown} of {@code extras}, the body of an extra
 *       section, the content before and after the title) also the padding of table cells, the
 *       length of a table's delimiter row and runs of blank lines, outside code fences. A change of
 *       the words in kept Markdown is a change of that {@code extras} entry ({@code
 *       /risks/extras/0/markdown}); when items are read out of it as views, their changes are
 *       reported too;
 *   <li>the text of a typed value that is the template's own word for it in either language ({@code
 *       높음} and {@code High}) or the text a writer gives it ({@code $120} for 120 dollars).
 * </ul>
 *
 * <h2>Typed values</h2>
 *
 * Typed values (money, durations, dates, status codes, …) are compared by value: {@code $120} and
 * {@code $120.00} are the same amount, and the other text is a {@link ChangeKind#TEXT} change, not
 * a {@link ChangeKind#CHANGED} one. A value that does not parse (a placeholder, prose) is compared
 * by its text.
 *
 * <h2>Lists</h2>
 *
 * Items are matched by their identity where they have one, so an inserted item is one {@link
 * ChangeKind#ADDED} change and a reordered one a {@link ChangeKind#MOVED} change: an endpoint by
 * method and path, a table by name (case aside), a risk by title, a milestone by phase, a cost row
 * by item, a service, component, environment or extra section by name or heading, a tech choice by
 * its area, an alternative by technology, a header by name, a response by label and status, an
 * error class by code. An identity two items of one list share identifies neither. Items that are
 * the same are matched wherever they are. What is left is aligned by position between the matched
 * items: an item without an identity there is the same item changed; an item with one only when at
 * least half of its fields are the same (a renamed risk), else it was removed and another added.
 *
 * <p>A diff is an immutable value; computing one is thread-safe.
 *
 * @param changes the changes, in the order of the new plan's JSON form (removed items where they
 *     were)
 */
public record PlanDiff(List<PlanChange> changes) {
  /** Copies the list. */
  public PlanDiff {
    changes = List.copyOf(changes);
  }

  /**
   * The changes from {@code oldPlan} to {@code newPlan}.
   *
   * @param oldPlan the plan before
   * @param newPlan the plan after
   * @return the changes; empty when the plans say the same
   */
  public static PlanDiff between(Plan oldPlan, Plan newPlan) {
    Objects.requireNonNull(oldPlan, "oldPlan");
    Objects.requireNonNull(newPlan, "newPlan");
    return new PlanDiff(Differ.diff(oldPlan, newPlan));
  }

  /** Whether the plans say the same. */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /**
   * How many changes are of a kind.
   *
   * @param kind the kind
   * @return the count
   */
  public long count(ChangeKind kind) {
    return changes.stream().filter(c -> c.kind() == kind).count();
  }
}
