package dev.plandoc.cli;

import dev.plandoc.json.JsonPlanReader;
import dev.plandoc.json.PlanPatchException;
import dev.plandoc.json.PlanPointer;
import dev.plandoc.model.Plan;
import dev.plandoc.model.format.PlanFormatException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** {@code plan set}: sets one value of a plan and writes the file back in place. */
@Command(
    name = "set",
    mixinStandardHelpOptions = true,
    description = {
      "Set the value at a JSON Pointer into the plan's JSON form (see 'plan get --help') and"
          + " write the file back in place, in its own format. VALUE is a string; with --json it"
          + " is any JSON value (an object, an array, a number).",
      "",
      "A property is added or replaced, an array item replaced; /- appends an item. What holds"
          + " the value must be there: setting /metadata/author needs the metadata.",
      "",
      "A Markdown file is written back faithfully: what the edit did not touch stays as it was."
          + " The file is replaced only by complete content (a temporary file beside it, then one"
          + " move), keeps its permissions, and a symbolic link is followed; setting the value"
          + " that is there leaves the file untouched. When the pointer names nothing or the"
          + " model rejects the value, nothing is written.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  plan set PLAN.md /metadata/author \"Lee Seo-jun\"",
      "  plan set PLAN.md /testing/integration/coverageTarget 90 --json",
      "  plan set PLAN.md /nextSteps/steps/- '{\"text\": \"Load test\"}' --json",
      "  plan set plan.yaml /title \"Receipt OCR\" -o -          print the result instead",
      "",
      "Exit codes: 0 set (or already so); 2 usage error, a file that could not be read or"
          + " written, a pointer that names nothing, a value that is not JSON (with --json) or"
          + " that the model rejects (the file is left as it was)."
    })
final class SetCommand implements Callable<Integer> {
  @ParentCommand PlanCommand parent;

  @Mixin SharedOptions.PlanFileArg input;

  @Parameters(index = "1", paramLabel = "POINTER", description = "JSON Pointer of the value.")
  String pointer;

  @Parameters(index = "2", paramLabel = "VALUE", description = "The new value: a string.")
  String value;

  @Option(names = "--json", description = "Read VALUE as JSON rather than as a string.")
  boolean json;

  @Mixin SharedOptions.Output output;

  @Override
  public Integer call() {
    PlanPointer at = GetCommand.pointer(pointer);
    JsonNode newValue = json ? json(value) : JsonNodeFactory.instance.stringNode(value);
    PlanFile plan = input.open(parent);
    Plan edited;
    try {
      edited = at.set(plan.plan(), newValue);
    } catch (PlanPatchException e) {
      throw new CliException(
          PlanIo.located(plan.name() + ": cannot set " + (at.isRoot() ? "the plan" : at), e), e);
    }
    plan.save(edited, output.value, parent.planIo(), parent.io());
    return ExitCode.OK;
  }

  private static JsonNode json(String text) {
    try {
      return JsonPlanReader.builder().build().readValue(text);
    } catch (PlanFormatException e) {
      throw new CliException(
          "VALUE is not JSON: " + e.describe() + "; without --json it is taken as a string", e);
    }
  }
}
