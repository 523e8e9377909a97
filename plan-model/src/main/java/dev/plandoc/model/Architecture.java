package dev.plandoc.model;

import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.*;
import java.util.*;
import org.immutables.value.Value;

/**
 * Section 2, architecture: the high-level diagram, the components and the data-flow steps.
 *
 * <p>Anchors for {@link #extras()}: {@code ""}, {@code "diagram"}, {@code "components"}, {@code
 * "dataFlow"}.
 *
 * <pre>{@code
 * new ArchitectureBuilder().diagram(new Diagram("", "[Client] → [API]")).addDataFlow(new Step("검증")).build();
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
    implements KeepsMarkdown {
  /** Checks the values. */
  public Architecture {
    components = Texts.list(components, "components");
    dataFlow = Texts.list(dataFlow, "dataFlow");
    extras =
        RawMarkdown.checked(
            extras, "architecture.extras", List.of("diagram", "components", "dataFlow"));
  }
}
