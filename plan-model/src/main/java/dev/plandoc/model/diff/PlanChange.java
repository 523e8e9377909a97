package dev.plandoc.model.diff;

import dev.plandoc.model.SectionKind;
import dev.plandoc.model.internal.diff.Describe;
import dev.plandoc.model.internal.diff.Layout;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One change between two plans: what happened ({@link ChangeKind}), where, and the values before
 * and after.
 *
 * <p>{@link #pointer()} is an RFC 6901 JSON Pointer into the plan's JSON form, the document {@code
 * plan convert PLAN.md --to json} prints, so {@code plan get NEW.md POINTER} shows the new value.
 * It resolves in the new plan, except for {@link ChangeKind#REMOVED}, where it resolves in the old
 * one. {@link #oldPointer()} is where the old value is in the old plan: the same pointer unless an
 * item before it was added or removed, or it moved (then it is where it moved from). A list item is
 * named by its index in each plan. The JSON form leaves out empty text, so a value that was empty
 * text before a {@link ChangeKind#CHANGED} may be absent from the old plan's JSON.
 *
 * <p>Values are the model's: a {@code String}, a typed value such as {@link
 * dev.plandoc.model.value.MoneyText}, a record such as {@link dev.plandoc.model.EndpointSpec} for
 * an added or removed item, a whole section for an added or removed section.
 *
 * <pre>{@code
 * // CHANGED /costEstimate/items/0/monthlyCost in section COST_ESTIMATE, item "cost item OCR API"
 * PlanChange c = diff.changes().get(0);
 * c.oldValue();   // Optional[MoneyText[text=$120]]
 * c.newValue();   // Optional[MoneyText[text=$150]]
 * c.describeNew(); // "$150"
 * }</pre>
 *
 * @param kind what happened
 * @param pointer where, in the new plan's JSON form (in the old one's for {@link
 *     ChangeKind#REMOVED})
 * @param oldPointer where the old value is in the old plan's JSON form; empty for {@link
 *     ChangeKind#ADDED}, the pointer itself for {@link ChangeKind#REMOVED}, where a {@link
 *     ChangeKind#MOVED} item was
 * @param section the template section the value belongs to; empty for the plan's own values (the
 *     title, content before and after it, the sections the template does not have)
 * @param item the list item of the section the value is in (the outermost, when lists nest), by its
 *     kind and identity as reports name it: {@code endpoint POST /api/v1/receipts}, {@code risk
 *     Receipt fraud}, {@code cost item Cloud Run}; empty outside such an item, or for items without
 *     an identity (steps, text)
 * @param oldValue the value in the old plan; empty for {@link ChangeKind#ADDED}
 * @param newValue the value in the new plan; empty for {@link ChangeKind#REMOVED}
 */
public record PlanChange(
    ChangeKind kind,
    String pointer,
    Optional<String> oldPointer,
    Optional<SectionKind> section,
    Optional<String> item,
    Optional<Object> oldValue,
    Optional<Object> newValue) {

  /** Checks that the values fit the kind. */
  public PlanChange {
    Objects.requireNonNull(kind, "kind");
    if (!pointer.startsWith("/")) {
      throw new IllegalArgumentException("a change's pointer starts with '/': '" + pointer + "'");
    }
    boolean wantsOld = kind != ChangeKind.ADDED;
    boolean wantsNew = kind != ChangeKind.REMOVED;
    if (oldPointer.isPresent() != wantsOld
        || kind == ChangeKind.REMOVED && !oldPointer.orElseThrow().equals(pointer)) {
      throw new IllegalArgumentException(
          kind
              + " has an old pointer exactly when it has an old value, and a removed value's is its"
              + " pointer: "
              + oldPointer
              + ", "
              + pointer);
    }
    if (oldValue.isPresent() != wantsOld || newValue.isPresent() != wantsNew) {
      throw new IllegalArgumentException(
          kind
              + " needs "
              + (wantsOld ? "an old value" : "no old value")
              + " and "
              + (wantsNew ? "a new value" : "no new value"));
    }
  }

  /**
   * A short one-line description of the old value, for reports; empty text when it has none. Of a
   * changed text of several lines (kept Markdown, DDL, a diagram), the lines that changed.
   */
  public String describeOld() {
    return lines().map(l -> l.get(0)).orElseGet(() -> oldValue.map(Describe::value).orElse(""));
  }

  /** A short one-line description of the new value, as {@link #describeOld()} is of the old. */
  public String describeNew() {
    return lines().map(l -> l.get(1)).orElseGet(() -> newValue.map(Describe::value).orElse(""));
  }

  /** Of a change of a text of several lines, the lines that differ on each side. */
  private Optional<List<String>> lines() {
    if (kind == ChangeKind.CHANGED
        && oldValue.orElse(null) instanceof String a
        && newValue.orElse(null) instanceof String b
        && (a.contains("\n") || b.contains("\n"))) {
      return Optional.of(Describe.difference(a, b, Layout.Mode.MARKDOWN));
    }
    return Optional.empty();
  }

  /**
   * One line for people: {@code changed /costEstimate/items/0/monthlyCost: $120 → $150}.
   *
   * @return the line, without a line break
   */
  public String line() {
    String k = kind.name().toLowerCase(java.util.Locale.ROOT);
    return switch (kind) {
      case ADDED -> k + " " + pointer + ": " + describeNew();
      case REMOVED -> k + " " + pointer + ": " + describeOld();
      case MOVED -> k + " " + oldPointer.orElseThrow() + " → " + pointer + ": " + describeNew();
      case CHANGED, TEXT -> k + " " + pointer + ": " + describeOld() + " → " + describeNew();
    };
  }
}
