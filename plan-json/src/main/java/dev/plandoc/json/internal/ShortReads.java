package dev.plandoc.json.internal;

/**
 * Hands out one character fewer than asked for. snakeyaml-engine 3.0.1 reads one more character
 * past a full buffer when the buffer ends in a high surrogate, and fails with an
 * IndexOutOfBoundsException when the reader filled the whole buffer; a reader that never fills it
 * avoids that (found by the round-trip test with an emoji at a 1,024-character boundary).
 */
final class ShortReads extends java.io.Reader {
  private final String text;
  private int next;

  ShortReads(String text) {
    this.text = text;
  }

  @Override
  public int read(char[] buffer, int offset, int length) {
    if (next >= text.length()) {
      return -1;
    }
    int n = Math.min(length > 1 ? length - 1 : length, text.length() - next);
    text.getChars(next, next + n, buffer, offset);
    next += n;
    return n;
  }

  @Override
  public void close() {
    // nothing to release
  }
}
