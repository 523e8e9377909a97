package dev.plandoc.model;

import dev.plandoc.model.internal.Edits;
import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.*;
import java.util.*;
import java.util.function.UnaryOperator;
import org.immutables.value.Value;

/**
 * Section 11, deployment: environments, CI/CD and the rollback plan.
 *
 * <p>Anchors for {@link #extras()}: {@code ""}, {@code "environments"}, {@code "ciCd"}, {@code
 * "rollback"}.
 *
 * <pre>{@code
 * new DeploymentBuilder().addEnvironments(new Environment("Staging", "Cloud Run")).build();
 * deployment.withEnvironmentAdded(new Environment("Canary", "5% of traffic"));
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
    implements KeepsMarkdown, WithDeployment {
  /** Checks the values. */
  public Deployment {
    environments = Texts.list(environments, "environments");
    ciCd = Texts.list(ciCd, "ciCd");
    rollback = Texts.list(rollback, "rollback");
    extras =
        RawMarkdown.checked(
            extras, "deployment.extras", List.of("environments", "ciCd", "rollback"));
  }

  /**
   * A copy with the item of {@link #environments() environments} at {@code index} changed by {@code
   * change}.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index < environments().size()}
   */
  public Deployment withEnvironment(int index, UnaryOperator<Environment> change) {
    return withEnvironments(Edits.replaced(environments, index, change, "deployment.environments"));
  }

  /**
   * A copy with {@code environment} added to {@link #environments() environments}, after its
   * siblings.
   */
  public Deployment withEnvironmentAdded(Environment environment) {
    return withEnvironmentAdded(environments.size(), environment);
  }

  /**
   * A copy with {@code environment} added to {@link #environments() environments} at {@code index};
   * the items from {@code index} on follow it.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index <= environments().size()}
   */
  public Deployment withEnvironmentAdded(int index, Environment environment) {
    return withEnvironments(
        Edits.inserted(environments, index, environment, "deployment.environments"));
  }

  /**
   * A copy without the item of {@link #environments() environments} at {@code index}.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index < environments().size()}
   */
  public Deployment withoutEnvironment(int index) {
    return withEnvironments(Edits.removed(environments, index, "deployment.environments"));
  }

  /**
   * A copy with the item of {@link #environments() environments} at {@code from} moved so that it
   * is at {@code to}.
   *
   * @throws IndexOutOfBoundsException unless both are in {@code 0 <= i < environments().size()}
   */
  public Deployment withEnvironmentMoved(int from, int to) {
    return withEnvironments(Edits.moved(environments, from, to, "deployment.environments"));
  }
}
