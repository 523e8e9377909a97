package dev.plandoc.cli;

import dev.plandoc.model.format.PlanFormats;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code plan} command: convert, validate, create, format, edit and compare PLAN documents.
 *
 * <pre>{@code
 * java -jar plan.jar convert PLAN.md --to yaml
 * int exit = PlanCommand.run(io, "validate", "PLAN.md");   // in-process, e.g. from a test
 * }</pre>
 */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    versionProvider = PlanCommand.Version.class,
    synopsisSubcommandLabel = "COMMAND",
    description = {
      "Convert, check, create, format, edit and compare PLAN documents: the 15-section technical"
          + " implementation plan, as Markdown (Korean or English), JSON or YAML.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  plan convert PLAN.md --to yaml            print PLAN.md as YAML",
      "  plan validate PLAN.md                     list what is wrong or unfilled",
      "  plan new --title \"Login\" -o PLAN.md       start a plan from the template",
      "  plan fmt --check plans/*.md               check the canonical form (CI)",
      "  plan get PLAN.md /metadata/author         print one value",
      "  plan set PLAN.md /metadata/author Lee     change one value, in place",
      "  plan patch PLAN.md changes.json           apply a JSON Patch, in place",
      "  plan convert plan.yaml --onto PLAN.md     bring YAML edits back into the Markdown",
      "  plan diff PLAN.md PLAN.new.md             what changed in the plan, not in its text",
      "",
      "Exit codes:",
      "  0  success",
      "  1  validate found an ERROR (with --strict: or a WARNING); fmt --check found a file"
          + " to reformat; patch: a test operation failed; diff: the plans differ",
      "  2  usage error, or an input or output problem: missing, unreadable or malformed file,"
          + " unknown extension, failed write; get, set, patch: a pointer that names nothing, a"
          + " patch that does not parse, a value the model rejects",
      "  3  internal error (a bug: run again with --verbose and report the stack trace)",
      "",
      "Run 'plan COMMAND --help' for a command's options and examples."
    })
public final class PlanCommand implements Runnable {
  /**
   * The commands, in the order the help lists them; {@code help} comes last. They are registered in
   * {@link #commandLine(Io, String...)}, not with {@code @Command(subcommands = …)}, so that a run
   * builds the picocli model of the one command it runs only.
   */
  static final List<String> COMMANDS =
      List.of("convert", "validate", "new", "fmt", "get", "set", "patch", "diff");

  @Spec CommandSpec spec;

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Show the stack trace of an error.")
  boolean verbose;

  private final Io io;
  private final PlanIo planIo;

  PlanCommand(Io io, PlanIo planIo) {
    this.io = io;
    this.planIo = planIo;
  }

  /**
   * Runs the command and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(run(Io.system(), args));
  }

  /**
   * Runs the command in-process with the given streams.
   *
   * @param io the streams
   * @param args the command line
   * @return the exit code, see {@link ExitCode}
   */
  public static int run(Io io, String... args) {
    int code;
    try {
      code = commandLine(io, args).execute(args);
    } catch (OutOfMemoryError e) {
      // Thrown past picocli, which handles exceptions only. By now the stack has unwound and the
      // plan's memory is free again, so one line can still be printed.
      io.err()
          .println(
              "plan: out of memory: the input needs more than the "
                  + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                  + " MB of heap this Java allows; give it more (java -Xmx2g -jar plan.jar ...)"
                  + " or convert fewer files at once");
      code = ExitCode.INTERNAL;
    }
    io.out().flush();
    io.err().flush();
    return code;
  }

