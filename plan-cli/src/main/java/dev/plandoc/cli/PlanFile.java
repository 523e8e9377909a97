package dev.plandoc.cli;

import dev.plandoc.markdown.MarkdownDocument;
import dev.plandoc.markdown.MarkdownPlanWriter;
import dev.plandoc.model.Plan;
import dev.plandoc.model.format.PlanFormat;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A plan file opened for an edit ({@code set}, {@code patch}, {@code convert --onto}): its text as
 * it was, its format and its plan, and the writing of an edited plan back into it. A Markdown file
 * is written back faithfully through {@link MarkdownPlanWriter#update}, so that what the edit did
 * not touch stays as the author wrote it; JSON and YAML by their writers. An edit that changes
 * nothing leaves the file untouched, and a file is only ever replaced by complete content ({@link
 * PlanIo#writeFile}: permissions kept, a symbolic link followed).
 */
final class PlanFile {
  private static final String MARKDOWN = "markdown";

  private final String arg;
  private final PlanFormat format;
  private final String text;
  private final Plan plan;
  private final @Nullable MarkdownDocument document;

  private PlanFile(
      String arg, PlanFormat format, String text, Plan plan, @Nullable MarkdownDocument document) {
    this.arg = arg;
    this.format = format;
    this.text = text;
    this.plan = plan;
    this.document = document;
  }

  /**
   * Reads a plan file, or standard input for {@code -}; the format from {@code from} or the
   * extension.
   */
  static PlanFile open(PlanIo planIo, String arg, Optional<String> from, Io io) {
    PlanFormat format = planIo.formatOf(arg, from, "--from");
    byte[] bytes = planIo.readBytes(arg, io.in());
    String name = PlanIo.displayName(arg);
    String text = PlanIo.decode(name, bytes);
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      text = "\uFEFF" + text; // kept: the file is written back as its author saved it
    }
    if (format.name().equals(MARKDOWN)) {
      MarkdownDocument document = MarkdownDocument.read(text);
      return new PlanFile(arg, format, text, document.plan(), document);
    }
    return new PlanFile(arg, format, text, planIo.read(arg, format, text).plan(), null);
  }

  /** The plan read from the file. */
  Plan plan() {
    return plan;
  }

  /** The format of the file. */
  PlanFormat format() {
    return format;
  }

  /** The file as messages name it. */
  String name() {
    return PlanIo.displayName(arg);
  }

  /**
   * Writes the edited plan back into the file, or to {@code output} ({@code -}: standard output) in
   * the format of its extension. Back into the file, an unchanged plan writes nothing.
   */
  void save(Plan edited, Optional<String> output, PlanIo planIo, Io io) {
    String out = output.orElse(arg);
    boolean inPlace = output.isEmpty() && !arg.equals(PlanIo.STDIO);
    if (inPlace && edited.equals(plan)) {
      return;
    }
    PlanFormat target =
        out.equals(PlanIo.STDIO)
            ? format
            : planIo.formatOf(out, Optional.empty(), "a .md, .json or .yaml name");
    String result = render(edited, target);
    if (out.equals(PlanIo.STDIO)) {
      io.out().print(result);
      io.out().flush();
    } else {
      PlanIo.writeFile(Path.of(out), result);
    }
  }

  /**
   * The text of the edited plan in a format: this file's own text when nothing changed, faithful
   * Markdown over this file's document, else the format's writer.
   */
  private String render(Plan edited, PlanFormat target) {
    if (!target.name().equals(format.name())) {
      return PlanIo.writer(target, Optional.empty()).write(edited);
    }
    if (edited.equals(plan)) {
      return text;
    }
    if (document == null) {
      return PlanIo.writer(format, Optional.empty()).write(edited);
    }
    try {
      return MarkdownPlanWriter.builder().build().update(document, edited);
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      throw new CliException(
          name() + ": the edit cannot be written as Markdown: " + e.getMessage(), e);
    }
  }
}
