package dev.plandoc.model;

import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.*;
import java.util.*;
import org.immutables.value.Value;

/**
 * The high-level architecture diagram: its source and the fenced code block's language ({@code
 * mermaid}, or empty for an ASCII drawing).
 *
 * <pre>{@code
 * new Diagram("mermaid", "flowchart LR\n  A --> B");
 * diagram.withLanguage("mermaid").withSource("flowchart LR\n  A --> B");
 * }</pre>
 *
 * @param language the fence info string, empty for none
 * @param source the diagram source verbatim
 */
@Value.Builder
public record Diagram(String language, String source) implements WithDiagram {
  /** Checks the values. */
  public Diagram {
    Texts.singleLine(language, "diagram language");
    Texts.required(source, "source");
  }

  /** Whether the diagram is Mermaid. */
  public boolean isMermaid() {
    return language.equalsIgnoreCase("mermaid");
  }
}
