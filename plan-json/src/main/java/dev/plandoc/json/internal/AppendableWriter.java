package dev.plandoc.json.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.CharBuffer;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Writer} over any {@link Appendable}, so that Jackson's generators write straight into
 * the caller's output instead of building a string that is then copied there. Remembers the last
 * character written, which decides whether the final line break is still to come. Closing it does
 * not close the appendable: the caller owns that.
 */
final class AppendableWriter extends Writer {
  private final Appendable out;
  private final @Nullable StringBuilder builder;
  private final @Nullable Writer writer;
  private char last;
  private boolean any;

  AppendableWriter(Appendable out) {
    this.out = out;
    // The two common targets get their bulk methods; anything else goes through append.
    this.builder = out instanceof StringBuilder sb ? sb : null;
    this.writer = out instanceof Writer w ? w : null;
  }

  @Override
  public void write(char[] chars, int off, int len) throws IOException {
    if (len == 0) {
      return;
    }
    if (builder != null) {
      builder.append(chars, off, len);
    } else if (writer != null) {
      writer.write(chars, off, len);
    } else {
      out.append(CharBuffer.wrap(chars, off, len));
    }
    last = chars[off + len - 1];
    any = true;
  }

  @Override
  public void write(String s, int off, int len) throws IOException {
    if (len == 0) {
      return;
    }
    out.append(s, off, off + len);
    last = s.charAt(off + len - 1);
    any = true;
  }

  @Override
  public void write(int c) throws IOException {
    out.append((char) c);
    last = (char) c;
    any = true;
  }

  /** Adds the final line break unless the text already ends with one. */
  void endLine() throws IOException {
    if (!any || last != '\n') {
      write('\n');
    }
  }

  @Override
  public void flush() throws IOException {
    if (writer != null) {
      writer.flush();
    }
  }

  @Override
  public void close() {
    // the appendable is the caller's to close
  }
}
