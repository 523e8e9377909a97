package dev.plandoc.model.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plandoc.model.Language;
import dev.plandoc.model.Plan;
import dev.plandoc.model.PlanBuilder;
import dev.plandoc.model.SectionKind;
import dev.plandoc.model.internal.diff.Fingerprint;
import dev.plandoc.model.internal.diff.Layout;
import dev.plandoc.model.testing.RandomPlans;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of {@link PlanDiff} on random plans ({@link RandomPlans}, Instancio from fixed seeds):
 * a plan has no change against itself or a copy of it written otherwise; a change of any one text
 * is found, once, at that text's pointer; and the diff is empty exactly when the plans' layout-free
 * fingerprints are equal.
 */
class PlanDiffPropertiesTest {
  static Stream<Long> seeds() {
    return Stream.iterate(1L, s -> s + 1).limit(60);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aPlanHasNoChangeAgainstItselfOrACopy(long seed) {
    Plan p = RandomPlans.plan(seed);
    assertThat(PlanDiff.between(p, p).changes()).isEmpty();
    assertThat(PlanDiff.between(p, new PlanBuilder().from(p).build()).changes()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aPlanWrittenOtherwiseHasNoChange(long seed) {
    Plan p = RandomPlans.plan(seed);
    Plan layout = writtenOtherwise(p);
    assertThat(layout).isNotEqualTo(p);
    assertThat(PlanDiff.between(p, layout).changes()).isEmpty();
    assertThat(PlanDiff.between(layout, p).changes()).isEmpty();
    assertThat(fingerprint(layout)).isEqualTo(fingerprint(p));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aChangedTextIsOneChangeAtItsPointer(long seed) {
    Plan p = RandomPlans.plan(seed);
    List<String> leaves = Leaves.rewrite(p, (at, s) -> s + "·").changed();
    int tried = 0;
    // Every seventh leaf of the plan, so each seed covers other parts of it.
    for (int k = (int) (seed % 7); k < leaves.size(); k += 7) {
      String target = leaves.get(k);
      Plan q;
      try {
        q = (Plan) Leaves.rewrite(p, (at, s) -> at.equals(target) ? s + "·x" : s).value();
      } catch (IllegalArgumentException rejected) {
        continue; // the model refuses that text there (a path with a space, ...)
      }
      tried++;
      PlanDiff diff = PlanDiff.between(p, q);
      assertThat(diff.changes()).as("changed %s", target).hasSize(1);
      PlanChange c = diff.changes().get(0);
      assertThat(c.pointer()).as("changed %s", target).isEqualTo(target);
      assertThat(c.kind()).isIn(ChangeKind.CHANGED, ChangeKind.TEXT);
      assertThat(c.section().map(SectionKind::key))
          .isEqualTo(SectionKind.fromKey(target.substring(1).split("/")[0]).map(SectionKind::key));
      assertThat(fingerprint(q)).isNotEqualTo(fingerprint(p));
    }
    assertThat(tried).isPositive();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void theDiffIsEmptyExactlyWhenTheFingerprintsAreEqual(long seed) {
    Plan p = RandomPlans.plan(seed);
    List<Plan> others = new ArrayList<>();
    others.add(RandomPlans.plan(seed + 1000));
    others.add(writtenOtherwise(p));
    others.add(p.withTitle(p.title() + "·"));
    others.add(p.withoutRisks());
    AtomicInteger n = new AtomicInteger();
    others.add((Plan) Leaves.rewrite(p, (at, s) -> n.incrementAndGet() == 3 ? s + "·" : s).value());
    for (Plan q : others) {
      boolean same = fingerprint(p).equals(fingerprint(q));
      assertThat(PlanDiff.between(p, q).isEmpty()).isEqualTo(same);
      assertThat(PlanDiff.between(q, p).isEmpty()).isEqualTo(same);
    }
  }

  private static String fingerprint(Plan p) {
    return Fingerprint.of(p, Layout.Mode.PLAIN);
  }

  /**
   * The same plan as it could be written otherwise: in the other language, its sections in reverse
   * order, CRLF line breaks and trailing spaces in every text of several lines.
   */
  static Plan writtenOtherwise(Plan p) {
    Plan crlf =
        (Plan)
            Leaves.rewrite(p, (at, s) -> s.contains("\n") ? s.replace("\n", "  \r\n") : s).value();
    List<SectionKind> reversed = new ArrayList<>(p.sectionsInOrder());
    java.util.Collections.reverse(reversed);
    return new PlanBuilder()
        .from(crlf)
        .language(p.language() == Language.KOREAN ? Language.ENGLISH : Language.KOREAN)
        .sectionOrder(reversed)
        .build();
  }
}
