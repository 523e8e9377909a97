package dev.plandoc.markdown.internal.section;

import dev.plandoc.markdown.internal.MarkdownText;
import dev.plandoc.markdown.internal.MarkdownText.TableRows;
import dev.plandoc.markdown.internal.RawCollector;
import dev.plandoc.markdown.internal.ReadContext;
import dev.plandoc.markdown.internal.SectionSyntax;
import dev.plandoc.markdown.internal.SectionWriter;
import dev.plandoc.markdown.internal.SubSections;
import dev.plandoc.markdown.internal.Vocabulary;
import dev.plandoc.markdown.internal.WriteContext;
import dev.plandoc.model.ErrorClass;
import dev.plandoc.model.ErrorHandling;
import dev.plandoc.model.ErrorHandlingBuilder;
import dev.plandoc.model.Plan;
import dev.plandoc.model.PlanBuilder;
import dev.plandoc.model.RawMarkdown;
import dev.plandoc.model.SectionKind;
import dev.plandoc.model.value.StatusCodeText;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.Node;

/**
 * 8. Error handling: the error classes as a table mapped by header (code, type, handling), and the
 * retry strategy as bullets.
 */
final class ErrorHandlingSection implements SectionSyntax<ErrorHandling> {
  @Override
  public SectionKind kind() {
    return SectionKind.ERROR_HANDLING;
  }

  @Override
  public Optional<ErrorHandling> in(Plan plan) {
    return plan.errorHandling();
  }

  @Override
  public void into(PlanBuilder plan, ErrorHandling section) {
    plan.errorHandling(section);
  }

  @Override
  public ErrorHandling keepWhole(List<RawMarkdown> raw) {
    return new ErrorHandlingBuilder().extras(raw).build();
  }

  @Override
  public ErrorHandling read(List<Node> body, ReadContext ctx) {
    ErrorHandlingBuilder b = new ErrorHandlingBuilder();
    RawCollector raw = ctx.raw();
    new SubSections(ctx, kind().key())
        .table(
            Vocabulary.ERROR_CLASSES,
            "errorClasses",
            ErrorHandling.KNOWN_COLUMNS,
            t -> {
              b.columns(t.modelColumns(ErrorHandling.KNOWN_COLUMNS));
              for (List<String> row : t.rows()) {
                b.addErrorClasses(
                    new ErrorClass(
                        new StatusCodeText(t.cell(row, "code")),
                        t.cell(row, "type"),
                        t.cell(row, "handling"),
                        t.extraCells(row)));
              }
            })
        .bullets(Vocabulary.RETRY, "retryRules", b::retryRules)
        .walk(body, raw, Optional.of(Vocabulary.ERROR_CLASSES), "code");
    return b.extras(raw.build()).build();
  }

  @Override
  public String write(ErrorHandling e, WriteContext ctx) {
    SectionWriter b = new SectionWriter(e.extras(), ctx);
    TableRows rows = new TableRows();
    for (ErrorClass c : e.errorClasses()) {
      rows.add(List.of(c.code().text(), c.type(), c.handling()), c.extraCells());
    }
    b.part(
        "errorClasses",
        Vocabulary.ERROR_CLASSES,
        rows.render(e.columns(), ErrorHandling.KNOWN_COLUMNS, ctx::column));
    b.part("retryRules", Vocabulary.RETRY, MarkdownText.bullets(e.retryRules()));
    return b.finish(ctx.heading(), true);
  }
}
