package dev.plandoc.model;

import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.*;
import java.util.*;
import org.immutables.value.Value;

/**
 * Section 15, next steps: an ordered list whose steps may nest.
 *
 * <p>Anchors for {@link #extras()}: {@code ""} and {@code "steps"}.
 *
 * <pre>{@code
 * new NextStepsBuilder().addSteps(new Step("SPEC 재검토 및 승인")).build();
 * }</pre>
 *
 * @param steps the steps in order
 * @param extras unrecognised content
 */
@Value.Builder
public record NextSteps(List<Step> steps, List<RawMarkdown> extras) implements KeepsMarkdown {
  /** Checks the values. */
  public NextSteps {
    steps = Texts.list(steps, "steps");
    if (Views.ownCount(steps) == 0) {
      extras = RawMarkdown.moved(extras, "steps", "");
    }
    extras = RawMarkdown.checked(extras, "nextSteps.extras", List.of("steps"));
    Views.check(steps, extras, "nextSteps.steps");
  }
}
