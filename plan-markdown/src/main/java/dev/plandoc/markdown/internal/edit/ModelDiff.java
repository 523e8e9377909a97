package dev.plandoc.markdown.internal.edit;

import dev.plandoc.model.Metadata;
import dev.plandoc.model.Plan;
import dev.plandoc.model.RawMarkdown;
import dev.plandoc.model.RawMarkdownView;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The differences between two plans, as the faithful writer needs them: values that changed, and
 * items added, removed or moved in lists, aligned by content (a longest common subsequence) so that
 * adding one risk is one addition and not a change of every risk after it.
 *
 * <p>Provenance is not content: an item's {@code viewOf} is ignored, and so is the kept Markdown a
 * view was read from, unless the edited plan changed that Markdown itself. So an endpoint edited in
 * code and the same endpoint read back from the author's table (where the edit was written) are the
 * same.
 */
final class ModelDiff {
  /** Above this many pairs, a list's middle is compared position by position. */
  private static final long MAX_ALIGNMENT = 250_000;

  private final Set<String> originalRaw;
  private final Set<String> originalLabels;

  /**
   * @param original the plan as first read, whose kept Markdown is provenance when unchanged
   */
  ModelDiff(Plan original) {
    this.originalRaw = new HashSet<>();
    collectRaw(original, originalRaw);
    this.originalLabels = Set.copyOf(original.labels().keySet());
  }

  /** The changes that turn {@code from} into {@code to}, in document order. */
  List<Change> changes(Plan from, Plan to) {
    List<Change> out = new ArrayList<>();
    diff("", from, to, out);
    return out;
  }

  /** The changes that turn one value into another, with paths relative to them. */
  List<Change> changesOf(Object from, Object to) {
    List<Change> out = new ArrayList<>();
    diff("", from, to, out);
    return out;
  }

  /** Whether two values are the same content. */
  boolean same(Object a, Object b) {
    if (Objects.equals(a, b)) {
      return true;
    }
    List<Change> out = new ArrayList<>();
    diff("", a, b, out);
    return out.isEmpty();
  }

  /** The sum of the changes' weights. */
  static int distance(List<Change> changes) {
    return changes.stream().mapToInt(Change::weight).sum();
  }

