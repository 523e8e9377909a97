package dev.plandoc.model.diff;

/**
 * What happened to a value between two plans.
 *
 * <pre>{@code
 * diff.changes().stream().filter(c -> c.kind() == ChangeKind.ADDED).count();
 * }</pre>
 */
public enum ChangeKind {
  /** The new plan has a value the old one does not: a section, a list item, an optional field. */
  ADDED,
  /** The old plan has a value the new one does not. */
  REMOVED,
  /** The value is different: other text, or a typed value that is another value. */
  CHANGED,
  /**
   * A list item is at another place among its siblings (matched by its identity, or by being the
   * same); what changed inside it is reported as changes of their own, at its new place.
   */
  MOVED,
  /**
   * A typed value is the same value written differently: {@code $120} and {@code $120.00}, {@code
   * 1시간} and {@code 60분}. Reported apart from {@link #CHANGED} so that a reviewer can tell a
   * restatement from a change and a script can leave it out. The template's own words for a value
   * in either language ({@code High} and {@code 높음}) and the canonical text a writer gives a value
   * are not a change at all.
   */
  TEXT
}
