package dev.plandoc.cli;

import java.io.BufferedInputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The streams a command uses: standard input as bytes, standard output and error as UTF-8 text
 * (whatever the platform's default encoding), and whether a person is watching.
 *
 * @param in standard input
 * @param out standard output, UTF-8
 * @param err standard error, UTF-8
 * @param interactive whether the command runs on a terminal (progress lines are shown only then)
 */
public record Io(InputStream in, PrintWriter out, PrintWriter err, boolean interactive) {

  /** The process's own streams, written as UTF-8. */
  public static Io system() {
    return new Io(
        // Buffered: FileInputStream.readAllBytes of Java 17 asks a pipe for its position and
        // fails ("Illegal seek"); BufferedInputStream reads it to the end like any stream.
        new BufferedInputStream(new FileInputStream(FileDescriptor.in)),
        utf8(new FileOutputStream(FileDescriptor.out)),
        utf8(new FileOutputStream(FileDescriptor.err)),
        System.console() != null);
  }

  private static PrintWriter utf8(FileOutputStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }
}
