package dev.plandoc.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Runs {@code plan} in-process with captured streams, and gives the shipped sample plans. */
final class Cli {
  /** The corpus plans shipped in the test resources. */
  static final List<String> CORPUS =
      List.of("ocr-receipt.ko.md", "push-settings.en.md", "user-auth.llm-drift.ko.md");

  /** The template and the corpus. */
  static final List<String> SAMPLES =
      List.of(
          "plan-template.ko.md",
          "ocr-receipt.ko.md",
          "push-settings.en.md",
          "user-auth.llm-drift.ko.md");

  /**
   * What a run left behind.
   *
   * @param code the exit code
   * @param stdout standard output, raw bytes
   * @param err standard error
   */
  record Result(int code, byte[] stdout, String err) {
    String out() {
      return new String(stdout, StandardCharsets.UTF_8);
    }

    List<String> outLines() {
      return out().lines().toList();
    }

    List<String> errLines() {
      return err.lines().toList();
    }
  }

  private Cli() {}

  static Result run(String... args) {
    return runWithInput(new byte[0], false, args);
  }

  static Result runWithInput(String stdin, String... args) {
    return runWithInput(stdin.getBytes(StandardCharsets.UTF_8), false, args);
  }

  static Result runWithInput(byte[] stdin, boolean interactive, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Io io =
        new Io(
            new ByteArrayInputStream(stdin),
            new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)),
            new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8)),
            interactive);
    int code = PlanCommand.run(io, args);
    return new Result(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }

  /** A sample's bytes: the template from the main resources, a corpus plan from the test ones. */
  static byte[] sample(String name) {
    try (InputStream in = PlanCommand.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no sample " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String sampleText(String name) {
    return new String(sample(name), StandardCharsets.UTF_8);
  }

  /** Copies a sample into a directory and returns its path. */
  static Path copy(String name, Path dir) {
    try {
      return Files.write(dir.resolve(name), sample(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
