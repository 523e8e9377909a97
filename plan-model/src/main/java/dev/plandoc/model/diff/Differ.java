package dev.plandoc.model.diff;

import dev.plandoc.model.Plan;
import dev.plandoc.model.SectionKind;
import dev.plandoc.model.internal.diff.Alignment;
import dev.plandoc.model.internal.diff.Describe;
import dev.plandoc.model.internal.diff.Identity;
import dev.plandoc.model.internal.diff.Layout;
import dev.plandoc.model.internal.diff.Records;
import dev.plandoc.model.internal.diff.TypedValues;
import dev.plandoc.model.value.TypedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The walk behind {@link PlanDiff#between}: both plans side by side, record component by record
 * component (the JSON form's properties), lists through an {@link Alignment}. Not thread-safe: one
 * instance per diff.
 */
final class Differ {
  private final List<PlanChange> out = new ArrayList<>();

  private Differ() {}

  /** The changes from one plan to another. */
  static List<PlanChange> diff(Plan a, Plan b) {
    Differ d = new Differ();
    d.compare(a, b, Where.ROOT, Layout.Mode.PLAIN, true);
    return d.out;
  }

  /**
   * Where a value is: its pointer into the new plan and into the old one, its section, and the
   * section's item it is in, when that has an identity (described only for a change, as most items
   * have none).
   */
  private record Where(
      String pointer, String oldPointer, Optional<SectionKind> section, Optional<Object> item) {
    static final Where ROOT = new Where("", "", Optional.empty(), Optional.empty());

    Where property(String name) {
      String token = "/" + name.replace("~", "~0").replace("/", "~1");
      return new Where(
          pointer + token,
          oldPointer + token,
          pointer.isEmpty() ? SectionKind.fromKey(name) : section,
          item);
    }

    /** Item {@code i} of the old list, which is item {@code j} of the new one. */
    Where index(int i, int j, Object value) {
      return new Where(
          pointer + "/" + j, oldPointer + "/" + i, section, item.or(() -> itemOf(value)));
    }

    /** Item {@code i} of the old list, which the new one does not have. */
    Where removed(int i, Object value) {
      String at = oldPointer + "/" + i;
      return new Where(at, at, section, item.or(() -> itemOf(value)));
    }
  }

  /** The value when it is an item with an identity. */
  private static Optional<Object> itemOf(Object value) {
    return Identity.label(value).isPresent() ? Optional.of(value) : Optional.empty();
  }

  private void compare(Object a, Object b, Where w, Layout.Mode mode, boolean ordered) {
    if (a.equals(b)) {
      return; // equality is stricter than the diff's: equal values hold no change
    }
    if (a instanceof Optional<?> oa && b instanceof Optional<?> ob) {
      optional(oa, ob, w, mode, ordered);
    } else if (a instanceof List<?> la && b instanceof List<?> lb) {
      list(la, lb, w, mode, ordered);
    } else if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
      map(ma, mb, w);
    } else if (a instanceof TypedText<?> ta && b instanceof TypedText<?> tb) {
      typed(ta, tb, w);
    } else if (a instanceof String sa && b instanceof String sb) {
      if (!Layout.text(sa, mode).equals(Layout.text(sb, mode))) {
        emit(ChangeKind.CHANGED, w, a, b);
      }
    } else if (a.getClass().isRecord() && a.getClass() == b.getClass()) {
      for (Records.Part p : Records.parts(a.getClass())) {
        compare(p.get(a), p.get(b), w.property(p.name()), p.mode(), p.ordered());
      }
    } else {
      emit(ChangeKind.CHANGED, w, a, b);
    }
  }

  private void optional(Optional<?> a, Optional<?> b, Where w, Layout.Mode mode, boolean ordered) {
    if (a.isPresent() && b.isPresent()) {
      compare(a.get(), b.get(), w, mode, ordered);
    } else if (b.isPresent()) {
      emit(ChangeKind.ADDED, w, null, b.get());
    } else if (a.isPresent()) {
      emit(ChangeKind.REMOVED, w, a.get(), null);
    }
  }

  private void list(List<?> a, List<?> b, Where w, Layout.Mode mode, boolean ordered) {
    Alignment al = Alignment.of(a, b, mode);
    for (int i = 0; i < a.size(); i++) {
      if (al.newOf(i) < 0) {
        emit(ChangeKind.REMOVED, w.removed(i, a.get(i)), a.get(i), null);
      }
    }
    for (int j = 0; j < b.size(); j++) {
      int i = al.oldOf(j);
      if (i >= 0 && !(ordered && al.moved(j)) && a.get(i).equals(b.get(j))) {
        continue; // the same item in its place: most of a long list
      }
      Where at = w.index(Math.max(i, 0), j, b.get(j));
      if (i < 0) {
        emit(ChangeKind.ADDED, at, null, b.get(j));
        continue;
      }
      if (ordered && al.moved(j)) {
        emit(ChangeKind.MOVED, at, a.get(i), b.get(j));
      }
      compare(a.get(i), b.get(j), at, mode, true);
    }
  }

  /** Table cells by column header. */
  private void map(Map<?, ?> a, Map<?, ?> b, Where w) {
    b.forEach(
        (k, v) -> {
          Object old = a.get(k);
          if (old == null) {
            emit(ChangeKind.ADDED, w.property(k.toString()), null, v);
          } else {
            compare(old, v, w.property(k.toString()), Layout.Mode.PLAIN, true);
          }
        });
    a.forEach(
        (k, v) -> {
          if (!b.containsKey(k)) {
            Where at = w.property(k.toString());
            emit(
                ChangeKind.REMOVED,
                new Where(at.oldPointer(), at.oldPointer(), at.section(), at.item()),
                v,
                null);
          }
        });
  }

  private void typed(TypedText<?> a, TypedText<?> b, Where w) {
    boolean sameText =
        Layout.text(a.text(), Layout.Mode.PLAIN).equals(Layout.text(b.text(), Layout.Mode.PLAIN));
    if (TypedValues.sameValue(a, b)) {
      if (!sameText && !(TypedValues.isCanonical(a) && TypedValues.isCanonical(b))) {
        emit(ChangeKind.TEXT, w, a, b);
      }
    } else if (!sameText) {
      emit(ChangeKind.CHANGED, w, a, b);
    }
  }

  private void emit(
      ChangeKind kind,
      Where w,
      @org.jspecify.annotations.Nullable Object a,
      @org.jspecify.annotations.Nullable Object b) {
    out.add(
        new PlanChange(
            kind,
            w.pointer(),
            a == null ? Optional.empty() : Optional.of(w.oldPointer()),
            w.section(),
            w.item().map(Describe::value),
            Optional.ofNullable(a),
            Optional.ofNullable(b)));
  }
}
