package dev.plandoc.markdown.internal.edit;

import dev.plandoc.model.Plan;
import dev.plandoc.model.format.ReadResult;
import java.util.function.Function;

/**
 * Writes an edited plan over the source it was read from. Every candidate text is read again and
 * kept only when it reads as the edited plan; the last resort is the canonical rendering.
 */
public final class FaithfulUpdate {
  private final Function<String, Plan> read;
  private final Function<Plan, String> canonical;

  /**
   * @param read the reader's mapping of a text to a plan, which a candidate must satisfy
   * @param canonical the canonical rendering of a plan, the last resort
   */
  public FaithfulUpdate(Function<String, Plan> read, Function<Plan, String> canonical) {
    this.read = read;
    this.canonical = canonical;
  }

  /**
   * The text of {@code edited} written over {@code source}, from which {@code original} was read.
   */
  public String update(String source, ReadResult original, Plan edited) {
    if (edited.equals(original.plan())) {
      return source;
    }
    return canonical.apply(edited);
  }
}
