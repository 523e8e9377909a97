package dev.plandoc.model;

import dev.plandoc.model.internal.Edits;
import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.*;
import java.util.*;
import java.util.function.UnaryOperator;
import org.immutables.value.Value;

/**
 * Section 1, the technology stack: the selected technologies table and the rejected alternatives.
 *
 * <p>Anchors for {@link #extras()}: {@code ""}, {@code "selected"}, {@code "alternatives"}. Known
 * column keys: {@code area}, {@code technology}, {@code reason}.
 *
 * <pre>{@code
 * new TechStackBuilder().addSelected(new TechChoice("백엔드", "FastAPI", "기존 스택", Map.of())).build();
 * stack.withTechChoice(0, c -> c.withTechnology("FastAPI 0.116")).withoutAlternative(1);
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
    implements KeepsMarkdown, WithTechStack {
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

  /**
   * A copy with the item of {@link #selected() selected} at {@code index} changed by {@code
   * change}.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index < selected().size()}
   */
  public TechStack withTechChoice(int index, UnaryOperator<TechChoice> change) {
    return withSelected(Edits.replaced(selected, index, change, "techStack.selected"));
  }

  /** A copy with {@code techChoice} added to {@link #selected() selected}, after its siblings. */
  public TechStack withTechChoiceAdded(TechChoice techChoice) {
    return withTechChoiceAdded(selected.size(), techChoice);
  }

  /**
   * A copy with {@code techChoice} added to {@link #selected() selected} at {@code index}; the
   * items from {@code index} on follow it.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index <= selected().size()}
   */
  public TechStack withTechChoiceAdded(int index, TechChoice techChoice) {
    return withSelected(Edits.inserted(selected, index, techChoice, "techStack.selected"));
  }

  /**
   * A copy without the item of {@link #selected() selected} at {@code index}.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index < selected().size()}
   */
  public TechStack withoutTechChoice(int index) {
    return withSelected(Edits.removed(selected, index, "techStack.selected"));
  }

  /**
   * A copy with the item of {@link #selected() selected} at {@code from} moved so that it is at
   * {@code to}.
   *
   * @throws IndexOutOfBoundsException unless both are in {@code 0 <= i < selected().size()}
   */
  public TechStack withTechChoiceMoved(int from, int to) {
    return withSelected(Edits.moved(selected, from, to, "techStack.selected"));
  }

  /**
   * A copy with the item of {@link #alternatives() alternatives} at {@code index} changed by {@code
   * change}.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index < alternatives().size()}
   */
  public TechStack withAlternative(int index, UnaryOperator<Alternative> change) {
    return withAlternatives(Edits.replaced(alternatives, index, change, "techStack.alternatives"));
  }

  /**
   * A copy with {@code alternative} added to {@link #alternatives() alternatives}, after its
   * siblings.
   */
  public TechStack withAlternativeAdded(Alternative alternative) {
    return withAlternativeAdded(alternatives.size(), alternative);
  }

  /**
   * A copy with {@code alternative} added to {@link #alternatives() alternatives} at {@code index};
   * the items from {@code index} on follow it.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index <= alternatives().size()}
   */
  public TechStack withAlternativeAdded(int index, Alternative alternative) {
    return withAlternatives(
        Edits.inserted(alternatives, index, alternative, "techStack.alternatives"));
  }

  /**
   * A copy without the item of {@link #alternatives() alternatives} at {@code index}.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index < alternatives().size()}
   */
  public TechStack withoutAlternative(int index) {
    return withAlternatives(Edits.removed(alternatives, index, "techStack.alternatives"));
  }

  /**
   * A copy with the item of {@link #alternatives() alternatives} at {@code from} moved so that it
   * is at {@code to}.
   *
   * @throws IndexOutOfBoundsException unless both are in {@code 0 <= i < alternatives().size()}
   */
  public TechStack withAlternativeMoved(int from, int to) {
    return withAlternatives(Edits.moved(alternatives, from, to, "techStack.alternatives"));
  }
}
