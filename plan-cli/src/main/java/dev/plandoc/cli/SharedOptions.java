package dev.plandoc.cli;

import dev.plandoc.model.Language;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options several commands share, as picocli mixins, and the checks on their inputs. */
final class SharedOptions {
  private SharedOptions() {}

  /** {@code --lang ko|en}. */
  static final class Lang {
    @Option(
        names = "--lang",
        paramLabel = "LANG",
        converter = LanguageConverter.class,
        description =
            "Language of the template's headings and labels: ko or en; the author's own wording"
                + " is kept as written. Default: the plan's own (for new: ko).")
    Optional<Language> value = Optional.empty();
  }

  /** {@code --from FORMAT}. */
  static final class From {
    @Option(
        names = "--from",
        paramLabel = "FORMAT",
        description = "Format to read, instead of the one the extension says.")
    Optional<String> value = Optional.empty();
  }

  /** {@code FILE} and {@code --from FORMAT} of the commands that read or edit one plan file. */
  static final class PlanFileArg {
    @Parameters(index = "0", paramLabel = "FILE", description = "The plan; - for standard input.")
    String file = PlanIo.STDIO;

    @Mixin From from = new From();

    /** Reads the file. */
    PlanFile open(PlanCommand parent) {
      return PlanFile.open(parent.planIo(), file, from.value, parent.io());
    }
  }

  /** {@code -o OUT} of the commands that edit a file in place. */
  static final class Output {
    @Option(
        names = {"-o", "--output"},
        paramLabel = "OUT",
        description =
            "Write the result to OUT instead of back into the file (in the format of OUT's"
                + " extension); - for standard output.")
    Optional<String> value = Optional.empty();
  }

  /** Standard input can be read once: {@code -} may stand only once among the inputs. */
  static void requireStdinAtMostOnce(List<String> inputs) {
    if (inputs.stream().filter(PlanIo.STDIO::equals).count() > 1) {
      throw new CliException("standard input (-) can be read only once");
    }
  }
}
