package dev.plandoc.model;

import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.*;
import java.util.*;
import org.immutables.value.Value;

/**
 * Section 10, the testing strategy: contract, integration and load testing.
 *
 * <p>Anchors for {@link #extras()}: {@code ""}, {@code "contract"}, {@code "integration"}, {@code
 * "load"}.
 *
 * <pre>{@code
 * new TestingBuilder().addContract("Zod 스키마로 API 계약 검증").build();
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
    implements KeepsMarkdown {
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
}
