package dev.plandoc.cli;

import dev.plandoc.model.Language;
import dev.plandoc.model.format.AtomicFile;
import dev.plandoc.model.format.PlanFormat;
import dev.plandoc.model.format.PlanFormatException;
import dev.plandoc.model.format.PlanFormats;
import dev.plandoc.model.format.PlanReader;
import dev.plandoc.model.format.PlanWriter;
import dev.plandoc.model.format.ReadOptions;
import dev.plandoc.model.format.ReadResult;
import dev.plandoc.model.format.WriteOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How the commands find formats, read plans and write files, with every failure turned into one
 * {@link CliException} line that names the file.
 */
final class PlanIo {
  /** The argument that stands for standard input or standard output. */
  static final String STDIO = "-";

  private final PlanFormats formats;

  /**
   * One lenient reader per format, built on first use and shared by every file of a run and by the
   * threads of a batch (readers are immutable and thread-safe): building one is not free (the
   * Markdown reader builds a commonmark parser).
   */
  private final Map<String, PlanReader> readers = new ConcurrentHashMap<>();

  /** The same, validating as they read: for {@code validate}, whose findings they place best. */
  private final Map<String, PlanReader> validatingReaders = new ConcurrentHashMap<>();

  PlanIo(PlanFormats formats) {
    this.formats = formats;
  }

  PlanFormats formats() {
    return formats;
  }

  /**
   * The format with the given name or file extension ({@code yaml}, {@code yml}, {@code md}), or a
   * one-line error naming the known ones.
   */
  PlanFormat format(String name) {
    Optional<PlanFormat> found = formats.find(name).or(() -> formats.findByExtension(name));
    if (found.isPresent()) {
      return found.get();
    }
    try {
      return formats.require(name);
    } catch (IllegalArgumentException e) {
      throw new CliException(e.getMessage(), e);
    }
  }

  /**
   * The format of an input or output: the override when given, else the file's extension; standard
   * input and output default to Markdown.
   */
  PlanFormat formatOf(String arg, Optional<String> override, String option) {
    if (override.isPresent()) {
      return format(override.get());
    }
    if (arg.equals(STDIO)) {
      return format("markdown");
    }
    try {
      return formats.forPath(Path.of(arg));
    } catch (IllegalArgumentException e) {
      throw new CliException(e.getMessage() + "; name the format with " + option, e);
    }
  }

  /** How a file argument is shown in messages. */
  static String displayName(String arg) {
    return arg.equals(STDIO) ? "<stdin>" : arg;
  }

  /** The bytes of a file, or of standard input for {@code -}. */
  byte[] readBytes(String arg, InputStream stdin) {
    try {
      if (arg.equals(STDIO)) {
        return stdin.readAllBytes();
      }
      Path file = Path.of(arg);
      if (Files.isDirectory(file)) {
        throw new CliException(arg + ": is a directory, not a plan file");
      }
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new CliException(displayName(arg) + ": cannot read: " + reason(e), e);
    }
  }

  /**
   * Decodes UTF-8 strictly (a byte that is not UTF-8 is an error with its line and column, rather
   * than a replacement character that a rewrite would then save) and drops a byte order mark.
   */
  static String decode(String name, byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int at = in.position();
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < at; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      int column =
          new String(bytes, lineStart, at - lineStart, StandardCharsets.UTF_8).length() + 1;
      throw new CliException(
          String.format(
              "%s:%d:%d: not UTF-8 (byte 0x%02X at offset %d); plans are read as UTF-8",
              name, line, column, bytes[at] & 0xFF, at));
    }
    out.flip();
    String text = out.toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** Reads a plan leniently; malformed JSON or YAML is a one-line error with line:column. */
  ReadResult read(String arg, PlanFormat format, String text) {
    return read(arg, reader(format, false), text);
  }

  /**
   * {@link #read} with the validator's rules checked as the plan is read, where the reader does
   * that (Markdown, which places a placeholder's finding at its column).
   */
  ReadResult readValidated(String arg, PlanFormat format, String text) {
    return read(arg, reader(format, true), text);
  }

  private ReadResult read(String arg, PlanReader reader, String text) {
    try {
      return reader.read(text);
    } catch (PlanFormatException e) {
      throw new CliException(located(displayName(arg), e), e);
    }
  }

  /** The lenient reader of the format, the same one for every file. */
  PlanReader reader(PlanFormat format) {
    return reader(format, false);
  }

  private PlanReader reader(PlanFormat format, boolean validate) {
    if (!format.canRead()) {
      throw new CliException(
          "the " + format.name() + " format is write-only: plans cannot be read from it");
    }
    try {
      // Without the validator for convert, fmt, get, set and patch: they need the plan, not the
      // rules' findings, and checking them is a fifth of a Markdown read.
      return (validate ? validatingReaders : readers)
          .computeIfAbsent(
              format.name(), name -> format.reader(ReadOptions.LENIENT.withValidation(validate)));
    } catch (UnsupportedOperationException e) {
      throw new CliException("the " + format.name() + " format cannot be read", e);
    }
  }

  /**
   * {@code name:line:col: message (at path)}, or {@code name: message (at path)} without position.
   */
  static String located(String name, PlanFormatException e) {
    return name + (e.position().isPresent() ? ":" : ": ") + e.describe();
  }

  /** A writer of the format, in the given language or the plan's own. */
  static PlanWriter writer(PlanFormat format, Optional<Language> language) {
    WriteOptions options = WriteOptions.defaults();
    if (language.isPresent()) {
      options = options.withLanguage(language.get());
    }
    try {
      return format.writer(options);
    } catch (UnsupportedOperationException e) {
      throw new CliException("the " + format.name() + " format cannot be written", e);
    }
  }

  /** Writes text to a file atomically, naming the file when it fails. */
  static void writeFile(Path file, String text) {
    writeFile(file, out -> out.write(text));
  }

  /**
   * Writes a file atomically as its content is produced: a large plan's output is never held whole
   * in memory, and the file is replaced only once all of it is written.
   */
  static void writeFile(Path file, AtomicFile.Content content) {
    try {
      AtomicFile.write(file, content);
    } catch (IOException e) {
      throw new CliException(file + ": cannot write: " + reason(e), e);
    } catch (UncheckedIOException e) {
      throw new CliException(file + ": cannot write: " + reason(e.getCause()), e);
    }
  }

  /** A short reason for an I/O failure, without the file name Java puts in front. */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason().toLowerCase(java.util.Locale.ROOT);
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
