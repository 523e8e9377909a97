package dev.plandoc.markdown.internal;

import dev.plandoc.model.Plan;
import dev.plandoc.model.PlanBuilder;
import dev.plandoc.model.RawMarkdown;
import dev.plandoc.model.SectionKind;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.Node;

/**
 * The Markdown of one kind of section: the shapes its body is read from and how it is written.
 * Implementations are stateless and shared between threads; the document reader and writer ({@link
 * PlanParser}, {@link PlanRenderer}) hand each {@code ##} section to the one of its kind.
 *
 * @param <T> the model type of the section
 */
public interface SectionSyntax<T> {
  /** The kind of section. */
  SectionKind kind();

  /** The section in a plan, when the plan has it. */
  Optional<T> in(Plan plan);

  /** Puts the section into a plan being built. */
  void into(PlanBuilder plan, T section);

  /**
   * Reads the body of the section (the blocks after its {@code ##} heading, without the closing
   * separator), recording positions, diagnostics and language votes in the context. May throw when
   * the model rejects what was read; the caller then keeps the section whole.
   */
  T read(List<Node> body, ReadContext ctx);

  /** The section with nothing typed: all of its body kept as raw content. */
  T keepWhole(List<RawMarkdown> raw);

  /**
   * The section as Markdown, starting with its heading and without a trailing line break; empty
   * when the section is a view over content the plan keeps elsewhere, which is written there.
   */
  String write(T section, WriteContext ctx);

  /**
   * The plan with this section read as a view over the content around its title, for a document
   * that has no section of this kind (metadata written as a blockquote after the title, say); the
   * plan as it is when there is none.
   */
  default Plan withViewAroundTitle(Plan plan) {
    return plan;
  }

  /**
   * Checks, before a plan is written, that a view over the content around the title still says what
   * that content says (a view edited in code or JSON would otherwise be lost silently).
   *
   * @throws IllegalArgumentException when it does not
   */
  default void checkViewAroundTitle(Plan plan) {}
}
