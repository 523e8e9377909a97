package dev.plandoc.model;

import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.*;
import java.util.*;
import org.immutables.value.Value;

/**
 * Section 11, deployment: environments, CI/CD and the rollback plan.
 *
 * <p>Anchors for {@link #extras()}: {@code ""}, {@code "environments"}, {@code "ciCd"}, {@code
 * "rollback"}.
 *
 * <pre>{@code
 * new DeploymentBuilder().addEnvironments(new Environment("Staging", "Cloud Run")).build();
 * }</pre>
 *
 * @param environments the environments
 * @param ciCd the CI/CD bullets, verbatim
 * @param rollback the rollback plan bullets, verbatim
 * @param extras unrecognised content
 */
@Value.Builder
public record Deployment(
    List<Environment> environments,
    List<String> ciCd,
    List<String> rollback,
    List<RawMarkdown> extras)
    implements KeepsMarkdown {
  /** Checks the values. */
  public Deployment {
    environments = Texts.list(environments, "environments");
    ciCd = Texts.list(ciCd, "ciCd");
    rollback = Texts.list(rollback, "rollback");
    extras =
        RawMarkdown.checked(
            extras, "deployment.extras", List.of("environments", "ciCd", "rollback"));
  }
}
