package dev.plandoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plandoc.cli.Cli.Result;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlanCommandTest {

  @Test
  void versionNamesTheVersionAndEveryFormat() {
    Result r = Cli.run("--version");
    assertThat(r.code()).isZero();
    assertThat(r.outLines().get(0)).matches("plan \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    assertThat(r.out())
        .contains("markdown (.md, .markdown)")
        .contains("json (.json)")
        .contains("yaml (.yaml, .yml)")
        .contains("openapi (write-only: .yaml, .yml, .json)");
  }

  @Test
  void helpListsTheCommandsExamplesAndExitCodes() {
    Result r = Cli.run("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("convert", "validate", "new", "fmt", "get", "set", "patch", "Examples:")
        .contains("Exit codes:", "--verbose");
    assertThat(r.err()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"convert", "validate", "new", "fmt", "get", "set", "patch"})
  void everyCommandHasHelpWithExamplesAndExitCodes(String command) {
    Result r = Cli.run(command, "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("Usage: plan " + command).contains("Examples:", "Exit code");
    assertThat(Cli.run("help", command).out()).isEqualTo(r.out());
  }

  @Test
  void noCommandIsAUsageErrorOnOneLine() {
    Result r = Cli.run();
    assertThat(r.code()).isEqualTo(ExitCode.USAGE_OR_IO);
    assertThat(r.errLines())
        .containsExactly(
            "plan: missing command: convert, validate, new, fmt, get, set, patch or diff (see 'plan"
                + " --help')");
  }

  @Test
  void unknownCommandsAndOptionsAreOneLineUsageErrors() {
    for (List<String> args :
        List.of(
            List.of("frobnicate"),
            List.of("convert", "--nope", "x.md"),
            List.of("convert"),
            List.of("convert", "x.md", "--lang", "fr"),
            List.of("validate", "--format", "xml", "x.md"))) {
      Result r = Cli.run(args.toArray(String[]::new));
      assertThat(r.code()).as("%s", args).isEqualTo(ExitCode.USAGE_OR_IO);
      assertThat(r.errLines()).as("%s", args).hasSize(1);
      assertThat(r.err()).as("%s", args).contains("--help").doesNotContain("\tat ");
      assertThat(r.out()).as("%s", args).isEmpty();
    }
    assertThat(Cli.run("convert", "x.md", "--lang", "fr").err())
        .contains("'fr' is not a language; use ko or en");
  }

  @Test
  void verboseShowsTheStackTraceOfAUserError() {
    Result quiet = Cli.run("validate", "no-such-file.md");
    assertThat(quiet.err()).doesNotContain("\tat ");
    Result verbose = Cli.run("validate", "--verbose", "no-such-file.md");
    assertThat(verbose.err()).contains("no-such-file.md: cannot read", "\tat ");
    Result before = Cli.run("--verbose", "convert", "no-such-file.md", "--to", "json");
    assertThat(before.code()).isEqualTo(ExitCode.USAGE_OR_IO);
    assertThat(before.err()).contains("NoSuchFileException", "\tat ");
  }

  @Test
  void aRunThatNamesACommandBuildsThatCommandOnly() {
    Io io = Cli.quietIo();
    assertThat(PlanCommand.commandLine(io, "convert", "x.md", "--to", "yaml").getSubcommands())
        .containsOnlyKeys("convert");
    assertThat(PlanCommand.commandLine(io, "--verbose", "get", "x.md").getSubcommands())
        .containsOnlyKeys("get");
    List<String> all = new java.util.ArrayList<>(PlanCommand.COMMANDS);
    all.add("help");
    for (String[] args :
        List.of(
            new String[] {},
            new String[] {"--help"},
            new String[] {"--help", "convert"},
            new String[] {"help", "convert"},
            new String[] {"-V"},
            new String[] {"frobnicate"},
            new String[] {"@args.txt"})) {
      assertThat(PlanCommand.commandLine(io, args).getSubcommands().keySet())
          .as(String.join(" ", args))
          .containsExactlyElementsOf(all);
    }
  }

  @Test
  void theCommandsAreListedInTheirOrderWhicheverIsRun() {
    assertThat(PlanCommand.COMMANDS)
        .containsExactly("convert", "validate", "new", "fmt", "get", "set", "patch", "diff");
    assertThat(Cli.run("--help").out())
        .containsSubsequence(
            "  convert ",
            "  validate ",
            "  new ",
            "  fmt ",
            "  get ",
            "  set ",
            "  patch ",
            "  diff ",
            "  help ");
    assertThat(Cli.run("--verbose", "convert", "--help").out()).startsWith("Usage: plan convert");
  }
}
