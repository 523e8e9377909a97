package dev.plandoc.cli;

import dev.plandoc.model.format.PlanFormat;
import dev.plandoc.model.format.PlanWriter;
import dev.plandoc.model.format.ReadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code plan convert}: reads plans in one format and writes them in another. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = {
      "Convert plans between Markdown, JSON and YAML without losing anything, or write the"
          + " OpenAPI 3.1 document of a plan's API design (--to openapi).",
      "",
      "The input format comes from the file extension (.md, .markdown, .json, .yaml, .yml),"
          + " or --from. Standard input (-) is read as Markdown unless --from says otherwise.",
      "Without -o the result goes to standard output. With several inputs, -o names a"
          + " directory (created when missing) and each output is named after its input:"
          + " plans/a.md -> OUT/a.yaml. An existing output is replaced only once the new content"
          + " is complete (it is written to a temporary file beside it, then moved).",
      "",
      "With --onto MD, the plan read from IN (typically a JSON or YAML copy of MD that was"
          + " edited) is written back onto the Markdown plan MD faithfully: only what changed is"
          + " rewritten, in MD's own style, and the rest of MD stays byte for byte. MD is replaced"
          + " in place unless -o names another file (or - for standard output); when nothing"
          + " changed, MD is not touched.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  plan convert PLAN.md --to yaml                  print as YAML",
      "  plan convert PLAN.md -o plan.json               write JSON (format from -o)",
      "  plan convert plan.yaml -o PLAN.md --lang en     back to Markdown, in English",
      "  plan convert plans/*.md --to json -o out/       many plans into out/",
      "  cat PLAN.md | plan convert - --to json          standard input to standard output",
      "  plan convert plan.yaml --onto PLAN.md           YAML edits back into PLAN.md",
      "  plan convert PLAN.md --to openapi -o api.yaml   OpenAPI 3.1 of the API design",
      "",
      "Exit codes: 0 converted; 2 usage error or a file that could not be read, parsed or"
          + " written (the other files are still converted)."
    })
final class ConvertCommand implements Callable<Integer> {
  @ParentCommand PlanCommand parent;

