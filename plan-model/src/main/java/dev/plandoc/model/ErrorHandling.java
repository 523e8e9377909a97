package dev.plandoc.model;

import dev.plandoc.model.internal.Edits;
import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.*;
import java.util.*;
import java.util.function.UnaryOperator;
import org.immutables.value.Value;

/**
 * Section 8, error handling: the error classification table and the retry rules.
 *
 * <p>Anchors for {@link #extras()}: {@code ""}, {@code "errorClasses"}, {@code "retryRules"}. Known
 * column keys: {@code code}, {@code type}, {@code handling}.
 *
 * <pre>{@code
 * new ErrorHandlingBuilder().addRetryRules("네트워크 에러: 3회 재시도").build();
 * errors.withErrorClass(0, e -> e.withHandling("재시도 후 알림")).withErrorClassMoved(0, 2);
 * }</pre>
 *
 * @param columns the table's column order, empty for the template's
 * @param errorClasses the error classes
 * @param retryRules the retry rules, verbatim bullets
 * @param extras unrecognised content
 */
@Value.Builder
public record ErrorHandling(
    List<String> columns,
    List<ErrorClass> errorClasses,
    List<String> retryRules,
    List<RawMarkdown> extras)
    implements KeepsMarkdown, WithErrorHandling {
  /** Column keys of the template's table, in order. */
  public static final List<String> KNOWN_COLUMNS = List.of("code", "type", "handling");

  /** Checks the values. */
  public ErrorHandling {
    errorClasses = Texts.list(errorClasses, "errorClasses");
    // A table without rows is not written, so it keeps no column order.
    columns = errorClasses.isEmpty() ? List.of() : columns;
    columns =
        Columns.checked(
            columns,
            Set.copyOf(KNOWN_COLUMNS),
            errorClasses.stream().map(ErrorClass::extraCells).toList());
    retryRules = Texts.list(retryRules, "retryRules");
    extras =
        RawMarkdown.checked(extras, "errorHandling.extras", List.of("errorClasses", "retryRules"));
  }

  /**
   * A copy with the item of {@link #errorClasses() errorClasses} at {@code index} changed by {@code
   * change}.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index < errorClasses().size()}
   */
  public ErrorHandling withErrorClass(int index, UnaryOperator<ErrorClass> change) {
    return withErrorClasses(
        Edits.replaced(errorClasses, index, change, "errorHandling.errorClasses"));
  }

  /**
   * A copy with {@code errorClass} added to {@link #errorClasses() errorClasses}, after its
   * siblings.
   */
  public ErrorHandling withErrorClassAdded(ErrorClass errorClass) {
    return withErrorClassAdded(errorClasses.size(), errorClass);
  }

  /**
   * A copy with {@code errorClass} added to {@link #errorClasses() errorClasses} at {@code index};
   * the items from {@code index} on follow it.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index <= errorClasses().size()}
   */
  public ErrorHandling withErrorClassAdded(int index, ErrorClass errorClass) {
    return withErrorClasses(
        Edits.inserted(errorClasses, index, errorClass, "errorHandling.errorClasses"));
  }

  /**
   * A copy without the item of {@link #errorClasses() errorClasses} at {@code index}.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index < errorClasses().size()}
   */
  public ErrorHandling withoutErrorClass(int index) {
    return withErrorClasses(Edits.removed(errorClasses, index, "errorHandling.errorClasses"));
  }

  /**
   * A copy with the item of {@link #errorClasses() errorClasses} at {@code from} moved so that it
   * is at {@code to}.
   *
   * @throws IndexOutOfBoundsException unless both are in {@code 0 <= i < errorClasses().size()}
   */
  public ErrorHandling withErrorClassMoved(int from, int to) {
    return withErrorClasses(Edits.moved(errorClasses, from, to, "errorHandling.errorClasses"));
  }
}
