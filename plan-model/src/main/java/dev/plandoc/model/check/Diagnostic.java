package dev.plandoc.model.check;

import java.util.Objects;
import java.util.Optional;

/**
 * A finding about a plan: its severity, a stable code ({@code PLAN-E001}), the path of the part it
 * concerns ({@code apiDesign.endpoints[0].method}), a message, and the position in the source when
 * the plan was read from text.
 *
 * <pre>{@code
 * Diagnostic d = Diagnostic.of(Severity.WARNING, "PLAN-W002", "metadata.date", "unfilled placeholder");
 * d.toString();   // "warning PLAN-W002 metadata.date: unfilled placeholder"
 * }</pre>
 *
 * @param severity how serious it is
 * @param code the stable code of the rule
 * @param path the path of the part concerned, empty for the whole plan
 * @param message what is wrong, for people
 * @param position where in the source, when known
 */
public record Diagnostic(
    Severity severity,
    String code,
    String path,
    String message,
    Optional<SourcePosition> position) {

  /** Checks the values. */
  public Diagnostic {
    Objects.requireNonNull(severity, "severity must not be null");
    Objects.requireNonNull(code, "code must not be null");
    Objects.requireNonNull(path, "path must not be null");
    Objects.requireNonNull(message, "message must not be null");
    Objects.requireNonNull(position, "position must not be null");
  }

  /** A diagnostic without a source position. */
  public static Diagnostic of(Severity severity, String code, String path, String message) {
    return new Diagnostic(severity, code, path, message, Optional.empty());
  }

  /** This diagnostic with the given position. */
  public Diagnostic at(SourcePosition where) {
    return new Diagnostic(severity, code, path, message, Optional.of(where));
  }

  /** Whether this is an {@link Severity#ERROR}. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code [line:col: ]severity CODE path: message}. */
  @Override
  public String toString() {
    return position.map(p -> p + ": ").orElse("")
        + severity.name().toLowerCase(java.util.Locale.ROOT)
        + " "
        + code
        + (path.isEmpty() ? "" : " " + path)
        + ": "
        + message;
  }
}
