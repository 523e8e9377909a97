package dev.plandoc.cli;

import dev.plandoc.json.PlanPatch;
import dev.plandoc.json.PlanPatchException;
import dev.plandoc.model.Plan;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code plan patch}: applies a JSON Patch to a plan and writes the file back in place. */
@Command(
    name = "patch",
    mixinStandardHelpOptions = true,
    description = {
      "Apply a JSON Patch (RFC 6902) to the plan's JSON form (see 'plan get --help') and write"
          + " the file back in place, in its own format. The patch is a JSON array of operations:"
          + " add, remove, replace, move, copy and test; - reads it from standard input.",
      "",
      "All operations apply or none: when one fails, nothing is written. A failing test (a"
          + " precondition, such as the value you expect to replace) exits 1. The file is written"
          + " back as 'plan set' writes it: Markdown faithfully, atomically, permissions kept.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  plan patch PLAN.md changes.json",
      "  echo '[{\"op\": \"move\", \"from\": \"/risks/risks/0\", \"path\": \"/risks/risks/-\"}]'"
          + " | plan patch PLAN.md -",
      "  plan patch PLAN.md changes.json -o PLAN.new.md      leave PLAN.md as it is",
      "",
      "  changes.json:",
      "  [{\"op\": \"test\", \"path\": \"/metadata/author\", \"value\": \"Kim\"},",
      "   {\"op\": \"replace\", \"path\": \"/metadata/author\", \"value\": \"Lee\"},",
      "   {\"op\": \"add\", \"path\": \"/nextSteps/steps/-\", \"value\": {\"text\": \"Load test\"}}]",
      "",
      "Exit codes: 0 patched; 1 a test operation failed (nothing written); 2 usage error, a file"
          + " that could not be read or written, a patch that does not parse, a pointer that names"
          + " nothing, or a result the model rejects (nothing written)."
    })
final class PatchCommand implements Callable<Integer> {
  @ParentCommand PlanCommand parent;

  @Mixin SharedOptions.PlanFileArg input;

  @Parameters(
      index = "1",
      paramLabel = "PATCH",
      description = "The JSON Patch file; - for standard input.")
  String patchFile;

  @Mixin SharedOptions.Output output;

  @Override
  public Integer call() {
    PlanIo planIo = parent.planIo();
    if (input.file.equals(PlanIo.STDIO) && patchFile.equals(PlanIo.STDIO)) {
      throw new CliException("standard input (-) can be read only once: for FILE or for PATCH");
    }
    PlanFile plan = input.open(parent);
    String patchName = PlanIo.displayName(patchFile);
    PlanPatch patch;
    try {
      patch =
          PlanPatch.parse(PlanIo.decode(patchName, planIo.readBytes(patchFile, parent.io().in())));
    } catch (PlanPatchException e) {
      throw new CliException(PlanIo.located(patchName, e), e);
    }
    Plan edited;
    try {
      edited = patch.apply(plan.plan());
    } catch (PlanPatchException e) {
      CliException failure =
          new CliException(PlanIo.located(plan.name() + ": patch not applied", e), e);
      if (e.reason() == PlanPatchException.Reason.TEST_FAILED) {
        parent.report(failure);
        return ExitCode.FINDINGS;
      }
      throw failure;
    }
    plan.save(edited, output.value, planIo, parent.io());
    return ExitCode.OK;
  }
}
