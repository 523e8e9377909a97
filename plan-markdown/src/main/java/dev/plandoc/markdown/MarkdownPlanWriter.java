package dev.plandoc.markdown;

import dev.plandoc.markdown.internal.PlanRenderer;
import dev.plandoc.markdown.internal.section.Sections;
import dev.plandoc.model.Language;
import dev.plandoc.model.Plan;
import dev.plandoc.model.format.PlanWriter;
import dev.plandoc.model.format.WriteOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Writes plans as canonical Markdown in the template's layout: the title, the Metadata bullets,
 * {@code ---} between sections, the template's table and bullet style, and everything the reader
 * kept verbatim put back where it was found. Only the layout is the writer's: the sections come in
 * the plan's order ({@link Plan#sectionsInOrder()}), and headings, keys, column headers and item
 * words as the author wrote them ({@link Plan#labels()}), numbers and all; code is written byte for
 * byte. A plan built in code is written in the template's order and words. Immutable and
 * thread-safe.
 *
 * <p>The language is the builder's, or else the plan's own ({@link Plan#language()}). A writer
 * built with a language also writes in it the labels that are the template's own words ({@code ##
 * 7. 기술 스택 선정} becomes {@code ## 7. Technology Stack}); the author's own words stay as written.
 *
 * <pre>{@code
 * MarkdownPlanWriter writer = MarkdownPlanWriter.builder().language(Language.ENGLISH).build();
 * String md = writer.write(plan);
 * }</pre>
 */
public final class MarkdownPlanWriter implements PlanWriter {
  private final Optional<Language> language;

  private MarkdownPlanWriter(Builder b) {
    this.language = b.language;
  }

  /** A builder with the defaults: the plan's own language. */
  public static Builder builder() {
    return new Builder();
  }

  /** A writer with the given options. */
  public static MarkdownPlanWriter of(WriteOptions options) {
    Builder b = builder();
    options.language().ifPresent(b::language);
    return b.build();
  }

  /** The language this writer forces, if any. */
  public Optional<Language> language() {
    return language;
  }

  @Override
  public void write(Plan plan, Appendable out) {
    try {
      out.append(write(plan));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String write(Plan plan) {
    return new PlanRenderer(language.orElse(plan.language()), language.isPresent(), Sections.all())
        .render(plan);
  }

  /**
   * Writes {@code edited} over the document it was read from, faithfully: every part the edit did
   * not touch stays byte for byte as in {@code original}, and what it did touch is written in the
   * document's own style (see {@link MarkdownDocument}). The unedited plan gives the original text.
   * A language this writer forces applies to the new parts only.
   *
   * <pre>{@code
   * MarkdownDocument doc = MarkdownDocument.read(text);
   * Plan edited = doc.plan().withTitle("Receipt OCR v2");
   * String updated = MarkdownPlanWriter.builder().build().update(doc, edited);
   * }</pre>
   *
   * @param original the document as read
   * @param edited the plan to write
   * @return the new text
   * @throws IllegalArgumentException when the edit cannot be written as Markdown
   */
  public String update(MarkdownDocument original, Plan edited) {
    return original.update(edited, this);
  }

  /**
   * Builds {@link MarkdownPlanWriter}s. Not thread-safe; the writers it builds are.
   *
   * <pre>{@code
   * MarkdownPlanWriter korean = MarkdownPlanWriter.builder().language(Language.KOREAN).build();
   * }</pre>
   */
  public static final class Builder {
    private Optional<Language> language = Optional.empty();

    private Builder() {}

    /** Writes in this language regardless of the plan's own. */
    public Builder language(Language lang) {
      this.language = Optional.of(lang);
      return this;
    }

    /** Builds the writer. */
    public MarkdownPlanWriter build() {
      return new MarkdownPlanWriter(this);
    }
  }
}