  /**
   * The configured picocli command line for these arguments: one-line errors, UTF-8 streams.
   *
   * <p>Picocli builds the model of a command (its options, help texts, converters) by reflection
   * when the command is registered, and that is a good part of a short run's start-up. So when the
   * arguments name a command, and only {@code --verbose} comes before it, only that command is
   * registered; otherwise ({@code --help}, {@code help}, no command, an unknown one) all are, so
   * that the help and the error messages list them all.
   */
  static CommandLine commandLine(Io io, String... arguments) {
    PlanCommand root = new PlanCommand(io, new PlanIo(PlanFormats.load()));
    CommandLine cl = new CommandLine(root);
    Optional<String> only = commandNamed(arguments);
    for (String name : COMMANDS) {
      if (only.isEmpty() || only.get().equals(name)) {
        cl.addSubcommand(name, command(name));
      }
    }
    if (only.isEmpty()) {
      cl.addSubcommand("help", new CommandLine.HelpCommand());
    }
    cl.setOut(io.out());
    cl.setErr(io.err());
    cl.setExecutionExceptionHandler(
        (ex, cmd, parsed) -> {
          int code;
          if (ex instanceof CliException) {
            root.error(ex.getMessage());
            code = ExitCode.USAGE_OR_IO;
          } else {
            root.error(
                "internal error: "
                    + ex
                    + (root.verbose ? "" : " (run again with --verbose for the stack trace)"));
            code = ExitCode.INTERNAL;
          }
          if (root.verbose) {
            ex.printStackTrace(io.err());
          }
          return code;
        });
    cl.setParameterExceptionHandler(
        (ex, args) -> {
          String name = ex.getCommandLine().getCommandSpec().qualifiedName();
          String message = String.valueOf(ex.getMessage()).replaceAll("\\R", " ");
          io.err().println(name + ": " + message + " (see '" + name + " --help')");
          if (Arrays.asList(args).contains("--verbose")) {
            ex.printStackTrace(io.err());
          }
          io.err().flush();
          return ExitCode.USAGE_OR_IO;
        });
    return cl;
  }

  /**
   * The command the arguments run, when that is all they need: the first argument that is not
   * {@code --verbose}, if it is one of {@link #COMMANDS}.
   */
  static Optional<String> commandNamed(String... args) {
    for (String arg : args) {
      if (!arg.equals("--verbose")) {
        return COMMANDS.contains(arg) ? Optional.of(arg) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** A new instance of the command with this name, one of {@link #COMMANDS}. */
  private static Object command(String name) {
    return switch (name) {
      case "convert" -> new ConvertCommand();
      case "validate" -> new ValidateCommand();
      case "new" -> new NewCommand();
      case "fmt" -> new FmtCommand();
      case "get" -> new GetCommand();
      case "set" -> new SetCommand();
      case "patch" -> new PatchCommand();
      case "diff" -> new DiffCommand();
      default -> throw new IllegalArgumentException("no command " + name);
    };
  }

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(),
        "missing command: convert, validate, new, fmt, get, set, patch or diff");
  }

  Io io() {
    return io;
  }

  PlanIo planIo() {
    return planIo;
  }

  /** Prints one error line, {@code plan: message}; line breaks in the message become spaces. */
  void error(String message) {
    io.err().println("plan: " + message.replaceAll("\\R", " "));
    io.err().flush();
  }

  /** Reports an error a command recovered from (it goes on with its other files). */
  void report(CliException e) {
    error(e.getMessage());
    if (verbose) {
      e.printStackTrace(io.err());
    }
  }

  /** The version of plandoc and the formats found. */
  static String version() {
    Properties p = new Properties();
    try (InputStream in = PlanCommand.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.getProperty("version", "unknown");
  }

  /** {@code plan --version}: the version, the formats found and the Java runtime. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      StringBuilder formats = new StringBuilder();
      PlanFormats.load()
          .all()
          .forEach(
              f ->
                  formats
                      .append(formats.length() == 0 ? "" : ", ")
                      .append(f.name())
                      .append(f.canRead() ? " (." : " (write-only: .")
                      .append(String.join(", .", f.fileExtensions()))
                      .append(')'));
      return new String[] {
        "plan " + version(),
        "formats: " + formats,
        "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "?") + ")"
      };
    }
  }
}
