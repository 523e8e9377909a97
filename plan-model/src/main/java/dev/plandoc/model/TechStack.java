package dev.plandoc.model;

import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.*;
import java.util.*;
import org.immutables.value.Value;

/**
 * Section 1, the technology stack: the selected technologies table and the rejected alternatives.
 *
 * <p>Anchors for {@link #extras()}: {@code ""}, {@code "selected"}, {@code "alternatives"}. Known
 * column keys: {@code area}, {@code technology}, {@code reason}.
 *
 * <pre>{@code
 * new TechStackBuilder().addSelected(new TechChoice("백엔드", "FastAPI", "기존 스택", Map.of())).build();
 * }</pre>
 *
 * @param columns the table's column order, empty for the template's
 * @param selected the selected technologies
 * @param alternatives alternatives considered and rejected
 * @param extras unrecognised content
 */
@Value.Builder
public record TechStack(
    List<String> columns,
    List<TechChoice> selected,
    List<Alternative> alternatives,
    List<RawMarkdown> extras)
    implements KeepsMarkdown {
  /** Column keys of the template's table, in order. */
  public static final List<String> KNOWN_COLUMNS = List.of("area", "technology", "reason");

  /** Checks the values. */
  public TechStack {
    selected = Texts.list(selected, "selected");
    // A table without rows is not written, so it keeps no column order.
    columns = selected.isEmpty() ? List.of() : columns;
    columns =
        Columns.checked(
            columns,
            Set.copyOf(KNOWN_COLUMNS),
            selected.stream().map(TechChoice::extraCells).toList());
    alternatives = Texts.list(alternatives, "alternatives");
    extras = RawMarkdown.checked(extras, "techStack.extras", List.of("selected", "alternatives"));
  }
}
