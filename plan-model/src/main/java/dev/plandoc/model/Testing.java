package dev.plandoc.model;

import dev.plandoc.model.internal.Edits;
import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.*;
import java.util.*;
import java.util.function.UnaryOperator;
import org.immutables.value.Value;

/**
 * Section 10, the testing strategy: contract, integration and load testing.
 *
 * <p>Anchors for {@link #extras()}: {@code ""}, {@code "contract"}, {@code "integration"}, {@code
 * "load"}.
 *
 * <pre>{@code
 * new TestingBuilder().addContract("Zod 스키마로 API 계약 검증").build();
 * testing.withIntegration(i -> i.withCoverageTarget("80%")).withoutLoad();
 * }</pre>
 *
 * @param contract contract testing, verbatim bullets
 * @param integration integration testing
 * @param load load testing
 * @param extras unrecognised content
 */
@Value.Builder
public record Testing(
    List<String> contract,
    Optional<IntegrationTesting> integration,
    Optional<LoadTesting> load,
    List<RawMarkdown> extras)
    implements KeepsMarkdown, WithTesting {
  /** Checks the values. */
  public Testing {
    contract = Texts.list(contract, "contract");
    extras =
        RawMarkdown.movedFromAbsent(
            extras,
            List.of("contract", "integration", "load"),
            List.of(true, integration.isPresent(), load.isPresent()));
    extras =
        RawMarkdown.checked(extras, "testing.extras", List.of("contract", "integration", "load"));
  }

  /**
   * A copy with {@link #integration() integration} changed by {@code change}. When it is absent the
   * change is applied to an empty one, which is added unless the change leaves it empty: a change
   * that changes nothing never adds a part.
   */
  public Testing withIntegration(UnaryOperator<IntegrationTesting> change) {
    return withIntegration(
        Edits.changedPart(
            integration, () -> new IntegrationTestingBuilder().build(), change, "integration"));
  }

  /** A copy without {@link #integration() integration}. */
  public Testing withoutIntegration() {
    return withIntegration(Optional.empty());
  }

  /**
   * A copy with {@link #load() load} changed by {@code change}. When it is absent the change is
   * applied to an empty one, which is added unless the change leaves it empty: a change that
   * changes nothing never adds a part.
   */
  public Testing withLoad(UnaryOperator<LoadTesting> change) {
    return withLoad(
        Edits.changedPart(load, () -> new LoadTestingBuilder().build(), change, "load"));
  }

  /** A copy without {@link #load() load}. */
  public Testing withoutLoad() {
    return withLoad(Optional.empty());
  }
}
