package dev.plandoc.model.format;

import dev.plandoc.model.check.Diagnostic;
import dev.plandoc.model.check.SourcePosition;
import java.util.List;
import java.util.Optional;

/**
 * The one exception plandoc's readers and writers throw for bad input: malformed or hostile
 * JSON/YAML, values of the wrong type, missing required fields, and, in strict mode, content with
 * ERROR diagnostics. It carries the source position and the path of the offending part (a JSON
 * Pointer for JSON and YAML, a model path for Markdown) so that tools can point at it. I/O failures
 * are reported as {@link java.io.UncheckedIOException} instead.
 *
 * <pre>{@code
 * try {
 *   reader.read(text);
 * } catch (PlanFormatException e) {
 *   System.err.println(file + ":" + e.position().map(Object::toString).orElse("") + ": " + e.getMessage());
 * }
 * }</pre>
 */
public class PlanFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Optional<SourcePosition> position;
  private final String path;
  private final transient List<Diagnostic> diagnostics;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, for people, without the position
   * @param position where in the source, when known
   * @param path the path of the offending part, empty when unknown
   * @param diagnostics the diagnostics that caused a strict read to fail, or empty
   * @param cause the underlying parser exception, or null
   */
  public PlanFormatException(
      String message,
      Optional<SourcePosition> position,
      String path,
      List<Diagnostic> diagnostics,
      Throwable cause) {
    super(message, cause);
    this.position = position;
    this.path = path;
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** An exception with a message, a position and a path. */
  public PlanFormatException(String message, Optional<SourcePosition> position, String path) {
    this(message, position, path, List.of(), null);
  }

  /** Where in the source the problem is, when known. */
  public Optional<SourcePosition> position() {
    return position;
  }

  /** The path of the offending part (JSON Pointer or model path), empty when unknown. */
  public String path() {
    return path;
  }

  /** The ERROR diagnostics that made a strict read fail; empty for other failures. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** {@code line:col: message (at path)}: one line fit for a terminal. */
  public String describe() {
    return position.map(p -> p + ": ").orElse("")
        + getMessage()
        + (path.isEmpty() ? "" : " (at " + path + ")");
  }
}
