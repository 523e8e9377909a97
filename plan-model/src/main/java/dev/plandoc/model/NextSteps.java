package dev.plandoc.model;

import dev.plandoc.model.internal.Edits;
import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.*;
import java.util.*;
import java.util.function.UnaryOperator;
import org.immutables.value.Value;

/**
 * Section 15, next steps: an ordered list whose steps may nest.
 *
 * <p>Anchors for {@link #extras()}: {@code ""} and {@code "steps"}.
 *
 * <pre>{@code
 * new NextStepsBuilder().addSteps(new Step("SPEC 재검토 및 승인")).build();
 * next.withStepAdded(new Step("배포 체크리스트 검토")).withoutStep(0);
 * }</pre>
 *
 * @param steps the steps in order
 * @param extras unrecognised content
 */
@Value.Builder
public record NextSteps(List<Step> steps, List<RawMarkdown> extras)
    implements KeepsMarkdown, WithNextSteps {
  /** Checks the values. */
  public NextSteps {
    steps = Texts.list(steps, "steps");
    if (Views.ownCount(steps) == 0) {
      extras = RawMarkdown.moved(extras, "steps", "");
    }
    extras = RawMarkdown.checked(extras, "nextSteps.extras", List.of("steps"));
    Views.check(steps, extras, "nextSteps.steps");
  }

  /**
   * A copy with the item of {@link #steps() steps} at {@code index} changed by {@code change}. The
   * changed item keeps the old one's {@link RawMarkdownView#viewOf() viewOf}, whatever the change
   * returns: a view stays a view of the same Markdown.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index < steps().size()}
   */
  public NextSteps withStep(int index, UnaryOperator<Step> change) {
    return withSteps(Views.replaced(steps, index, change, Step::withViewOf, "nextSteps.steps"));
  }

  /** A copy with {@code step} added to {@link #steps() steps}, after its siblings. */
  public NextSteps withStepAdded(Step step) {
    return withStepAdded(steps.size(), step);
  }

  /**
   * A copy with {@code step} added to {@link #steps() steps} at {@code index}; the items from
   * {@code index} on follow it.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index <= steps().size()}
   */
  public NextSteps withStepAdded(int index, Step step) {
    return withSteps(Edits.inserted(steps, index, step, "nextSteps.steps"));
  }

  /**
   * A copy without the item of {@link #steps() steps} at {@code index}.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index < steps().size()}
   */
  public NextSteps withoutStep(int index) {
    return withSteps(Edits.removed(steps, index, "nextSteps.steps"));
  }

  /**
   * A copy with the item of {@link #steps() steps} at {@code from} moved so that it is at {@code
   * to}.
   *
   * @throws IndexOutOfBoundsException unless both are in {@code 0 <= i < steps().size()}
   */
  public NextSteps withStepMoved(int from, int to) {
    return withSteps(Edits.moved(steps, from, to, "nextSteps.steps"));
  }
}
