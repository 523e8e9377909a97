package dev.plandoc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the {@code ./plan} launcher's start-up archive is trained on. Once per build the launcher
 * runs this class with {@code -XX:DumpLoadedClassList} and archives the classes it loaded (an
 * AppCDS archive, {@code -Xshare:dump}), so that later runs map those classes from the archive
 * instead of reading, parsing and verifying them from the jar; see BENCHMARKS.md, "CLI start-up".
 *
 * <p>It runs the everyday commands in this JVM, on the bundled template and a plan built from it,
 * in a temporary directory that it deletes: {@code new}, {@code convert} between all three formats
 * (one file and a batch), {@code validate} (text, JSON, SARIF), {@code fmt --check}, {@code get},
 * {@code set}, {@code patch}, {@code diff} and the help. What they print is thrown away; their exit
 * codes are not its concern (a template is meant to have warnings).
 */
final class StartupTraining {
  /** The JSON Patch {@code patch} applies: one replaced value. */
  static final String PATCH =
      "[{\"op\": \"replace\", \"path\": \"/title\", \"value\": \"Trained\"}]";

  private StartupTraining() {}

  /**
   * Runs the training work and exits with 0.
   *
   * @param args ignored
   * @throws IOException when the temporary directory cannot be created or deleted
   */
  public static void main(String[] args) throws IOException {
    run();
    System.exit(ExitCode.OK);
  }

  /**
   * Runs every command of {@link #commands(Path)} in a new temporary directory, deleted afterwards.
   *
   * @return the exit code of each command, in order
   */
  static List<Integer> run() throws IOException {
    Path dir = Files.createTempDirectory("plan-training");
    try {
      Files.writeString(dir.resolve("patch.json"), PATCH);
      List<Integer> codes = new ArrayList<>();
      for (List<String> args : commands(dir)) {
        codes.add(PlanCommand.run(quiet(), args.toArray(String[]::new)));
      }
      return codes;
    } finally {
      deleteTree(dir);
    }
  }

  /**
   * The commands, in the order they run; each may use the files the ones before it wrote, and
   * {@code patch.json} holds {@link #PATCH}.
   */
  static List<List<String>> commands(Path dir) {
    String md = dir.resolve("plan.md").toString();
    String en = dir.resolve("en.md").toString();
    String json = dir.resolve("plan.json").toString();
    String yaml = dir.resolve("plan.yaml").toString();
    String patch = dir.resolve("patch.json").toString();
    return List.of(
        List.of("new", "-o", md),
        List.of("new", "--title", "Training", "--lang", "en", "-o", en),
        List.of("convert", md, "--to", "yaml"),
        List.of("convert", md, "--to", "json"),
        List.of("convert", md, "-o", json),
        List.of("convert", en, "-o", yaml),
        List.of("convert", json, "--to", "markdown"),
        List.of("convert", yaml, "--to", "json"),
        List.of("convert", md, en, "--to", "json", "-o", dir.resolve("batch").toString()),
        List.of("convert", yaml, "--onto", en, "-o", "-"),
        List.of("validate", md, en),
        List.of("validate", "--format", "json", md),
        List.of("validate", "--format", "sarif", json),
        List.of("fmt", "--check", md, yaml),
        List.of("get", md, "/title"),
        List.of("get", yaml, "/metadata"),
        List.of("set", en, "/metadata/author", "Training", "-o", "-"),
        List.of("patch", en, patch, "-o", "-"),
        List.of("diff", md, json),
        List.of("diff", "--format", "markdown", en, yaml),
        List.of("--help"),
        List.of("convert", "--help"),
        List.of("--version"));
  }

  /** Streams that read nothing and write nowhere. */
  private static Io quiet() {
    Writer nowhere = Writer.nullWriter();
    return new Io(
        InputStream.nullInputStream(),
        new PrintWriter(nowhere),
        new PrintWriter(OutputStream.nullOutputStream()),
        false);
  }

  private static void deleteTree(Path dir) throws IOException {
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(dir)) {
      paths = walk.sorted(Comparator.reverseOrder()).toList();
    }
    try {
      paths.forEach(
          p -> {
            try {
              Files.delete(p);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
