package dev.plandoc.model.check;

/**
 * How serious a {@link Diagnostic} is.
 *
 * <pre>{@code
 * if (d.severity() == Severity.ERROR) { ... }
 * }</pre>
 */
public enum Severity {
  /** The plan is wrong: a strict reader or {@code plan validate} fails. */
  ERROR,
  /** The plan is probably incomplete or inconsistent. */
  WARNING,
  /** Worth knowing; nothing is wrong. */
  INFO
}
