package dev.plandoc.model.check;

/**
 * A 1-based line and column in a source document.
 *
 * <pre>{@code
 * new SourcePosition(12, 3).toString();   // "12:3"
 * }</pre>
 *
 * @param line the line, from 1
 * @param column the column, from 1
 */
public record SourcePosition(int line, int column) implements Comparable<SourcePosition> {
  /** Checks the values. */
  public SourcePosition {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column start at 1, got " + line + ":" + column);
    }
  }

  @Override
  public int compareTo(SourcePosition o) {
    return line != o.line ? Integer.compare(line, o.line) : Integer.compare(column, o.column);
  }

  /** {@code line:column}. */
  @Override
  public String toString() {
    return line + ":" + column;
  }
}
