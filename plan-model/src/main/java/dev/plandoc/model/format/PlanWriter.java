package dev.plandoc.model.format;

import dev.plandoc.model.Plan;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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

  /** Writes the plan as UTF-8 to a stream, which is flushed but not closed. */
  default void write(Plan plan, OutputStream out) {
    try {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      w.write(write(plan));
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the plan as UTF-8 to a file. The whole text is produced first and written to a temporary
   * file beside the target, which then replaces the target in one move, so an existing file is
   * never left half-written.
   */
  default void write(Plan plan, Path file) {
    byte[] bytes = write(plan).getBytes(StandardCharsets.UTF_8);
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    Path tmp = null;
    try {
      tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
      Files.write(tmp, bytes);
      keepPermissions(tmp, target);
      try {
        Files.move(
            tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // best effort: the target is untouched either way
        }
      }
    }
  }

  /**
   * Gives the temporary file the permissions of the file it replaces, or {@code rw-r--r--} for a
   * new file: a temporary file is created owner-only, which a replaced plan should not become.
   */
  private static void keepPermissions(Path tmp, Path target) throws IOException {
    try {
      java.util.Set<java.nio.file.attribute.PosixFilePermission> perms =
          Files.exists(target)
              ? Files.getPosixFilePermissions(target)
              : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
      Files.setPosixFilePermissions(tmp, perms);
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the platform's defaults apply
    }
  }
}
