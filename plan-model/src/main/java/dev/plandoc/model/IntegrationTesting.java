package dev.plandoc.model;

import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.*;
import java.util.*;
import org.immutables.value.Value;

/**
 * Testing: integration testing.
 *
 * <pre>{@code
 * new IntegrationTestingBuilder().coverageTarget(new PercentageText("70%")).build();
 * }</pre>
 *
 * @param criticalPaths the critical paths (핵심 경로)
 * @param coverageTarget the coverage target (목표 커버리지)
 * @param extraItems other bullets, verbatim without the marker
 */
@Value.Builder
public record IntegrationTesting(
    Optional<String> criticalPaths,
    Optional<PercentageText> coverageTarget,
    List<String> extraItems) {
  /** Checks the values. */
  public IntegrationTesting {
    criticalPaths.ifPresent(s -> Texts.singleLine(s, "criticalPaths"));
    extraItems = Texts.list(extraItems, "extraItems");
  }
}
