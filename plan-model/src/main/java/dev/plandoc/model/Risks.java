package dev.plandoc.model;

import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.*;
import java.util.*;
import java.util.function.UnaryOperator;
import org.immutables.value.Value;

/**
 * Section 14, risks and mitigations.
 *
 * <p>Anchors for {@link #extras()}: {@code ""} and {@code "risks/i"} (after the i-th risk that is
 * not a {@link RawMarkdownView view}).
 *
 * <p>The item helpers ({@code withRisk}, {@code withRiskAdded}, {@code withoutRisk}, {@code
 * withRiskMoved}) keep the kept Markdown where it is in the document: adding a risk of its own
 * renumbers the anchors after it; removing one joins the Markdown that followed it to the Markdown
 * before it, so that a removed risk takes its own lines and nothing else; moving one is removing it
 * and adding it at its new place. Views have no anchor of their own and renumber nothing; a view
 * over Markdown whose anchor is renumbered follows it (its {@code viewOf} names the new anchor).
 * The generated {@code withRisks(…)} replaces the whole list and leaves the anchors as they are.
 *
 * <pre>{@code
 * new RisksBuilder().addRisks(risk).build();
 * risks.withoutRisk(0).withRiskMoved(1, 0);
 * }</pre>
 *
 * @param risks the risks in order
 * @param extras unrecognised content
 */
@Value.Builder
public record Risks(List<Risk> risks, List<RawMarkdown> extras)
    implements KeepsMarkdown, WithRisks {
  /** Checks the values. */
  public Risks {
    risks = Texts.list(risks, "risks");
    extras =
        RawMarkdown.checked(
            extras, "risks.extras", RawMarkdown.indexed("risks", Views.ownCount(risks)));
    Views.check(risks, extras, "risks.risks");
  }

  /**
   * A copy with the item of {@link #risks() risks} at {@code index} changed by {@code change}. The
   * changed item keeps the old one's {@link RawMarkdownView#viewOf() viewOf}, whatever the change
   * returns: a view stays a view of the same Markdown.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index < risks().size()}
   */
  public Risks withRisk(int index, UnaryOperator<Risk> change) {
    return editedRisks(risksPart().replaced(index, change));
  }

  /** A copy with {@code risk} added to {@link #risks() risks}, after its siblings. */
  public Risks withRiskAdded(Risk risk) {
    return withRiskAdded(risks.size(), risk);
  }

  /**
   * A copy with {@code risk} added to {@link #risks() risks} at {@code index}; the items from
   * {@code index} on follow it.
   *
   * <p>The kept Markdown stays where it is in the document: see the class comment.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index <= risks().size()}
   */
  public Risks withRiskAdded(int index, Risk risk) {
    return editedRisks(risksPart().inserted(index, risk));
  }

  /**
   * A copy without the item of {@link #risks() risks} at {@code index}.
   *
   * <p>The kept Markdown stays where it is in the document: see the class comment.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index < risks().size()}
   */
  public Risks withoutRisk(int index) {
    return editedRisks(risksPart().removed(index));
  }

  /**
   * A copy with the item of {@link #risks() risks} at {@code from} moved so that it is at {@code
   * to}.
   *
   * <p>The kept Markdown stays where it is in the document: see the class comment.
   *
   * @throws IndexOutOfBoundsException unless both are in {@code 0 <= i < risks().size()}
   */
  public Risks withRiskMoved(int from, int to) {
    return editedRisks(risksPart().moved(from, to));
  }

  private IndexedPart<Risk> risksPart() {
    return new IndexedPart<>("risks", "risks.risks", risks, extras, Risk::withViewOf);
  }

  /** The edited list and kept Markdown together: apart, either could be refused. */
  private Risks editedRisks(IndexedPart<Risk> part) {
    return new RisksBuilder().from(this).risks(part.items()).extras(part.extras()).build();
  }
}
