package dev.plandoc.json.internal.section;

import dev.plandoc.json.internal.mapping.DecodeContext;
import dev.plandoc.json.internal.mapping.EncodeContext;
import dev.plandoc.json.internal.mapping.Node;
import dev.plandoc.model.Plan;
import dev.plandoc.model.SectionKind;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;

/**
 * How one section of the template is read from and written to the published shape. The section's
 * property in the plan object is named by its {@link SectionKind#key()}. Codecs are stateless and
 * shared (see {@link SectionCodecs}); the state of a read or a write is in its context. An abstract
 * class rather than an interface so that each codec names its kind and its place in a plan once, in
 * its constructor.
 *
 * @param <T> the model type of the section
 */
public abstract class SectionCodec<T> {
  private final SectionKind kind;
  private final Function<Plan, Optional<T>> section;

  SectionCodec(SectionKind kind, Function<Plan, Optional<T>> section) {
    this.kind = kind;
    this.section = section;
  }

  /** The section this codec reads and writes. */
  public final SectionKind kind() {
    return kind;
  }

  /** The section of a plan, when the plan has it. */
  public final Optional<T> of(Plan plan) {
    return section.apply(plan);
  }

  /**
   * Reads the section from its node.
   *
   * @param n the section's node
   * @param path the section's model path: its key
   * @param ctx the read
   */
  public abstract T decode(Node n, String path, DecodeContext ctx);

  /** Writes the section as an object. */
  public abstract void encode(JsonGenerator o, T section, EncodeContext ctx);
}
