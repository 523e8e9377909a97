package dev.plandoc.model.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a plan from text. Implementations are immutable and safe to share between threads.
 *
 * <p>Content problems are reported as diagnostics in the {@link ReadResult}; malformed input (for
 * JSON and YAML) and, in strict mode, ERROR diagnostics raise {@link PlanFormatException}; I/O
 * failures raise {@link UncheckedIOException}. Byte input is decoded as UTF-8 and a leading byte
 * order mark is dropped.
 *
 * <pre>{@code
 * ReadResult r = PlanFormats.load().require("markdown").reader().read(Path.of("PLAN.md"));
 * }</pre>
 */
public interface PlanReader {

  /** Reads a plan from a string. */
  ReadResult read(String text);

  /** Reads a plan from a character stream, which is read to the end but not closed. */
  default ReadResult read(Reader in) {
    try {
      StringBuilder sb = new StringBuilder();
      char[] buf = new char[8192];
      for (int n; (n = in.read(buf)) >= 0; ) {
        sb.append(buf, 0, n);
      }
      return read(sb.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a plan from UTF-8 bytes, which are read to the end but not closed. */
  default ReadResult read(InputStream in) {
    try {
      return read(decode(in.readAllBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a plan from a UTF-8 file. */
  default ReadResult read(Path file) {
    try {
      return read(decode(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Decodes UTF-8 and drops a leading byte order mark. */
  static String decode(byte[] bytes) {
    String s = new String(bytes, StandardCharsets.UTF_8);
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }
}
