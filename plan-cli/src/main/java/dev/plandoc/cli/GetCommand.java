package dev.plandoc.cli;

import dev.plandoc.json.JsonPlanWriter;
import dev.plandoc.json.PlanPatchException;
import dev.plandoc.json.PlanPointer;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tools.jackson.databind.JsonNode;

/** {@code plan get}: prints a value of a plan, named by a JSON Pointer into its JSON form. */
@Command(
    name = "get",
    mixinStandardHelpOptions = true,
    description = {
      "Print the value at a JSON Pointer (RFC 6901) into the plan's JSON form: the document"
          + " 'plan convert FILE --to json' prints, whatever the file's format. A string is"
          + " printed as plain text, anything else as JSON; without POINTER the whole plan.",
      "",
      "A pointer names properties and array items from the top, items counted from 0:"
          + " /metadata/author, /apiDesign/endpoints/0/path. In a property name, ~ is written ~0"
          + " and / is written ~1.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  plan get PLAN.md /title                        the title, as text",
      "  plan get PLAN.md /risks/risks/0                the first risk, as JSON",
      "  plan get PLAN.md /apiDesign/endpoints/0/path   the path of the first endpoint",
      "  plan get plan.yaml                             the whole plan as JSON",
      "",
      "Exit codes: 0 printed; 2 usage error, a file that could not be read, or a pointer that"
          + " names nothing."
    })
final class GetCommand implements Callable<Integer> {
  @ParentCommand PlanCommand parent;

  @Mixin SharedOptions.PlanFileArg input;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "POINTER",
      description = "JSON Pointer of the value; none for the whole plan.")
  Optional<String> pointer;

  @Option(
      names = "--json",
      description = "Print a string as JSON too (quoted), like any other value.")
  boolean json;

  @Override
  public Integer call() {
    PlanPointer at = pointer(pointer.orElse(""));
    PlanFile plan = input.open(parent);
    JsonNode value;
    try {
      value = at.get(plan.plan());
    } catch (PlanPatchException e) {
      throw new CliException(PlanIo.located(plan.name(), e), e);
    }
    String out =
        value.isString() && !json
            ? value.stringValue() + "\n"
            : JsonPlanWriter.builder().build().writeValue(value);
    parent.io().out().print(out);
    parent.io().out().flush();
    return ExitCode.OK;
  }

  /** A pointer argument, or a one-line usage error. */
  static PlanPointer pointer(String text) {
    try {
      return PlanPointer.parse(text);
    } catch (IllegalArgumentException e) {
      throw new CliException(e.getMessage(), e);
    }
  }
}