  private void diff(String path, Object a, Object b, List<Change> out) {
    if (Objects.equals(a, b)) {
      return;
    }
    if (a instanceof String sa && b instanceof String sb) {
      out.add(new Change(Change.Kind.TEXT, path, sa, sb, -1, 1));
    } else if (a instanceof Optional<?> oa && b instanceof Optional<?> ob) {
      if (oa.isPresent() && ob.isPresent()) {
        diff(path, oa.get(), ob.get(), out);
      } else {
        int w = ModelReflection.weight(oa.isPresent() ? oa.get() : ob.orElseThrow());
        out.add(new Change(Change.Kind.VALUE, path, a, b, -1, w));
      }
    } else if (a instanceof List<?> la && b instanceof List<?> lb) {
      list(path, la, lb, out);
    } else if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
      Set<Object> keys = new LinkedHashSet<>(ma.keySet());
      keys.addAll(mb.keySet());
      for (Object k : keys) {
        String at = path + "." + k;
        if (ma.containsKey(k) && mb.containsKey(k)) {
          diff(at, ma.get(k), mb.get(k), out);
        } else if (at.equals("labels." + k) && !mb.containsKey(k) && !originalLabels.contains(k)) {
          // A label the written text gained (a new section's heading as the document numbers
          // it) where the edit says nothing: the wording is the writer's to choose.
          continue;
        } else {
          out.add(new Change(Change.Kind.VALUE, at, ma.get(k), mb.get(k), -1, 1));
        }
      }
    } else if (a instanceof Record ra && b instanceof Record rb && a.getClass() == b.getClass()) {
      record(path, ra, rb, out);
    } else {
      out.add(new Change(Change.Kind.VALUE, path, a, b, -1, 1));
    }
  }

  private void record(String path, Record a, Record b, List<Change> out) {
    for (RecordComponent c : ModelReflection.components(a.getClass())) {
      String name = c.getName();
      if (name.equals("viewOf")) {
        continue;
      }
      String at = path.isEmpty() ? name : path + "." + name;
      Object va = ModelReflection.value(a, c);
      Object vb = ModelReflection.value(b, c);
      if (name.equals("extras") && va instanceof List<?> ea && vb instanceof List<?> eb) {
        boolean viewsGovern = viewSourcesUnchanged(b, eb);
        diff(at, content(a, ea, viewsGovern), content(b, eb, viewsGovern), out);
      } else if (a instanceof Plan pa && b instanceof Plan pb && isMetadataSource(name, pa, pb)) {
        // Metadata read from the text around the title: that text is its provenance, unless the
        // edit changed the text itself.
        boolean viewGoverns = ((Optional<?>) vb).map(originalRaw::contains).orElse(true);
        if (!viewGoverns) {
          diff(at, va, vb, out);
        }
      } else {
        diff(at, va, vb, out);
      }
    }
  }

  /**
   * Whether the edited record's views govern: the Markdown they were read from is as first read, so
   * what changed is the views, not the Markdown.
   */
  private boolean viewSourcesUnchanged(Record edited, List<?> extras) {
    Set<String> anchors = viewAnchors(edited);
    for (Object o : extras) {
      RawMarkdown raw = (RawMarkdown) o;
      if (anchors.contains(raw.anchor()) && !originalRaw.contains(raw.markdown())) {
        return false;
      }
    }
    return true;
  }

  /** The kept Markdown of a record as content: without the sources of views that govern. */
  private static List<String> content(Record owner, List<?> extras, boolean viewsGovern) {
    Set<String> anchors = viewsGovern ? viewAnchors(owner) : Set.of();
    List<String> out = new ArrayList<>();
    for (Object o : extras) {
      RawMarkdown raw = (RawMarkdown) o;
      if (!anchors.contains(raw.anchor())) {
        out.add(raw.markdown());
      }
    }
    return out;
  }

  /** Whether a plan component is the text that metadata, on one side, is a view of. */
  private static boolean isMetadataSource(String name, Plan a, Plan b) {
    return (name.equals("beforeTitle") || name.equals("afterTitle"))
        && (a.metadata().flatMap(Metadata::viewOf).filter(name::equals).isPresent()
            || b.metadata().flatMap(Metadata::viewOf).filter(name::equals).isPresent());
  }

  private static Set<String> viewAnchors(Record owner) {
    Set<String> anchors = new HashSet<>();
    for (RecordComponent c : ModelReflection.components(owner.getClass())) {
      if (ModelReflection.value(owner, c) instanceof List<?> items) {
        for (Object item : items) {
          if (item instanceof RawMarkdownView v) {
            v.viewOf().ifPresent(anchors::add);
          }
        }
      }
    }
    return anchors;
  }

  private static void collectRaw(Object value, Set<String> into) {
    if (value instanceof RawMarkdown raw) {
      into.add(raw.markdown());
    } else if (value instanceof Plan p) {
      p.beforeTitle().ifPresent(into::add);
      p.afterTitle().ifPresent(into::add);
      for (RecordComponent c : ModelReflection.components(Plan.class)) {
        collectRaw(ModelReflection.value(p, c), into);
      }
    } else if (value instanceof Optional<?> o) {
      o.ifPresent(v -> collectRaw(v, into));
    } else if (value instanceof List<?> list) {
      list.forEach(v -> collectRaw(v, into));
    } else if (value instanceof Record r) {
      for (RecordComponent c : ModelReflection.components(r.getClass())) {
        collectRaw(ModelReflection.value(r, c), into);
      }
    }
  }

  // ------------------------------------------------------------------------------------- lists

  private void list(String path, List<?> a, List<?> b, List<Change> out) {
    int start = 0;
    while (start < a.size() && start < b.size() && same(a.get(start), b.get(start))) {
      start++;
    }
    int endA = a.size();
    int endB = b.size();
    while (endA > start && endB > start && same(a.get(endA - 1), b.get(endB - 1))) {
      endA--;
      endB--;
    }
    int n = endA - start;
    int m = endB - start;
    // matched[i] = the index in b of a's item start+i, or -1
    int[] matched = new int[n];
    java.util.Arrays.fill(matched, -1);
    if ((long) n * m <= MAX_ALIGNMENT && n > 0 && m > 0) {
      align(a.subList(start, endA), b.subList(start, endB), matched);
    }
    Set<Integer> takenB = new HashSet<>();
    for (int i = 0; i < n; i++) {
      if (matched[i] >= 0) {
        takenB.add(matched[i]);
      }
    }
    // Moves: an item that left one place and arrived, unchanged, at another.
    int[] movedTo = new int[n];
    java.util.Arrays.fill(movedTo, -1);
    for (int i = 0; i < n; i++) {
      if (matched[i] < 0) {
        for (int j = 0; j < m; j++) {
          if (!takenB.contains(j) && same(a.get(start + i), b.get(start + j))) {
            movedTo[i] = j;
            takenB.add(j);
            break;
          }
        }
      }
    }
    // What is left between two matched items is changed item by item, then added or removed.
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      int nextI = i;
      while (nextI < n && matched[nextI] < 0) {
        nextI++;
      }
      int nextJ = nextI < n ? matched[nextI] : m;
      List<Integer> removed = new ArrayList<>();
      for (int x = i; x < nextI; x++) {
        if (movedTo[x] < 0) {
          removed.add(x);
        }
      }
      List<Integer> added = new ArrayList<>();
      for (int y = j; y < nextJ; y++) {
        if (!takenB.contains(y)) {
          added.add(y);
        }
      }
      int pairs = Math.min(removed.size(), added.size());
      for (int p = 0; p < pairs; p++) {
        int ai = start + removed.get(p);
        int bj = start + added.get(p);
        diff(path + "[" + bj + "]", a.get(ai), b.get(bj), out);
      }
      for (int p = pairs; p < removed.size(); p++) {
        Object item = a.get(start + removed.get(p));
        int at = start + removed.get(p);
        out.add(
            new Change(
                Change.Kind.REMOVED,
                path + "[" + at + "]",
                item,
                null,
                at,
                ModelReflection.weight(item)));
      }
      for (int p = pairs; p < added.size(); p++) {
        Object item = b.get(start + added.get(p));
        out.add(
            new Change(
                Change.Kind.ADDED,
                path + "[" + (start + added.get(p)) + "]",
                null,
                item,
                -1,
                ModelReflection.weight(item)));
      }
      i = nextI + 1;
      j = nextJ + 1;
    }
    for (int x = 0; x < n; x++) {
      if (movedTo[x] >= 0) {
        Object item = a.get(start + x);
        out.add(
            new Change(
                Change.Kind.MOVED,
                path + "[" + (start + movedTo[x]) + "]",
                item,
                item,
                start + x,
                1));
      }
    }
  }

  /** A longest common subsequence of same items. */
  private void align(List<?> a, List<?> b, int[] matched) {
    int n = a.size();
    int m = b.size();
    int[][] len = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        len[i][j] =
            same(a.get(i), b.get(j))
                ? len[i + 1][j + 1] + 1
                : Math.max(len[i + 1][j], len[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < n && j < m) {
      if (len[i][j] == len[i + 1][j + 1] + 1 && same(a.get(i), b.get(j))) {
        matched[i++] = j++;
      } else if (len[i + 1][j] >= len[i][j + 1]) {
        i++;
      } else {
        j++;
      }
    }
  }
}
