package dev.plandoc.cli;

import dev.plandoc.model.Plan;
import dev.plandoc.model.diff.PlanDiff;
import dev.plandoc.model.format.PlanFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code plan diff OLD NEW}: what changed between two plans, in what they say rather than in their
 * text ({@link PlanDiff}); exit 0 when nothing did, 1 when something did, as {@code diff} does.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Show what changed from the plan OLD to the plan NEW: sections, items and values added,"
          + " removed, changed or moved, each at its JSON Pointer into the plan's JSON form (what"
          + " 'plan get NEW POINTER' prints). The two may be in different formats: a Markdown plan"
          + " and its YAML have no change.",
      "",
      "Layout is no change: line breaks, a byte order mark, table padding, the wording and"
          + " numbering of the template's headings, the language they are written in, the order of"
          + " sections. Items are matched by identity (an endpoint by method and path, a risk by"
          + " title, a cost row by item, ...), so an inserted item is one addition. Typed values"
          + " compare by value: $120 and $120.00 are the same amount, shown as a 'text' change.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  plan diff PLAN.md PLAN.new.md                    one line per change",
      "  plan diff PLAN.md plan.yaml                      a Markdown plan against a YAML one",
      "  git show main:PLAN.md | plan diff - PLAN.md      against the committed version",
      "  plan diff --format markdown old.md new.md        a summary to post on a pull request",
      "  plan diff --format json old.md new.md | jq .     for scripts",
      "",
      "Exit codes: 0 the plans say the same; 1 they differ; 2 usage error, or a file that could"
          + " not be read or parsed."
    })
final class DiffCommand implements Callable<Integer> {
  /** The report formats. */
  enum Format {
    text,
    json,
    markdown
  }

  @ParentCommand PlanCommand parent;

  @Parameters(index = "0", paramLabel = "OLD", description = "The plan before; - for stdin.")
  String oldFile;

  @Parameters(index = "1", paramLabel = "NEW", description = "The plan after; - for stdin.")
  String newFile;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Report format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(
      names = "--from",
      paramLabel = "FORMAT",
      description = "Format of standard input (-), when it is not Markdown.")
  Optional<String> from = Optional.empty();

  @Override
  public Integer call() {
    SharedOptions.requireStdinAtMostOnce(List.of(oldFile, newFile));
    Plan before = read(oldFile);
    Plan after = read(newFile);
    PlanDiff diff = PlanDiff.between(before, after);
    DiffReport report = new DiffReport(oldFile, newFile, before, after, diff);
    String out =
        switch (format) {
          case text -> report.text();
          case json -> report.json();
          case markdown -> new DiffSummary(report).markdown();
        };
    parent.io().out().print(out);
    parent.io().out().flush();
    return diff.isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
  }

  private Plan read(String arg) {
    PlanIo planIo = parent.planIo();
    PlanFormat source =
        planIo.formatOf(
            arg,
            arg.equals(PlanIo.STDIO) ? from : Optional.empty(),
            "a .md, .json or .yaml name (--from names the format of standard input only)");
    String text = PlanIo.decode(PlanIo.displayName(arg), planIo.readBytes(arg, parent.io().in()));
    return planIo.read(arg, source, text).plan();
  }
}
