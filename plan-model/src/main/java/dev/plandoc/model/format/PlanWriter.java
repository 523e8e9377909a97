package dev.plandoc.model.format;

import dev.plandoc.model.Plan;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes a plan as text. Implementations are immutable and safe to share between threads.
 *
 * <pre>{@code
 * String md = PlanFormats.load().require("markdown").writer().write(plan);
 * }</pre>
 */
public interface PlanWriter {

  /**
   * Writes the plan to an appendable.
   *
   * @param plan the plan
   * @param out where to write
   * @throws UncheckedIOException when the appendable fails
   */
  void write(Plan plan, Appendable out);

  /** Writes the plan to a string. */
  default String write(Plan plan) {
    StringBuilder sb = new StringBuilder();
    write(plan, sb);
    return sb.toString();
  }

  /**
   * Writes the plan as UTF-8 to a stream, which is flushed but not closed; the text goes out as it
   * is produced.
   */
  default void write(Plan plan, OutputStream out) {
    try {
      Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      write(plan, w);
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the plan as UTF-8 to a file through {@link AtomicFile}: the text goes to a temporary
   * file as it is produced, which replaces the file in one move, so an existing file is never left
   * half-written; its permissions are kept and a symbolic link is followed.
   */
  default void write(Plan plan, Path file) {
    try {
      AtomicFile.write(file, w -> write(plan, w));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
