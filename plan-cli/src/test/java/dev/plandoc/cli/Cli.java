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
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

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

  /** Streams that read nothing and keep nothing. */
  static Io quietIo() {
    return new Io(
        new ByteArrayInputStream(new byte[0]),
        new PrintWriter(new ByteArrayOutputStream()),
        new PrintWriter(new ByteArrayOutputStream()),
        false);
  }

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

  /** A plan in non-canonical form: CRLF line breaks, a byte order mark, no section numbers. */
  static byte[] messy(String sample) {
    String text =
        "\uFEFF"
            + sampleText(sample).replace("## 1. 기술 스택 선정", "## 기술 스택 선정").replace("\n", "\r\n");
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The names of the files in a directory, sorted: no temporary file may be left behind. */
  static List<String> filesIn(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A file as it was: its bytes and its modification time, set far in the past so that a rewrite
   * shows even within the same second.
   */
  record Snapshot(Path file, byte[] bytes, FileTime time) {
    static Snapshot of(Path file) {
      try {
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(file, old);
        return new Snapshot(file, Files.readAllBytes(file), old);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Whether the file is exactly as it was and was not written. */
    boolean untouched() {
      try {
        return Arrays.equals(Files.readAllBytes(file), bytes)
            && Files.getLastModifiedTime(file).equals(time);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The value {@code plan get} prints for a file and a pointer, without the final line break. */
  static String get(Path file, String pointer) {
    Result r = run("get", file.toString(), pointer);
    if (r.code() != 0) {
      throw new AssertionError("plan get " + file + " " + pointer + ": " + r.err());
    }
    return r.out().substring(0, r.out().length() - 1);
  }

  /**
   * A sample in a format, in a directory: {@code PLAN.md} as it is, or {@code PLAN.json} or {@code
   * PLAN.yaml} converted from it.
   */
  static Path planFile(String sample, String extension, Path dir) {
    Path md = Files.exists(dir.resolve(sample)) ? dir.resolve(sample) : copy(sample, dir);
    Path file = dir.resolve("PLAN." + extension);
    Result r = run("convert", md.toString(), "-o", file.toString());
    if (r.code() != 0) {
      throw new AssertionError(r.err());
    }
    try {
      Files.delete(md);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
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
