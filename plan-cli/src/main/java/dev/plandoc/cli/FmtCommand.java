package dev.plandoc.cli;

import dev.plandoc.model.Plan;
import dev.plandoc.model.PlanBuilder;
import dev.plandoc.model.format.PlanFormat;
import dev.plandoc.model.format.ReadResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code plan fmt}: rewrites plans in canonical form, in place. It goes through the canonical
 * writer, which normalises the layout only: the author's words, numbers, section order and code
 * stay as they are.
 */
@Command(
    name = "fmt",
    mixinStandardHelpOptions = true,
    description = {
      "Rewrite plans in canonical form, in place: the layout the writer produces (padded"
          + " tables, one bullet marker, one blank line between blocks, --- between sections, LF"
          + " line breaks, no byte order mark). Only the layout changes: headings keep their"
          + " wording and number (or none), sections their order, code blocks their bytes, keys"
          + " and column headers their spelling. Markdown plans are the usual input; .json and"
          + " .yaml files are rewritten in their own format.",
      "",
      "A file is replaced only by complete content (a temporary file beside it, then one move)"
          + " and is left byte for byte as it was when anything fails: a file that is not UTF-8,"
          + " malformed JSON or YAML, a failed write. Files already in canonical form are not"
          + " touched. With - the plan is read from standard input and written to standard"
          + " output.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  plan fmt PLAN.md                 rewrite PLAN.md in canonical form",
      "  plan fmt --check plans/*.md      CI: list files that would change, exit 1 if any",
      "  plan fmt --lang en PLAN.md       rewrite with the template's headings and labels in"
          + " English",
      "",
      "Exit codes: 0 formatted or already canonical; 1 with --check, a file would change;"
          + " 2 usage error, or a file could not be read, parsed or written (the other files are"
          + " still formatted)."
    })
final class FmtCommand implements Callable<Integer> {
  @ParentCommand PlanCommand parent;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "Plan files to format; - for standard input to standard output.")
  List<String> inputs;

  @Option(
      names = "--check",
      description = "Change nothing; name the files that would change and exit 1 if any.")
  boolean check;

  @Mixin SharedOptions.Lang lang;

  @Override
  public Integer call() {
    Io io = parent.io();
    SharedOptions.requireStdinAtMostOnce(inputs);
    int failed = 0;
    int changed = 0;
    for (String in : inputs) {
      try {
        if (format(in)) {
          changed++;
        }
      } catch (CliException e) {
        if (inputs.size() == 1) {
          throw e;
        }
        parent.report(e);
        failed++;
      }
    }
    if (failed > 0) {
      parent.error(failed + " of " + inputs.size() + " files not formatted");
      return ExitCode.USAGE_OR_IO;
    }
    io.out().flush();
    return check && changed > 0 ? ExitCode.FINDINGS : ExitCode.OK;
  }

  /** Formats one file; whether it was (or, with --check, would be) changed. */
  private boolean format(String in) {
    Io io = parent.io();
    PlanIo planIo = parent.planIo();
    PlanFormat format = planIo.formatOf(in, Optional.empty(), "a .md, .json or .yaml name");
    byte[] before = planIo.readBytes(in, io.in());
    String name = PlanIo.displayName(in);
    ReadResult read = planIo.read(in, format, PlanIo.decode(name, before));
    String text = PlanIo.writer(format, lang.value).write(read.plan());
    requireSamePlan(name, format, read.plan(), text);
    boolean changes = !Arrays.equals(before, text.getBytes(StandardCharsets.UTF_8));
    if (in.equals(PlanIo.STDIO)) {
      if (!check) {
        io.out().print(text);
      }
    } else if (changes) {
      if (check) {
        io.out().print("would reformat " + in + "\n");
      } else {
        PlanIo.writeFile(realPath(in), text);
        io.out().print("formatted " + in + "\n");
      }
    }
    return changes;
  }

  /**
   * A safety net: the canonical text must read back as the same plan, or the file is left alone.
   * With {@code --lang} the plan is the same in the language asked for: its labels in the
   * template's words are translated too, so they are taken as read, and the text must then be the
   * canonical form of what it reads as.
   */
  private void requireSamePlan(String name, PlanFormat format, Plan plan, String text) {
    Plan back = parent.planIo().read(name, format, text).plan();
    Plan expected = plan;
    boolean same;
    if (lang.value.isEmpty()) {
      same = back.equals(expected);
    } else {
      expected =
          new PlanBuilder().from(plan).language(lang.value.get()).labels(back.labels()).build();
      same = back.equals(expected) && PlanIo.writer(format, lang.value).write(back).equals(text);
    }
    if (!same) {
      throw new CliException(
          name
              + ": left unchanged: its canonical form would not read back as the same plan"
              + " (a plandoc bug; please report it with the file)");
    }
  }

  /** The file a link points to, so that formatting replaces the file, not the link. */
  private static Path realPath(String in) {
    try {
      return Path.of(in).toRealPath();
    } catch (IOException e) {
      throw new CliException(in + ": cannot write: " + PlanIo.reason(e), e);
    }
  }
}
