package dev.plandoc.markdown;

import dev.plandoc.markdown.internal.BlockParser;
import dev.plandoc.markdown.internal.InputLimits;
import dev.plandoc.markdown.internal.PlaceholderPositions;
import dev.plandoc.markdown.internal.PlanParser;
import dev.plandoc.markdown.internal.ReadCodes;
import dev.plandoc.markdown.internal.Source;
import dev.plandoc.markdown.internal.section.Sections;
import dev.plandoc.model.check.Diagnostic;
import dev.plandoc.model.check.PlanValidator;
import dev.plandoc.model.check.SourcePosition;
import dev.plandoc.model.format.PlanFormatException;
import dev.plandoc.model.format.PlanReader;
import dev.plandoc.model.format.ReadOptions;
import dev.plandoc.model.format.ReadResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.commonmark.parser.Parser;

/**
 * Reads PLAN Markdown. Immutable and thread-safe once built; share one instance.
 *
 * <p>Lenient by default: every string reads without exception. Headings are matched in Korean or
 * English, with or without numbers, in any case and with trailing text in parentheses; tables are
 * read by header name; whatever is not recognised is kept verbatim where it was found. The result
 * carries the reader's diagnostics and those of a {@link PlanValidator}, each with a line:column
 * position. In strict mode an ERROR diagnostic raises {@link PlanFormatException} instead. CRLF
 * line breaks, a byte order mark, tabs and a missing final line break are accepted.
 *
 * <pre>{@code
 * MarkdownPlanReader reader = MarkdownPlanReader.builder().strict(false).build();
 * ReadResult r = reader.read("# PLAN: 로그인\n\n## 15. 다음 단계\n\n1. 구현 시작\n");
 * r.plan().nextSteps().orElseThrow().steps().get(0).text();   // "구현 시작"
 * }</pre>
 */
public final class MarkdownPlanReader implements PlanReader {
  private final boolean strict;
  private final PlanValidator validator;
  private final Parser parser;
  private final InputLimits limits;

  private MarkdownPlanReader(Builder b) {
    this.strict = b.strict;
    this.validator = b.validator;
    this.parser = BlockParser.get();
    MarkdownReadLimits l = b.limits;
    this.limits = new InputLimits(l.maxDocumentChars(), l.maxNestingDepth(), l.maxTableRows());
  }

  /** A builder with the defaults: lenient. */
  public static Builder builder() {
    return new Builder();
  }

  /** A validator that checks nothing: what a read with {@code ReadOptions.validate()} off uses. */
  private static final PlanValidator NO_RULES =
      PlanValidator.create().without(dev.plandoc.model.check.Rule.values());

  /** A reader with the given options: strict or lenient, validating or not. */
  public static MarkdownPlanReader of(ReadOptions options) {
    Builder b = builder().strict(options.strict());
    return options.validate() ? b.build() : b.validator(NO_RULES).build();
  }

  /** Whether this reader fails on ERROR diagnostics. */
  public boolean isStrict() {
    return strict;
  }

  /**
   * Reads a plan. Never throws in lenient mode, unless the text passes one of the reader's {@link
   * MarkdownReadLimits}.
   *
   * @throws PlanFormatException in strict mode, when the plan has an ERROR diagnostic; in any mode,
   *     when the text passes a limit (the message names it, the position is where)
   */
  @Override
  public ReadResult read(String text) {
    Objects.requireNonNull(text, "text");
    PlanParser.Result r = parse(text);
    List<Diagnostic> diagnostics = new ArrayList<>(r.diagnostics());
    List<Diagnostic> found = new ArrayList<>();
    for (Diagnostic d : validator.validate(r.plan(), r.sourceMap())) {
      // A finding with no place of its own (a missing section) points at the document's start.
      found.add(d.position().isPresent() ? d : d.at(START));
    }
    diagnostics.addAll(PlaceholderPositions.refine(Source.normalize(text), found));
    ReadResult result = new ReadResult(r.plan(), diagnostics, r.sourceMap());
    if (strict) {
      for (Diagnostic d : result.diagnostics()) {
        if (d.isError()) {
          throw new PlanFormatException(
              d.code() + ": " + d.message(),
              d.position(),
              d.path(),
              result.diagnostics().stream().filter(Diagnostic::isError).toList(),
              null);
        }
      }
    }
    return result;
  }

  /**
   * Reads a document: the text and the plan read from it, for editing in place (see {@link
   * MarkdownDocument}).
   *
   * <pre>{@code
   * MarkdownDocument doc = reader.readDocument(Files.readString(Path.of("PLAN.md")));
   * }</pre>
   *
   * @throws PlanFormatException in strict mode, when the plan has an ERROR diagnostic
   */
  public MarkdownDocument readDocument(String text) {
    return new MarkdownDocument(text, read(text), this);
  }

  /** The reader's mapping alone, without the validator: what an edit is checked against. */
  PlanParser.Result parse(String text) {
    try {
      return PlanParser.parse(text, parser, Sections.all(), limits);
    } catch (InputLimits.Exceeded e) {
      throw new PlanFormatException(
          e.getMessage() + "; MarkdownReadLimits sets the limits",
          Optional.of(e.at()),
          "",
          List.of(),
          e);
    }
  }

  /** The diagnostic codes the reader itself reports, besides the validator's. */
  public static Set<String> readerCodes() {
    return Set.of(
        ReadCodes.UNKNOWN_SUBSECTION,
        ReadCodes.ENDPOINT_LAYOUT,
        ReadCodes.DUPLICATE_SECTION,
        ReadCodes.TABLE_KEPT,
        ReadCodes.NO_TITLE,
        ReadCodes.SECTION_KEPT,
        ReadCodes.NOTHING_TYPED);
  }

  private static final SourcePosition START = new SourcePosition(1, 1);

  /**
   * Builds {@link MarkdownPlanReader}s. Not thread-safe; the readers it builds are.
   *
   * <pre>{@code
   * MarkdownPlanReader strict = MarkdownPlanReader.builder().strict(true).build();
   * }</pre>
   */
  public static final class Builder {
    private boolean strict;
    private PlanValidator validator = PlanValidator.create();
    private MarkdownReadLimits limits = MarkdownReadLimits.defaults();

    /**
     * The limits the reader enforces; by default {@link MarkdownReadLimits#defaults()}. Past a
     * limit, a read fails with {@link PlanFormatException} in lenient mode too.
     */
    public Builder limits(MarkdownReadLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    private Builder() {}

    /**
     * The validator whose diagnostics a read reports beside the reader's own; by default every rule
     * of {@link PlanValidator#create()}. Pass {@code PlanValidator.create().without(...)} to skip
     * rules.
     */
    public Builder validator(PlanValidator v) {
      this.validator = Objects.requireNonNull(v, "validator");
      return this;
    }

    /** Whether ERROR diagnostics fail the read with {@link PlanFormatException}. */
    public Builder strict(boolean on) {
      this.strict = on;
      return this;
    }

    /** Builds the reader. */
    public MarkdownPlanReader build() {
      return new MarkdownPlanReader(this);
    }
  }
}
