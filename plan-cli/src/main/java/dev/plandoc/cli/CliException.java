package dev.plandoc.cli;

/**
 * A problem the user can fix (a missing file, an unknown extension, malformed input): reported as
 * one line on standard error, exit code {@link ExitCode#USAGE_OR_IO}; the stack trace only with
 * {@code --verbose}.
 */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CliException(String message) {
    super(message);
  }

  CliException(String message, Throwable cause) {
    super(message, cause);
  }
}
