package dev.plandoc.markdown;

import dev.plandoc.markdown.internal.PlanRenderer;
import dev.plandoc.markdown.internal.edit.FaithfulUpdate;
import dev.plandoc.markdown.internal.section.Sections;
import dev.plandoc.model.Plan;
import dev.plandoc.model.check.Diagnostic;
import dev.plandoc.model.format.ReadResult;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A Markdown plan as its author wrote it: the source text and the plan read from it. Editing the
 * plan and asking for the document {@link #with(Plan) with} the edited plan writes the change into
 * the author's text and nothing else: every line the edit does not touch stays byte for byte as it
 * was (line endings, byte order mark, trailing spaces, table padding, bullet markers, blank lines,
 * heading wording and numbering, section order, comments, front matter), and what the edit does
 * touch is written in the document's own style — a changed cell in its row, a new risk as a copy of
 * the risk before it, a removed milestone as exactly its own lines.
 *
 * <p>Immutable and thread-safe; every edit returns a new document.
 *
 * <pre>{@code
 * MarkdownDocument doc = MarkdownDocument.read(Files.readString(Path.of("PLAN.md")));
 * MarkdownDocument edited = doc.edit(plan -> plan.withTitle("Receipt OCR v2"));
 * Files.writeString(Path.of("PLAN.md"), edited.source());   // a one-line diff
 * }</pre>
 *
 * <p>The edited document's {@link #plan()} is its text read again, so it equals the plan passed in
 * up to provenance: an item written into one of the author's own tables reads back as a view of
 * that table ({@link dev.plandoc.model.RawMarkdownView}).
 */
public final class MarkdownDocument {
  private static final MarkdownPlanReader DEFAULT_READER = MarkdownPlanReader.builder().build();

  private final String source;
  private final ReadResult result;
  private final MarkdownPlanReader reader;

  MarkdownDocument(String source, ReadResult result, MarkdownPlanReader reader) {
    this.source = source;
    this.result = result;
    this.reader = reader;
  }

  /**
   * Reads a document with the default (lenient) reader. Never throws.
   *
   * @param source the Markdown text
   * @return the document
   */
  public static MarkdownDocument read(String source) {
    return DEFAULT_READER.readDocument(source);
  }

  /** The text exactly as it was given or last written. */
  public String source() {
    return source;
  }

  /** The plan read from {@link #source()}. */
  public Plan plan() {
    return result.plan();
  }

  /** The whole read: the plan, its diagnostics and source positions. */
  public ReadResult result() {
    return result;
  }

  /** The reader's and validator's diagnostics on {@link #source()}. */
  public List<Diagnostic> diagnostics() {
    return result.diagnostics();
  }

  /**
   * The document with its plan replaced by {@code edited}, written faithfully: see the class
   * documentation. The unedited plan gives this same document back.
   *
   * @param edited the plan to write, typically {@link #plan()} changed
   * @return the new document, read again from its new text
   * @throws IllegalArgumentException when the edit cannot be written as Markdown (the message names
   *     the part)
   */
  public MarkdownDocument with(Plan edited) {
    Objects.requireNonNull(edited, "edited");
    if (edited.equals(result.plan())) {
      return this;
    }
    return reader.readDocument(update(edited, MarkdownPlanWriter.builder().build()));
  }

  /**
   * The faithful text of {@code edited} over this document, new parts written by {@code writer}.
   */
  String update(Plan edited, MarkdownPlanWriter writer) {
    if (edited.equals(result.plan())) {
      return source;
    }
    return new FaithfulUpdate(
            reader::parse,
            writer::write,
            new PlanRenderer(writer.language().orElse(edited.language()), Sections.all()))
        .update(source, result, edited);
  }

  /**
   * The document with {@code change} applied to its plan, written faithfully.
   *
   * <pre>{@code
   * doc.edit(p -> p.withRisks(r -> r.withoutRisk(0)));
   * }</pre>
   *
   * @param change a function of the plan
   * @return the new document
   */
  public MarkdownDocument edit(UnaryOperator<Plan> change) {
    return with(change.apply(plan()));
  }

  @Override
  public String toString() {
    return "MarkdownDocument[" + result.plan().title() + ", " + source.length() + " chars]";
  }
}
