package dev.plandoc.json;

import dev.plandoc.json.internal.patch.EditException;
import dev.plandoc.model.check.SourcePosition;
import dev.plandoc.model.format.PlanFormatException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * An edit of a plan's JSON form that could not be made: a patch that does not parse, a pointer that
 * names nothing, a {@code test} that failed, or a result the model rejects. Nothing was changed:
 * plans are immutable, and a patch applies all of its operations or none.
 *
 * <p>{@link #path()} is the JSON Pointer of the offending part: into the patch document for a
 * {@link Reason#MALFORMED malformed} patch (with the {@link #position() line and column}), else
 * into the plan's JSON form. {@link #operation()} is the index of the failed operation in the
 * patch, counted from 0 as in the patch's own pointers ({@code /0/op}).
 *
 * <pre>{@code
 * try {
 *   plan = PlanPatch.parse(text).apply(plan);
 * } catch (PlanPatchException e) {
 *   if (e.reason() == PlanPatchException.Reason.TEST_FAILED) { ... }   // a precondition failed
 *   System.err.println(e.describe());   // "operation 1 (remove /risks/risks/5): ... (at /risks/risks/5)"
 * }
 * }</pre>
 */
public final class PlanPatchException extends PlanFormatException {
  private static final long serialVersionUID = 1L;

  /** Why an edit failed. */
  public enum Reason {
    /** The patch is not JSON, or not a JSON Patch: not an array, an unknown op, a bad pointer. */
    MALFORMED,
    /** A pointer names nothing: no such property, no such item, an index past the end. */
    NO_SUCH_PATH,
    /** A {@code test} operation found another value, or none. */
    TEST_FAILED,
    /**
     * An operation that cannot be made at all: a value moved into its own inside, the whole plan
     * removed, or a patch that would nest or grow the plan beyond the default {@link ReadLimits}.
     */
    ILLEGAL_OPERATION,
    /**
     * The operations applied, but the result is not a plan the model accepts: a value of the wrong
     * type, a required property removed, a property the model does not have, a value the model
     * rejects. The message names the property; the cause is the decoder's exception.
     */
    REJECTED
  }

  private final Reason reason;
  private final int operation;

  private PlanPatchException(
      Reason reason,
      int operation,
      String message,
      Optional<SourcePosition> position,
      String path,
      @Nullable Throwable cause) {
    super(message, position, path, List.of(), cause);
    this.reason = reason;
    this.operation = operation;
  }

  /** Why the edit failed. */
  public Reason reason() {
    return reason;
  }

  /** The index of the failed operation in the patch, from 0; empty when no one operation failed. */
  public OptionalInt operation() {
    return operation < 0 ? OptionalInt.empty() : OptionalInt.of(operation);
  }

  /** A patch document that does not parse, or is no JSON Patch. */
  static PlanPatchException malformed(PlanFormatException e) {
    String message = String.valueOf(e.getMessage());
    return new PlanPatchException(
        Reason.MALFORMED,
        -1,
        message.startsWith("malformed") ? message : "not a JSON Patch: " + message,
        e.position(),
        e.path(),
        e);
  }

  /** An operation that failed; {@code operation} is -1 and {@code what} empty for a single edit. */
  static PlanPatchException failed(EditException e, int operation, String what) {
    Reason reason;
    switch (e.failure()) {
      case TEST_FAILED:
        reason = Reason.TEST_FAILED;
        break;
      case NO_SUCH_PATH:
        reason = Reason.NO_SUCH_PATH;
        break;
      default:
        reason = Reason.ILLEGAL_OPERATION;
        break;
    }
    return new PlanPatchException(
        reason, operation, what + e.getMessage(), Optional.empty(), e.pointer(), e);
  }

  /** An edited JSON form the decoder rejected. */
  static PlanPatchException rejected(PlanFormatException e) {
    return new PlanPatchException(
        Reason.REJECTED, -1, String.valueOf(e.getMessage()), Optional.empty(), e.path(), e);
  }
}
