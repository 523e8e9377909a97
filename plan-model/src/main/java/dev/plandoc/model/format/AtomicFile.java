package dev.plandoc.model.format;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Replaces a file only with complete content: the text is written to a temporary file beside the
 * target, which then takes the target's place in one move, so a reader never sees half a file and a
 * failed write leaves the old file as it was. The result keeps the permissions of the file it
 * replaces ({@code rw-r--r--} when new), and a symbolic link is followed, so the file it points to
 * is replaced rather than the link. {@link PlanWriter#write(dev.plandoc.model.Plan, Path)} writes
 * through it; tools that produce the text themselves can call it directly.
 *
 * <pre>{@code
 * AtomicFile.write(Path.of("PLAN.md"), markdown);
 * }</pre>
 */
public final class AtomicFile {
  private AtomicFile() {}

  /** What writes a file's new content, as text, to the writer it is given. */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the content.
     *
     * @param out where to write; closed by the caller
     * @throws IOException when writing fails
     */
    void writeTo(Writer out) throws IOException;
  }

  /**
   * Writes UTF-8 text to a file atomically.
   *
   * @param file the file to create or replace
   * @param text the complete new content
   * @throws IOException when the file is a directory or cannot be written; the file is untouched
   */
  public static void write(Path file, String text) throws IOException {
    write(file, out -> out.write(text));
  }

  /**
   * Writes UTF-8 text to a file atomically as it is produced, so that a large text need not be held
   * in memory first.
   *
   * @param file the file to create or replace
   * @param content writes the complete new content; when it throws, the file is untouched
   * @throws IOException when the file is a directory or cannot be written; the file is untouched
   */
  public static void write(Path file, Content content) throws IOException {
    Path target = Files.isSymbolicLink(file) ? file.toRealPath() : file.toAbsolutePath();
    if (Files.isDirectory(target)) {
      throw new IOException("is a directory");
    }
    Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
    try {
      try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        content.writeTo(out);
      }
      PosixFileAttributeView posix = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
      if (posix != null) {
        // A temporary file is created owner-only, which a replaced plan should not become.
        posix.setPermissions(
            Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--"));
      }
      try {
        Files.move(
            tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
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
}