  @Parameters(
      arity = "1..*",
      paramLabel = "IN",
      description = "Plan files to read; - for standard input.")
  List<String> inputs;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      description =
          "Output file, or directory (required for several inputs); - or none for standard"
              + " output.")
  Optional<String> output;

  @Option(
      names = "--to",
      paramLabel = "FORMAT",
      description =
          "Format to write: markdown, json, yaml or openapi (write-only: OpenAPI 3.1 from the"
              + " API design, YAML, or JSON for -o FILE.json). Default: from the extension of"
              + " -o FILE.")
  Optional<String> to;

  @Option(
      names = "--onto",
      paramLabel = "MD",
      description =
          "Write the plan onto this Markdown plan, faithfully, in place (or to -o OUT) instead of"
              + " converting it.")
  Optional<String> onto;

  @Mixin SharedOptions.From from;

  @Mixin SharedOptions.Lang lang;

  @Override
  public Integer call() {
    Io io = parent.io();
    PlanIo planIo = parent.planIo();
    SharedOptions.requireStdinAtMostOnce(inputs);
    if (onto.isPresent()) {
      return onto(onto.get());
    }
    String out = output.orElse(PlanIo.STDIO);
    boolean toStdout = out.equals(PlanIo.STDIO);
    Path outDir = null;
    if (!toStdout && Files.isDirectory(Path.of(out))) {
      outDir = Path.of(out);
    } else if (inputs.size() > 1) {
      if (toStdout) {
        throw new CliException("several inputs need -o DIR, a directory to write them to");
      }
      if (Files.exists(Path.of(out))) {
        throw new CliException(out + ": not a directory; several inputs need -o DIR");
      }
      outDir = createDirectory(Path.of(out));
    }
    PlanFormat target;
    if (to.isPresent()) {
      target = planIo.format(to.get());
    } else if (!toStdout && outDir == null) {
      target = planIo.formatOf(out, Optional.empty(), "--to");
    } else {
      throw new CliException("say which format to write with --to markdown, json or yaml");
    }
    if (!toStdout && outDir == null) {
      // A format that writes several syntaxes (openapi: YAML or JSON) takes it from -o FILE.
      target = target.forFileExtension(extension(Path.of(out)));
    }
    PlanWriter writer = PlanIo.writer(target, lang.value);

    List<Path> targets = new ArrayList<>();
    Map<Path, String> seen = new HashMap<>();
    for (String in : inputs) {
      Path dest = null;
      if (outDir != null) {
        if (in.equals(PlanIo.STDIO)) {
          throw new CliException("standard input (-) cannot go to a directory; use -o FILE");
        }
        dest = outDir.resolve(outputName(Path.of(in), target));
        String before = seen.putIfAbsent(dest.toAbsolutePath().normalize(), in);
        if (before != null) {
          throw new CliException(in + " and " + before + " would both be written to " + dest);
        }
      } else if (!toStdout) {
        dest = Path.of(out);
      }
      targets.add(dest);
    }

    int[] failed = {0};
    // Files are converted in parallel; what is printed comes in the inputs' order.
    Batch.inOrder(
        inputs.size(),
        i -> {
          try {
            return convert(inputs.get(i), targets.get(i), writer);
          } catch (CliException e) {
            return new Converted(null, e);
          }
        },
        (r, i) -> {
          if (r.failure() != null) {
            if (inputs.size() == 1) {
              throw r.failure();
            }
            parent.report(r.failure());
            failed[0]++;
          } else if (targets.get(i) == null) {
            io.out().print(r.text());
            io.out().flush();
          } else if (io.interactive()) {
            io.err()
                .printf("[%d/%d] %s -> %s%n", i + 1, inputs.size(), inputs.get(i), targets.get(i));
            io.err().flush();
          }
        });
    if (failed[0] > 0) {
      parent.error(failed[0] + " of " + inputs.size() + " files not converted");
      return ExitCode.USAGE_OR_IO;
    }
    return ExitCode.OK;
  }

  /** What converting one file gave: the text for standard output, or why it failed. */
  private record Converted(String text, CliException failure) {}

  /** Reads one input and writes it to {@code dest}, or returns the text when dest is null. */
  private Converted convert(String in, Path dest, PlanWriter writer) {
    PlanIo planIo = parent.planIo();
    PlanFormat source = planIo.formatOf(in, from.value, "--from");
    String text = PlanIo.decode(PlanIo.displayName(in), planIo.readBytes(in, parent.io().in()));
    ReadResult read = planIo.read(in, source, text);
    if (dest == null) {
      return new Converted(writer.write(read.plan()), null);
    }
    PlanIo.writeFile(dest, out -> writer.write(read.plan(), out));
    return new Converted(null, null);
  }

  /** {@code --onto MD}: the one input written over the Markdown plan MD, faithfully. */
  private int onto(String md) {
    if (inputs.size() != 1) {
      throw new CliException("--onto takes one input: the plan to write onto " + md);
    }
    if (lang.value.isPresent()) {
      throw new CliException("--onto keeps the language of " + md + "; leave out --lang");
    }
    PlanIo planIo = parent.planIo();
    if (to.isPresent() && !planIo.format(to.get()).name().equals("markdown")) {
      throw new CliException("--onto writes Markdown; leave out --to " + to.get());
    }
    String in = inputs.get(0);
    if (in.equals(PlanIo.STDIO) && md.equals(PlanIo.STDIO)) {
      throw new CliException("standard input (-) can be read only once: for IN or for --onto");
    }
    if (!md.equals(PlanIo.STDIO) && !isMarkdown(planIo, md)) {
      throw new CliException(md + ": --onto needs a Markdown plan (.md, .markdown)");
    }
    PlanFile target = PlanFile.open(planIo, md, Optional.empty(), parent.io());
    PlanFormat source = planIo.formatOf(in, from.value, "--from");
    String text = PlanIo.decode(PlanIo.displayName(in), planIo.readBytes(in, parent.io().in()));
    target.save(planIo.read(in, source, text).plan(), output, planIo, parent.io());
    return ExitCode.OK;
  }

  private static boolean isMarkdown(PlanIo planIo, String file) {
    try {
      return planIo.formats().forPath(Path.of(file)).name().equals("markdown");
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The last extension of a file name, without the dot; empty when it has none. */
  private static String extension(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(dot + 1) : "";
  }

  /** {@code dir/a.ko.md} with yaml: {@code a.ko.yaml}; the input's last extension is replaced. */
  static String outputName(Path in, PlanFormat target) {
    String name = in.getFileName() == null ? "plan" : in.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String base = dot > 0 ? name.substring(0, dot) : name;
    return base + "." + target.fileExtensions().get(0);
  }

  private static Path createDirectory(Path dir) {
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new CliException(dir + ": cannot create directory: " + PlanIo.reason(e), e);
    }
  }
}
