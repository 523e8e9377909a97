package dev.plandoc.json.internal.patch;

/**
 * An edit of a JSON tree that cannot be made: the message says why, without the pointer, which is
 * carried apart.
 */
public final class EditException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why an edit failed. */
  public enum Failure {
    /** A pointer names nothing in the tree. */
    NO_SUCH_PATH,
    /** A {@code test} found another value. */
    TEST_FAILED,
    /** The operation cannot be made at all: moving a value into itself, removing the root. */
    ILLEGAL
  }

  private final Failure failure;
  private final String pointer;

  EditException(Failure failure, String pointer, String message) {
    super(message);
    this.failure = failure;
    this.pointer = pointer;
  }

  /** Why the edit failed. */
  public Failure failure() {
    return failure;
  }

  /** The JSON Pointer the edit failed at, as written. */
  public String pointer() {
    return pointer;
  }
}
