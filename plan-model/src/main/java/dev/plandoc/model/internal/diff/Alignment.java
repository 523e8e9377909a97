package dev.plandoc.model.internal.diff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the items of a list in the old plan match those in the new one. Items are matched, in this
 * order: by {@link Identity} (a key each list has once), by being the same ({@link Fingerprint}),
 * wherever they stand; then what is left by position, in the stretches between matched items that
 * stayed in order: items without an identity pairwise, items with one only when {@link
 * Records#alike alike}. Of the matched items, those outside the longest run that kept its order
 * moved.
 *
 * <pre>{@code
 * Alignment al = Alignment.of(oldRisks, newRisks, Layout.Mode.PLAIN);
 * al.oldOf(2);    // the old index of new item 2, or -1 for an added item
 * al.moved(2);    // whether it moved
 * }</pre>
 */
public final class Alignment {
  /** How far ahead an unmatched old item looks for an alike new one in its stretch. */
  private static final int LOOK_AHEAD = 8;

  /**
   * The largest table of the longest common run; longer lists of items not matched by identity
   * (thousands of rows) are matched by fingerprint alone.
   */
  private static final long MAX_LCS_CELLS = 1_000_000;

  private final int[] newOf;
  private final int[] oldOf;
  private final boolean[] moved;

  private Alignment(int n, int m) {
    newOf = new int[n];
    oldOf = new int[m];
    moved = new boolean[m];
    Arrays.fill(newOf, -1);
    Arrays.fill(oldOf, -1);
  }

  /**
   * Aligns two lists.
   *
   * @param a the old list
   * @param b the new list
   * @param mode how text in the items is compared
   * @return the alignment
   */
  public static Alignment of(List<?> a, List<?> b, Layout.Mode mode) {
    Alignment al = new Alignment(a.size(), b.size());
    boolean identified =
        !a.isEmpty() && Identity.isIdentified(a.get(0))
            || !b.isEmpty() && Identity.isIdentified(b.get(0));
    if (identified) {
      al.byKey(a, b);
    }
    al.byFingerprint(a, b, mode);
    boolean[] stable = al.stablePairs();
    al.byPosition(a, b, stable, identified);
    return al;
  }

  /** The old index of the new item {@code j}, or -1 when it was added. */
  public int oldOf(int j) {
    return oldOf[j];
  }

  /** The new index of the old item {@code i}, or -1 when it was removed. */
  public int newOf(int i) {
    return newOf[i];
  }

  /** Whether the new item {@code j} is an old item at another place among its siblings. */
  public boolean moved(int j) {
    return moved[j];
  }

  private void pair(int i, int j) {
    newOf[i] = j;
    oldOf[j] = i;
  }

  private void byKey(List<?> a, List<?> b) {
    Map<String, Integer> inA = uniqueKeys(a);
    Map<String, Integer> inB = uniqueKeys(b);
    inA.forEach(
        (key, i) -> {
          Integer j = inB.get(key);
          if (i >= 0 && j != null && j >= 0) {
            pair(i, j);
          }
        });
  }

  /** Each key's index, or -1 for a key that two items share (it identifies neither). */
  private static Map<String, Integer> uniqueKeys(List<?> items) {
    Map<String, Integer> keys = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      Optional<String> key = Identity.key(items.get(i));
      if (key.isPresent()) {
        int at = i;
        keys.merge(key.get(), at, (x, y) -> -1);
      }
    }
    return keys;
  }

  /**
   * Pairs the items that are the same: first the longest run of them in the same order in both
   * lists (so that of two equal items the one in place is taken, and what is left lines up by
   * position), then any that moved.
   */
  private void byFingerprint(List<?> a, List<?> b, Layout.Mode mode) {
    List<Integer> olds = new ArrayList<>();
    List<String> oldPrints = new ArrayList<>();
    unmatched(a, newOf, mode, olds, oldPrints);
    List<Integer> news = new ArrayList<>();
    List<String> newPrints = new ArrayList<>();
    unmatched(b, oldOf, mode, news, newPrints);
    if ((long) olds.size() * news.size() <= MAX_LCS_CELLS) {
      longestCommonRun(olds, oldPrints, news, newPrints);
    }
    Map<String, ArrayDeque<Integer>> unmatched = new HashMap<>();
    for (int y = 0; y < news.size(); y++) {
      if (oldOf[news.get(y)] < 0) {
        unmatched.computeIfAbsent(newPrints.get(y), k -> new ArrayDeque<>()).add(news.get(y));
      }
    }
    for (int x = 0; x < olds.size() && !unmatched.isEmpty(); x++) {
      if (newOf[olds.get(x)] < 0) {
        ArrayDeque<Integer> same = unmatched.get(oldPrints.get(x));
        if (same != null && !same.isEmpty()) {
          pair(olds.get(x), same.poll());
        }
      }
    }
  }

  /** The indices of the items without a partner yet, and their fingerprints. */
  private static void unmatched(
      List<?> items, int[] partner, Layout.Mode mode, List<Integer> at, List<String> prints) {
    for (int i = 0; i < items.size(); i++) {
      if (partner[i] < 0) {
        at.add(i);
        prints.add(Fingerprint.of(items.get(i), mode));
      }
    }
  }

  /**
   * Pairs a longest common subsequence of two fingerprint lists. Of several, the one that skips old
   * items first: removals come before additions, and a changed item lines up with its old self.
   */
  private void longestCommonRun(
      List<Integer> olds, List<String> oldPrints, List<Integer> news, List<String> newPrints) {
    int n = olds.size();
    int m = news.size();
    int[][] lcs = new int[n + 1][m + 1];
    for (int x = n - 1; x >= 0; x--) {
      for (int y = m - 1; y >= 0; y--) {
        lcs[x][y] =
            oldPrints.get(x).equals(newPrints.get(y))
                ? lcs[x + 1][y + 1] + 1
                : Math.max(lcs[x + 1][y], lcs[x][y + 1]);
      }
    }
    int x = 0;
    int y = 0;
    while (x < n && y < m) {
      if (oldPrints.get(x).equals(newPrints.get(y))) {
        pair(olds.get(x++), news.get(y++));
      } else if (lcs[x + 1][y] >= lcs[x][y + 1]) {
        x++;
      } else {
        y++;
      }
    }
  }

  /**
   * Marks the pairs outside the longest run that kept its order as moved, and returns which old
   * items are in that run.
   */
  private boolean[] stablePairs() {
    // Longest increasing subsequence of the new indices, in old order (patience sorting).
    List<Integer> olds = new ArrayList<>();
    for (int i = 0; i < newOf.length; i++) {
      if (newOf[i] >= 0) {
        olds.add(i);
      }
    }
    int k = olds.size();
    int[] tails = new int[k];
    int[] prev = new int[k];
    int length = 0;
    for (int x = 0; x < k; x++) {
      int value = newOf[olds.get(x)];
      int lo = 0;
      int hi = length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (newOf[olds.get(tails[mid])] < value) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      prev[x] = lo > 0 ? tails[lo - 1] : -1;
      tails[lo] = x;
      length = Math.max(length, lo + 1);
    }
    boolean[] stable = new boolean[newOf.length];
    for (int x = length > 0 ? tails[length - 1] : -1; x >= 0; x = prev[x]) {
      stable[olds.get(x)] = true;
    }
    for (int i = 0; i < newOf.length; i++) {
      if (newOf[i] >= 0 && !stable[i]) {
        moved[newOf[i]] = true;
      }
    }
    return stable;
  }

  /** Pairs what is left by position, stretch by stretch between the stable pairs. */
  private void byPosition(List<?> a, List<?> b, boolean[] stable, boolean identified) {
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      // One stretch: the unmatched items up to the next stable pair on each side.
      List<Integer> olds = new ArrayList<>();
      while (i < a.size() && !stable[i]) {
        if (newOf[i] < 0) {
          olds.add(i);
        }
        i++;
      }
      List<Integer> news = new ArrayList<>();
      int end = i < a.size() ? newOf[i] : b.size();
      while (j < end) {
        if (oldOf[j] < 0) {
          news.add(j);
        }
        j++;
      }
      pairStretch(a, b, olds, news, identified);
      i++;
      j++;
    }
  }

  private void pairStretch(
      List<?> a, List<?> b, List<Integer> olds, List<Integer> news, boolean identified) {
    int next = 0;
    for (int oldIndex : olds) {
      for (int x = next; x < news.size() && x < next + LOOK_AHEAD; x++) {
        int newIndex = news.get(x);
        if (!identified || Records.alike(a.get(oldIndex), b.get(newIndex))) {
          pair(oldIndex, newIndex);
          next = x + 1;
          break;
        }
        if (!identified) {
          break;
        }
      }
    }
  }
}
