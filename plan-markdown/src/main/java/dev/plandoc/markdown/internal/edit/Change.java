package dev.plandoc.markdown.internal.edit;

import java.util.Optional;

/**
 * One difference between two plans, found by {@link ModelDiff}: a value that changed, or an item of
 * a list that was added, removed or moved.
 *
 * @param kind what changed
 * @param path where, in the source map's notation ({@code risks.risks[2].mitigation}); for {@link
 *     Kind#ADDED} and {@link Kind#MOVED} the index is the item's index in the edited list
 * @param before the old value ({@code null} for an addition)
 * @param after the new value ({@code null} for a removal)
 * @param from for a move, the item's index in the old list
 * @param weight how much of the plan the change covers: 1 for a value, the number of values in an
 *     item for an addition or removal; the distance between two plans is the sum
 */
record Change(Kind kind, String path, Object before, Object after, int from, int weight) {
  /** What a change is. */
  enum Kind {
    /** A string value changed; both sides are strings. */
    TEXT,
    /** Any other value changed: a number, a flag, an optional part that appeared or went away. */
    VALUE,
    /** An item was added to a list. */
    ADDED,
    /** An item was removed from a list. */
    REMOVED,
    /** An item moved within its list. */
    MOVED
  }

  /** The first segment of the path: the plan's part ({@code risks}, {@code title}, …). */
  String part() {
    int end = 0;
    while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
      end++;
    }
    return path.substring(0, end);
  }

  /** The path of the list for an item change: {@code risks.risks} for {@code risks.risks[2]}. */
  Optional<String> listPath() {
    int open = path.lastIndexOf('[');
    return open < 0 ? Optional.empty() : Optional.of(path.substring(0, open));
  }

  /** The item's index for an item change. */
  int index() {
    int open = path.lastIndexOf('[');
    return Integer.parseInt(path.substring(open + 1, path.length() - 1));
  }
}
