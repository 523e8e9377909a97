package dev.plandoc.cli;

import dev.plandoc.model.check.Diagnostic;
import dev.plandoc.model.check.Severity;
import dev.plandoc.model.format.PlanFormat;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code plan validate}: reports what is wrong or unfilled in plans. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check plans: the reader's findings (unknown sections, kept tables, unknown JSON"
          + " properties) and the validator's rules (PLAN-E errors, PLAN-W warnings, PLAN-I"
          + " hints), each with its line and column.",
      "",
      "Text output is one line per finding, 'file:line:col: severity CODE: message (at path)',"
          + " then a summary line. --format json writes one JSON document; --format sarif writes"
          + " SARIF 2.1.0 for code-scanning tools. Problems reading a file (missing, a directory,"
          + " unreadable, unknown extension, malformed JSON or YAML) go to standard error as"
          + " 'plan: file:line:col: message', and the other files are still checked.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  plan validate PLAN.md",
      "  plan validate --strict plans/*.md                 fail on warnings too",
      "  plan validate --format sarif plans/*.md > plan.sarif",
      "  cat plan.json | plan validate --from json -",
      "",
      "Exit codes:",
      "  0  no ERROR (with --strict: no ERROR and no WARNING); INFO never fails",
      "  1  an ERROR was found (with --strict: or a WARNING)",
      "  2  usage error, or a file could not be read or parsed (this wins over 1)"
    })
final class ValidateCommand implements Callable<Integer> {
  /** The report formats. */
  enum Format {
    text,
    json,
    sarif
  }

  /**
   * What was found in one input.
   *
   * @param file the argument as given ({@code -} for standard input)
   * @param format the format it was read as, when known
   * @param diagnostics what was found, in document order
   * @param failure why it could not be checked, when it could not
   */
  record FileResult(
      String file,
      Optional<String> format,
      List<Diagnostic> diagnostics,
      Optional<String> failure) {

    long count(Severity severity) {
      return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }
  }

  @ParentCommand PlanCommand parent;

  @Parameters(
      arity = "1..*",
      paramLabel = "IN",
      description = "Plan files to check; - for standard input.")
  List<String> inputs;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Report format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--strict", description = "Fail (exit 1) on warnings too.")
  boolean strict;

  @Mixin SharedOptions.From from;

  @Override
  public Integer call() {
    Io io = parent.io();
    PlanIo planIo = parent.planIo();
    SharedOptions.requireStdinAtMostOnce(inputs);
    List<FileResult> results = new ArrayList<>();
    for (String in : inputs) {
      Optional<String> formatName = Optional.empty();
      try {
        PlanFormat source = planIo.formatOf(in, from.value, "--from");
        formatName = Optional.of(source.name());
        String text = PlanIo.decode(PlanIo.displayName(in), planIo.readBytes(in, io.in()));
        results.add(
            new FileResult(
                in,
                formatName,
                PlanDiagnostics.of(planIo.readValidated(in, source, text)),
                Optional.empty()));
      } catch (CliException e) {
        parent.report(e);
        results.add(new FileResult(in, formatName, List.of(), Optional.of(e.getMessage())));
      }
    }
    switch (format) {
      case json -> io.out().print(JsonReport.write(results, strict));
      case sarif -> io.out().print(SarifReport.write(results, PlanCommand.version()));
      default -> text(results, io.out());
    }
    io.out().flush();
    return exitCode(results, strict);
  }

  static int exitCode(List<FileResult> results, boolean strict) {
    if (results.stream().anyMatch(r -> r.failure().isPresent())) {
      return ExitCode.USAGE_OR_IO;
    }
    boolean fails =
        results.stream()
            .anyMatch(
                r -> r.count(Severity.ERROR) > 0 || (strict && r.count(Severity.WARNING) > 0));
    return fails ? ExitCode.FINDINGS : ExitCode.OK;
  }

  private static void text(List<FileResult> results, PrintWriter out) {
    for (FileResult r : results) {
      for (Diagnostic d : r.diagnostics()) {
        out.print(line(PlanIo.displayName(r.file()), d));
        out.print('\n');
      }
    }
    out.print(summary(results));
    out.print('\n');
  }

  /** {@code file:line:col: severity CODE: message (at path)}. */
  static String line(String file, Diagnostic d) {
    return file
        + d.position().map(p -> ":" + p.line() + ":" + p.column()).orElse("")
        + ": "
        + d.severity().name().toLowerCase(Locale.ROOT)
        + " "
        + d.code()
        + ": "
        + d.message()
        + (d.path().isEmpty() ? "" : " (at " + d.path() + ")");
  }

  /** {@code 3 files checked: 1 error, 20 warnings, 4 infos; 1 file could not be read}. */
  static String summary(List<FileResult> results) {
    long files = results.stream().filter(r -> r.failure().isEmpty()).count();
    long unreadable = results.size() - files;
    long errors = results.stream().mapToLong(r -> r.count(Severity.ERROR)).sum();
    long warnings = results.stream().mapToLong(r -> r.count(Severity.WARNING)).sum();
    long infos = results.stream().mapToLong(r -> r.count(Severity.INFO)).sum();
    return plural(files, "file")
        + " checked: "
        + plural(errors, "error")
        + ", "
        + plural(warnings, "warning")
        + ", "
        + plural(infos, "info")
        + (unreadable == 0 ? "" : "; " + plural(unreadable, "file") + " could not be read");
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
