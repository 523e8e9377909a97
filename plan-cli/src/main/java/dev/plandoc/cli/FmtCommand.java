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

/** {@code plan fmt}: rewrites plans in canonical form, in place. */
@Command(
    name = "fmt",
    mixinStandardHelpOptions = true,
    description = {
      "Rewrite plans in canonical form, in place: the form the writer produces (numbered"
          + " headings, aligned tables, one blank line between blocks). Markdown plans are the"
          + " usual input; .json and .yaml files are rewritten in their own format.",
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
      "  plan fmt --lang en PLAN.md       rewrite with English headings and labels",
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
   * A safety net: the canonical text must read back as the same plan (in the language asked for),
   * or the file is left alone.
   */
  private void requireSamePlan(String name, PlanFormat format, Plan plan, String text) {
    Plan expected =
        lang.value.isEmpty()
            ? plan
            : new PlanBuilder().from(plan).language(lang.value.get()).build();
    Plan back = parent.planIo().read(name, format, text).plan();
    if (!back.equals(expected)) {
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
