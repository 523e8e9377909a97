package dev.plandoc.markdown.internal.edit;

import dev.plandoc.markdown.internal.PlanParser;
import dev.plandoc.markdown.internal.PlanRenderer;
import dev.plandoc.model.Plan;
import dev.plandoc.model.SectionKind;
import dev.plandoc.model.check.SourceMap;
import dev.plandoc.model.format.ReadResult;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes an edited plan over the source it was read from, changing only the lines the edit touches.
 *
 * <p>It works change by change ({@link ModelDiff}): for the first change that can be carried, it
 * tries the candidate texts of {@link Candidates}, finest first, reads each back with the reader
 * itself, and keeps the first that brings the plan nearer to the edited one without changing any
 * other part. So every text it returns reads as the edited plan, whatever the author's shapes: the
 * reader is the judge, not a second model of the syntax. A change no fine candidate carries gets
 * its section rewritten ({@link SectionPatch}); when even that fails, the canonical rendering of
 * the whole plan is the answer.
 */
public final class FaithfulUpdate {
  private final Function<String, PlanParser.Result> read;
  private final Function<Plan, String> canonical;
  private final PlanRenderer renderer;

  /**
   * @param read the reader's mapping of a text, which every candidate must satisfy
   * @param canonical the canonical rendering of a plan, the last resort
   * @param renderer the renderer of sections that are written anew
   */
  public FaithfulUpdate(
      Function<String, PlanParser.Result> read,
      Function<Plan, String> canonical,
      PlanRenderer renderer) {
    this.read = read;
    this.canonical = canonical;
    this.renderer = renderer;
  }

  /**
   * The text of {@code edited} written over {@code source}, from which {@code original} was read.
   */
  public String update(String source, ReadResult original, Plan edited) {
    if (edited.equals(original.plan())) {
      return source;
    }
    ModelDiff diff = new ModelDiff(original.plan());
    State state =
        new State(
            EditBuffer.of(source),
            original.plan(),
            original.sourceMap(),
            diff.changes(original.plan(), edited));
    int budget = 3 * state.changes().size() + 10;
    while (!state.changes().isEmpty()) {
      Optional<State> next = budget-- > 0 ? step(state, diff, edited) : Optional.empty();
      if (next.isEmpty()) {
        return canonically(edited, state.changes().get(0));
      }
      state = next.get();
    }
    return state.buffer().text();
  }

  /**
   * The last resort: the whole plan written canonically. It reads as the edited plan, but in the
   * template's layout; a view edited beyond what its author's shape can say cannot be written so
   * either.
   */
  private String canonically(Plan edited, Change first) {
    try {
      return canonical.apply(edited);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          first.path()
              + ": the edit cannot be written in the shape the author gave this part, and the"
              + " plan cannot be written canonically either: "
              + e.getMessage(),
          e);
    }
  }

  /** A text, the plan it reads as, where its parts are, and what is left to change. */
  private record State(EditBuffer buffer, Plan plan, SourceMap map, List<Change> changes) {}

  private Optional<State> step(State s, ModelDiff diff, Plan edited) {
    int distance = ModelDiff.distance(s.changes());
    Candidates candidates =
        new Candidates(s.buffer(), s.map(), s.plan(), diff, new ItemRendering(renderer));
    for (Change c : s.changes()) {
      // Of the candidates that bring the plan nearer, the nearest wins, and of those the one that
      // touches the fewest lines: a removed row rather than its whole table rewritten.
      Optional<State> best = Optional.empty();
      for (EditBuffer candidate : candidates.of(c)) {
        Optional<State> kept = judged(s, candidate, c.part(), distance, diff, edited);
        if (kept.isPresent() && (best.isEmpty() || better(kept.get(), best.get()))) {
          best = kept;
        }
        // A value written where it was, and nothing else changed: no other place can do better.
        if (c.kind() == Change.Kind.TEXT
            && best.isPresent()
            && ModelDiff.distance(best.get().changes()) == distance - c.weight()) {
          return best;
        }
      }
      if (best.isPresent()) {
        return best;
      }
    }
    Set<String> parts = new LinkedHashSet<>();
    s.changes().forEach(c -> parts.add(c.part().equals("labels") ? labelled(c) : c.part()));
    SectionPatch sections = new SectionPatch(s.buffer(), s.map(), renderer);
    for (String part : parts) {
      Optional<SectionKind> kind = SectionKind.fromKey(part);
      if (kind.isPresent()) {
        Optional<EditBuffer> patched = sections.patch(kind.get(), s.plan(), edited);
        if (patched.isPresent()) {
          Optional<State> kept = judged(s, patched.get(), part, distance, diff, edited);
          if (kept.isPresent()) {
            return kept;
          }
        }
      }
    }
    return Optional.empty();
  }

  private static boolean better(State a, State b) {
    int da = ModelDiff.distance(a.changes());
    int db = ModelDiff.distance(b.changes());
    return da < db || da == db && a.buffer().touched() < b.buffer().touched();
  }

  /** The section a label belongs to: {@code risks} for {@code labels.risks.columns.level}. */
  private static String labelled(Change c) {
    String key = c.path().substring("labels.".length());
    int dot = key.indexOf('.');
    return dot < 0 ? key : key.substring(0, dot);
  }

  /**
   * The state of a candidate text, when it reads as a plan nearer to the edited one and no part but
   * {@code part} (and the labels, which follow the headings) differs from before.
   */
  private Optional<State> judged(
      State s, EditBuffer candidate, String part, int distance, ModelDiff diff, Plan edited) {
    PlanParser.Result r = read.apply(candidate.text());
    List<Change> left = diff.changes(r.plan(), edited);
    if (ModelDiff.distance(left) >= distance) {
      return Optional.empty();
    }
    // Metadata read from the text around the title changes that text when it changes.
    Set<String> allowed = new java.util.HashSet<>(Set.of(part, "labels"));
    if (part.equals("metadata")) {
      s.plan().metadata().flatMap(dev.plandoc.model.Metadata::viewOf).ifPresent(allowed::add);
    }
    for (RecordComponent c : ModelReflection.components(Plan.class)) {
      String name = c.getName();
      if (!allowed.contains(name)
          && !diff.same(ModelReflection.value(s.plan(), c), ModelReflection.value(r.plan(), c))) {
        return Optional.empty();
      }
    }
    return Optional.of(new State(candidate, r.plan(), r.sourceMap(), left));
  }
}
