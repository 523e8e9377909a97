package dev.plandoc.markdown.internal.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A document as lines, each with the line break it had, so that lines an edit does not touch are
 * written back byte for byte: a CRLF file stays CRLF, a file with mixed breaks keeps each one, a
 * missing final break stays missing, and a byte order mark stays. New lines get the document's most
 * common break. Immutable: an edit gives a new buffer.
 *
 * <p>Positions are 0-based line indexes into the text the reader saw: the source without its byte
 * order mark and with every break as {@code \n} ({@link #normalized()}), which has the same lines.
 */
final class EditBuffer {
  private final boolean bom;
  private final List<String> lines;
  private final List<String> breaks;
  private final String newline;
  private final int touched;

  private EditBuffer(
      boolean bom, List<String> lines, List<String> breaks, String newline, int touched) {
    this.bom = bom;
    this.lines = lines;
    this.breaks = breaks;
    this.newline = newline;
    this.touched = touched;
  }

  /**
   * How many lines the edits that made this buffer removed and wrote, counted from the source: of
   * two texts that say the same, the one with fewer is the smaller diff.
   */
  int touched() {
    return touched;
  }

  /** The buffer of a source text. */
  static EditBuffer of(String source) {
    boolean bom = source.startsWith("\uFEFF");
    String s = bom ? source.substring(1) : source;
    List<String> lines = new ArrayList<>();
    List<String> breaks = new ArrayList<>();
    Map<String, Integer> counts = new HashMap<>();
    int start = 0;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r') {
        String br = c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n' ? "\r\n" : "" + c;
        lines.add(s.substring(start, i));
        breaks.add(br);
        counts.merge(br, 1, Integer::sum);
        i += br.length();
        start = i;
      } else {
        i++;
      }
    }
    if (start < s.length()) {
      lines.add(s.substring(start));
      breaks.add("");
    }
    String newline = "\n";
    int most = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > most || e.getValue() == most && e.getKey().equals("\n")) {
        most = e.getValue();
        newline = e.getKey();
      }
    }
    return new EditBuffer(bom, List.copyOf(lines), List.copyOf(breaks), newline, 0);
  }

  /** The number of lines. */
  int size() {
    return lines.size();
  }

  /** A line without its break. */
  String line(int index) {
    return lines.get(index);
  }

  /** The lines {@code from} (inclusive) to {@code to} (exclusive). */
  List<String> lines(int from, int to) {
    return lines.subList(from, to);
  }

  /** The text as the reader sees it: no byte order mark, every break {@code \n}. */
  String normalized() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      sb.append(lines.get(i));
      if (!breaks.get(i).isEmpty()) {
        sb.append('\n');
      }
    }
    return sb.toString();
  }

  /** The text with its own byte order mark and line breaks. */
  String text() {
    StringBuilder sb = new StringBuilder();
    if (bom) {
      sb.append('\uFEFF');
    }
    for (int i = 0; i < lines.size(); i++) {
      sb.append(lines.get(i)).append(breaks.get(i));
    }
    return sb.toString();
  }

  /**
   * The buffer with lines {@code from} to {@code to} (exclusive) replaced by {@code replacement}.
   * Replacing lines keep the breaks of the lines they replace, one for one; further lines get the
   * document's break; when the last line had none, the new last line has none either.
   */
  EditBuffer replace(int from, int to, List<String> replacement) {
    List<String> newLines = new ArrayList<>(lines.subList(0, from));
    List<String> newBreaks = new ArrayList<>(breaks.subList(0, from));
    boolean lastHadNone = to == lines.size() && to > 0 && breaks.get(to - 1).isEmpty();
    for (int i = 0; i < replacement.size(); i++) {
      newLines.add(replacement.get(i));
      newBreaks.add(
          from + i < to && !breaks.get(from + i).isEmpty() ? breaks.get(from + i) : newline);
    }
    if (to == lines.size() && !replacement.isEmpty()) {
      // The replacement ends the document: its last line ends as the document's last line did.
      newBreaks.set(newBreaks.size() - 1, lastHadNone ? "" : newBreaks.get(newBreaks.size() - 1));
    }
    newLines.addAll(lines.subList(to, lines.size()));
    newBreaks.addAll(breaks.subList(to, breaks.size()));
    if (to == lines.size() && replacement.isEmpty() && from > 0 && lastHadNone) {
      newBreaks.set(from - 1, "");
    }
    return new EditBuffer(
        bom,
        List.copyOf(newLines),
        List.copyOf(newBreaks),
        newline,
        touched + (to - from) + replacement.size());
  }
}
