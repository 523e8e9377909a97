package dev.plandoc.cli;

import dev.plandoc.markdown.MarkdownPlanReader;
import dev.plandoc.model.Language;
import dev.plandoc.model.Plan;
import dev.plandoc.model.PlanBuilder;
import dev.plandoc.model.format.PlanFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code plan new}: an empty plan from the template. */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description = {
      "Start a plan from the template: the 15 sections with their placeholders ({...}) to fill.",
      "",
      "Without options it prints the Korean template exactly as published. --title fills in the"
          + " feature name, --lang en writes the headings and labels in English, and -o writes a"
          + " file (Markdown, JSON or YAML by its extension) instead of standard output; an"
          + " existing file is kept unless --force is given.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  plan new                                   the Korean template, as published",
      "  plan new --title \"Receipt OCR\" -o PLAN.md",
      "  plan new --lang en --title Login -o login.plan.md",
      "  plan new -o plan.yaml                      the template as YAML",
      "",
      "Exit codes: 0 written; 2 usage error, or the output exists or cannot be written."
    })
final class NewCommand implements Callable<Integer> {
  /** The template, verbatim as its authors published it. */
  static final String TEMPLATE = "plan-template.ko.md";

  @ParentCommand PlanCommand parent;

  @Option(names = "--title", paramLabel = "TITLE", description = "The feature name.")
  Optional<String> title;

  @Mixin SharedOptions.Lang lang;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      description = "File to write; - or none for standard output.")
  Optional<String> output;

  @Option(names = "--force", description = "Replace OUT when it exists.")
  boolean force;

  @Override
  public Integer call() {
    String out = output.orElse(PlanIo.STDIO);
    PlanFormat format = parent.planIo().formatOf(out, Optional.empty(), "a .md, .json or .yaml");
    if (!out.equals(PlanIo.STDIO) && Files.exists(Path.of(out)) && !force) {
      throw new CliException(out + ": already exists; use --force to replace it");
    }
    String template = template();
    String text;
    boolean asPublished =
        title.isEmpty()
            && lang.value.orElse(Language.KOREAN) == Language.KOREAN
            && format.name().equals("markdown");
    if (asPublished) {
      text = template;
    } else {
      Plan plan = MarkdownPlanReader.builder().build().read(template).plan();
      if (title.isPresent()) {
        if (title.get().contains("\n") || title.get().contains("\r")) {
          throw new CliException("--title must be one line");
        }
        try {
          plan = new PlanBuilder().from(plan).title(title.get().strip()).build();
        } catch (IllegalArgumentException e) {
          throw new CliException("--title: " + e.getMessage(), e);
        }
      }
      text = PlanIo.writer(format, lang.value).write(plan);
    }
    if (out.equals(PlanIo.STDIO)) {
      parent.io().out().print(text);
      parent.io().out().flush();
    } else {
      PlanIo.writeFile(Path.of(out), text);
    }
    return ExitCode.OK;
  }

  /** The template shipped with the command. */
  static String template() {
    try (InputStream in = NewCommand.class.getResourceAsStream(TEMPLATE)) {
      if (in == null) {
        throw new IllegalStateException("the template " + TEMPLATE + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
