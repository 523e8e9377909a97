package dev.plandoc.model;

import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.*;
import java.util.*;
import org.immutables.value.Value;

/**
 * Section 14, risks and mitigations.
 *
 * <p>Anchors for {@link #extras()}: {@code ""} and {@code "risks/i"} (after the i-th risk that is
 * not a {@link RawMarkdownView view}).
 *
 * <pre>{@code
 * new RisksBuilder().addRisks(risk).build();
 * }</pre>
 *
 * @param risks the risks in order
 * @param extras unrecognised content
 */
@Value.Builder
public record Risks(List<Risk> risks, List<RawMarkdown> extras) implements KeepsMarkdown {
  /** Checks the values. */
  public Risks {
    risks = Texts.list(risks, "risks");
    extras =
        RawMarkdown.checked(
            extras, "risks.extras", RawMarkdown.indexed("risks", Views.ownCount(risks)));
    Views.check(risks, extras, "risks.risks");
  }
}
