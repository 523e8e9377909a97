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
 * integration.withCoverageTarget("80%");
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
    List<String> extraItems)
    implements WithIntegrationTesting {
  /** Checks the values. */
  public IntegrationTesting {
    criticalPaths.ifPresent(s -> Texts.singleLine(s, "criticalPaths"));
    extraItems = Texts.list(extraItems, "extraItems");
  }

  /** A copy without {@link #criticalPaths() criticalPaths}. */
  public IntegrationTesting withoutCriticalPaths() {
    return withCriticalPaths(Optional.empty());
  }

  /**
   * A copy with {@link #coverageTarget() coverageTarget} set to the text {@code coverageTarget}, as
   * written (a {@link PercentageText}).
   */
  public IntegrationTesting withCoverageTarget(String coverageTarget) {
    return withCoverageTarget(new PercentageText(coverageTarget));
  }

  /** A copy without {@link #coverageTarget() coverageTarget}. */
  public IntegrationTesting withoutCoverageTarget() {
    return withCoverageTarget(Optional.empty());
  }
}
