package dev.plandoc.model;

import dev.plandoc.model.internal.Edits;
import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.*;
import java.util.*;
import java.util.function.UnaryOperator;
import org.immutables.value.Value;

/**
 * Section 2, architecture: the high-level diagram, the components and the data-flow steps.
 *
 * <p>Anchors for {@link #extras()}: {@code ""}, {@code "diagram"}, {@code "components"}, {@code
 * "dataFlow"}.
 *
 * <pre>{@code
 * new ArchitectureBuilder().diagram(new Diagram("", "[Client] → [API]")).addDataFlow(new Step("검증")).build();
 * architecture.withComponentAdded(Component.of("Notifier", "sends push")).withDataFlowStepMoved(2, 0);
 * }</pre>
 *
 * @param diagram the high-level diagram
 * @param components the components
 * @param dataFlow the data-flow steps in order
 * @param extras unrecognised content
 */
@Value.Builder
public record Architecture(
    Optional<Diagram> diagram,
    List<Component> components,
    List<Step> dataFlow,
    List<RawMarkdown> extras)
    implements KeepsMarkdown, WithArchitecture {
  /** Checks the values. */
  public Architecture {
    components = Texts.list(components, "components");
    dataFlow = Texts.list(dataFlow, "dataFlow");
    extras =
        RawMarkdown.checked(
            extras, "architecture.extras", List.of("diagram", "components", "dataFlow"));
  }

  /**
   * A copy with {@link #diagram() diagram} changed by {@code change}. When it is absent the change
   * is applied to an empty one, which is added unless the change leaves it empty: a change that
   * changes nothing never adds a part.
   */
  public Architecture withDiagram(UnaryOperator<Diagram> change) {
    return withDiagram(Edits.changedPart(diagram, () -> new Diagram("", ""), change, "diagram"));
  }

  /** A copy without {@link #diagram() diagram}. */
  public Architecture withoutDiagram() {
    return withDiagram(Optional.empty());
  }

  /**
   * A copy with the item of {@link #components() components} at {@code index} changed by {@code
   * change}.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index < components().size()}
   */
  public Architecture withComponent(int index, UnaryOperator<Component> change) {
    return withComponents(Edits.replaced(components, index, change, "architecture.components"));
  }

  /**
   * A copy with {@code component} added to {@link #components() components}, after its siblings.
   */
  public Architecture withComponentAdded(Component component) {
    return withComponentAdded(components.size(), component);
  }

  /**
   * A copy with {@code component} added to {@link #components() components} at {@code index}; the
   * items from {@code index} on follow it.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index <= components().size()}
   */
  public Architecture withComponentAdded(int index, Component component) {
    return withComponents(Edits.inserted(components, index, component, "architecture.components"));
  }

  /**
   * A copy without the item of {@link #components() components} at {@code index}.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index < components().size()}
   */
  public Architecture withoutComponent(int index) {
    return withComponents(Edits.removed(components, index, "architecture.components"));
  }

  /**
   * A copy with the item of {@link #components() components} at {@code from} moved so that it is at
   * {@code to}.
   *
   * @throws IndexOutOfBoundsException unless both are in {@code 0 <= i < components().size()}
   */
  public Architecture withComponentMoved(int from, int to) {
    return withComponents(Edits.moved(components, from, to, "architecture.components"));
  }

  /**
   * A copy with the item of {@link #dataFlow() dataFlow} at {@code index} changed by {@code
   * change}.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index < dataFlow().size()}
   */
  public Architecture withDataFlowStep(int index, UnaryOperator<Step> change) {
    return withDataFlow(Edits.replaced(dataFlow, index, change, "architecture.dataFlow"));
  }

  /** A copy with {@code step} added to {@link #dataFlow() dataFlow}, after its siblings. */
  public Architecture withDataFlowStepAdded(Step step) {
    return withDataFlowStepAdded(dataFlow.size(), step);
  }

  /**
   * A copy with {@code step} added to {@link #dataFlow() dataFlow} at {@code index}; the items from
   * {@code index} on follow it.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index <= dataFlow().size()}
   */
  public Architecture withDataFlowStepAdded(int index, Step step) {
    return withDataFlow(Edits.inserted(dataFlow, index, step, "architecture.dataFlow"));
  }

  /**
   * A copy without the item of {@link #dataFlow() dataFlow} at {@code index}.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index < dataFlow().size()}
   */
  public Architecture withoutDataFlowStep(int index) {
    return withDataFlow(Edits.removed(dataFlow, index, "architecture.dataFlow"));
  }

  /**
   * A copy with the item of {@link #dataFlow() dataFlow} at {@code from} moved so that it is at
   * {@code to}.
   *
   * @throws IndexOutOfBoundsException unless both are in {@code 0 <= i < dataFlow().size()}
   */
  public Architecture withDataFlowStepMoved(int from, int to) {
    return withDataFlow(Edits.moved(dataFlow, from, to, "architecture.dataFlow"));
  }
}
