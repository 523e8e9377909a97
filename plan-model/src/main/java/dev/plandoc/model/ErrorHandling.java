package dev.plandoc.model;

import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.*;
import java.util.*;
import org.immutables.value.Value;

/**
 * Section 8, error handling: the error classification table and the retry rules.
 *
 * <p>Anchors for {@link #extras()}: {@code ""}, {@code "errorClasses"}, {@code "retryRules"}. Known
 * column keys: {@code code}, {@code type}, {@code handling}.
 *
 * <pre>{@code
 * new ErrorHandlingBuilder().addRetryRules("네트워크 에러: 3회 재시도").build();
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
    implements KeepsMarkdown {
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
}
