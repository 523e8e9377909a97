package dev.plandoc.cli;

/** The exit codes of every {@code plan} command. */
public final class ExitCode {
  /** Success: converted, formatted, no finding that fails the check, or no difference. */
  public static final int OK = 0;

  /**
   * The check failed: {@code validate} found an ERROR (or, with {@code --strict}, a WARNING);
   * {@code fmt --check} found a file that is not in canonical form; a {@code test} operation of
   * {@code patch} failed (and nothing was written); {@code diff} found the plans differ.
   */
  public static final int FINDINGS = 1;

  /**
   * The command could not do its job: a usage error (unknown option, missing argument), or an I/O
   * or input error (missing, unreadable or malformed file, unknown extension, failed write); for
   * {@code get}, {@code set} and {@code patch} also a pointer that names nothing, a patch that does
   * not parse, or a value the model rejects.
   */
  public static final int USAGE_OR_IO = 2;

  /** A bug in plandoc: the message asks to run again with {@code --verbose} and report it. */
  public static final int INTERNAL = 3;

  private ExitCode() {}
}
