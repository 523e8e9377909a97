package dev.plandoc.model;

import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.*;
import java.util.*;
import org.immutables.value.Value;

/**
 * Testing: load testing.
 *
 * <pre>{@code
 * new LoadTestingBuilder().target("300 TPS").tools("k6").build();
 * load.withTarget("100 TPS").withTools("k6");
 * }</pre>
 *
 * @param target the load target (목표)
 * @param tools the tools (도구)
 * @param extraItems other bullets, verbatim without the marker
 */
@Value.Builder
public record LoadTesting(Optional<String> target, Optional<String> tools, List<String> extraItems)
    implements WithLoadTesting {
  /** Checks the values. */
  public LoadTesting {
    target.ifPresent(s -> Texts.singleLine(s, "target"));
    tools.ifPresent(s -> Texts.singleLine(s, "tools"));
    extraItems = Texts.list(extraItems, "extraItems");
  }

  /** A copy without {@link #target() target}. */
  public LoadTesting withoutTarget() {
    return withTarget(Optional.empty());
  }

  /** A copy without {@link #tools() tools}. */
  public LoadTesting withoutTools() {
    return withTools(Optional.empty());
  }
}
