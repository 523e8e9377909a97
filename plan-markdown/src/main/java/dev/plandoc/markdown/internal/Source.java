package dev.plandoc.markdown.internal;

import dev.plandoc.model.check.SourcePosition;
import java.util.List;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/** The normalised source text and slicing of it by the source spans of parsed blocks. */
public final class Source {
  private final String text;
  private final int[] lineStarts;
  private final boolean closeOpenBlocks;

  /** Wraps text whose line breaks are already {@code \n}; open blocks are kept open. */
  public Source(String text) {
    this(text, false);
  }

  /**
   * Wraps text whose line breaks are already {@code \n}.
   *
   * @param closeOpenBlocks whether slices that end in a block left open at the end of the document
   *     get that block's closing line
   */
  public Source(String text, boolean closeOpenBlocks) {
    this.closeOpenBlocks = closeOpenBlocks;
    this.text = text;
    int lines = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines++;
      }
    }
    lineStarts = new int[lines];
    for (int i = 0, line = 1; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lineStarts[line++] = i + 1;
      }
    }
  }

  /** Drops a byte order mark and turns CRLF and CR line breaks into LF. */
  public static String normalize(String input) {
    String s = input.startsWith("\uFEFF") ? input.substring(1) : input;
    if (s.indexOf('\r') >= 0) {
      s = s.replace("\r\n", "\n").replace('\r', '\n');
    }
    return s;
  }

  /** The text. */
  public String text() {
    return text;
  }

  /** The number of lines. */
  public int lineCount() {
    return lineStarts.length;
  }

  /** A line without its break. */
  public String line(int index) {
    int start = lineStarts[index];
    int end = index + 1 < lineStarts.length ? lineStarts[index + 1] - 1 : text.length();
    return text.substring(start, end);
  }

  /** The first line of a node, or -1 when it has no span. */
  public static int firstLine(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    return spans.isEmpty() ? -1 : spans.get(0).getLineIndex();
  }

  /** The last line of a node, or -1 when it has no span. */
  public static int lastLine(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    return spans.isEmpty() ? -1 : spans.get(spans.size() - 1).getLineIndex();
  }

  /** The lines from {@code first} to {@code last}, inclusive, joined by LF. */
  public String lines(int first, int last) {
    if (first < 0 || last < first) {
      return "";
    }
    int start = lineStarts[first];
    int end = last + 1 < lineStarts.length ? lineStarts[last + 1] - 1 : text.length();
    return text.substring(start, end);
  }

  /** The whole lines the nodes cover, from the first node's first line to the last's last. */
  public String slice(List<? extends Node> nodes) {
    int first = -1;
    int last = -1;
    for (Node n : nodes) {
      int f = firstLine(n);
      int l = lastLine(n);
      if (f >= 0 && (first < 0 || f < first)) {
        first = f;
      }
      if (l > last) {
        last = l;
      }
    }
    String text = trimBlankLines(lines(first, last));
    if (!closeOpenBlocks || nodes.isEmpty() || text.isEmpty()) {
      return text;
    }
    return text + closer(nodes.get(nodes.size() - 1));
  }

  /**
   * The lines from the start of the document to the end of the last node, keeping leading blank
   * lines: a document that starts with a blank line and then {@code ---} has no front matter, and
   * must not gain one when written back.
   */
  public String sliceFromStart(List<? extends Node> nodes) {
    int last = -1;
    for (Node n : nodes) {
      last = Math.max(last, lastLine(n));
    }
    if (last < 0) {
      return "";
    }
    String text = lines(0, last);
    int end = text.length();
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    text = text.substring(0, end);
    if (text.isBlank()) {
      return "";
    }
    return closeOpenBlocks ? text + closer(nodes.get(nodes.size() - 1)) : text;
  }

  /**
   * What closes a block left open at the end of the document. A fenced code block without its
   * closing fence, or an HTML block without its end condition, runs to the end of the document;
   * kept as raw content and written back before other sections, it would swallow them. Closing it
   * keeps its rendering and makes the raw block self-contained.
   */
  public String closer(Node last) {
    if (last instanceof FencedCodeBlock code) {
      int l = lastLine(code);
      String close = l > firstLine(code) ? line(l).strip() : "";
      String fence = code.getFenceCharacter() == null ? "`" : code.getFenceCharacter();
      int open = code.getOpeningFenceLength() == null ? 3 : code.getOpeningFenceLength();
      boolean closed = close.length() >= open && close.chars().allMatch(c -> c == fence.charAt(0));
      return closed ? "" : "\n" + fence.repeat(open);
    }
    if (last instanceof HtmlBlock html) {
      String literal = html.getLiteral() == null ? "" : html.getLiteral();
      String start = literal.stripLeading().toLowerCase(java.util.Locale.ROOT);
      String[][] ends = {
        {"<!--", "-->"},
        {"<?", "?>"},
        {"<![cdata[", "]]>"},
        {"<pre", "</pre>"},
        {"<script", "</script>"},
        {"<style", "</style>"},
        {"<textarea", "</textarea>"}
      };
      for (String[] e : ends) {
        if (start.startsWith(e[0])) {
          String rest = start.substring(e[0].length());
          return rest.contains(e[1]) ? "" : "\n" + e[1];
        }
      }
      if (start.startsWith("<!") && !start.contains(">")) {
        return "\n>";
      }
    }
    return "";
  }

  /** The 1-based position of a node's start. */
  public static SourcePosition position(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    if (spans.isEmpty()) {
      return new SourcePosition(1, 1);
    }
    SourceSpan s = spans.get(0);
    return new SourcePosition(s.getLineIndex() + 1, s.getColumnIndex() + 1);
  }

  /** Drops leading and trailing blank lines and the trailing whitespace of the text. */
  public static String trimBlankLines(String s) {
    int start = 0;
    while (true) {
      int nl = s.indexOf('\n', start);
      if (nl < 0 || !s.substring(start, nl).isBlank()) {
        break;
      }
      start = nl + 1;
    }
    // Drop trailing blank lines but keep trailing spaces of the last line: in an indented code
    // block they are content.
    int end = s.length();
    while (true) {
      int nl = s.lastIndexOf('\n', end - 1);
      if (nl < start || !s.substring(nl + 1, end).isBlank()) {
        break;
      }
      end = nl;
    }
    if (end > start && s.substring(start, end).isBlank()) {
      return "";
    }
    return s.substring(start, end);
  }

  // The three scans below are what the regular expressions ^#{1,6}(?:[ \t]+|$),
  // (?:^|[ \t]+)#+[ \t]*$ and ^[ \t]*(?:[-+*]|\d{1,9}[.)])(?:[ \t]+|$) match, written out: they
  // run for every heading and list item of a read.

  /** An ATX heading line without its opening {@code #}s and the blanks after them. */
  static String withoutOpeningSequence(String line) {
    int hashes = 0;
    while (hashes < line.length() && line.charAt(hashes) == '#') {
      hashes++;
    }
    if (hashes == 0 || hashes > 6 || hashes < line.length() && !isBlank(line.charAt(hashes))) {
      return line;
    }
    return line.substring(skipBlanks(line, hashes));
  }

  /** Heading text without a closing sequence: blanks, {@code #}s and blanks at its end. */
  static String withoutClosingSequence(String t) {
    int end = t.length();
    while (end > 0 && isBlank(t.charAt(end - 1))) {
      end--;
    }
    int hashes = end;
    while (hashes > 0 && t.charAt(hashes - 1) == '#') {
      hashes--;
    }
    if (hashes == end) {
      return t;
    }
    if (hashes == 0) {
      return "";
    }
    if (!isBlank(t.charAt(hashes - 1))) {
      return t; // "C#": a # that is part of the last word
    }
    int cut = hashes;
    while (cut > 0 && isBlank(t.charAt(cut - 1))) {
      cut--;
    }
    return t.substring(0, cut);
  }

  /** Where a list item's content starts after its marker, or -1 when the line has none. */
  static int markerEnd(String line) {
    int i = skipBlanks(line, 0);
    int n = line.length();
    if (i < n && (line.charAt(i) == '-' || line.charAt(i) == '+' || line.charAt(i) == '*')) {
      i++;
    } else {
      int digits = i;
      while (i < n && line.charAt(i) >= '0' && line.charAt(i) <= '9') {
        i++;
      }
      if (i == digits
          || i - digits > 9
          || i >= n
          || line.charAt(i) != '.' && line.charAt(i) != ')') {
        return -1;
      }
      i++;
    }
    if (i < n && !isBlank(line.charAt(i))) {
      return -1;
    }
    return skipBlanks(line, i);
  }

  private static int skipBlanks(String s, int from) {
    int i = from;
    while (i < s.length() && isBlank(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  /** The inline source of a heading, without the {@code #}s and the closing sequence. */
  public String headingText(org.commonmark.node.Heading h) {
    int first = firstLine(h);
    int last = lastLine(h);
    if (first < 0) {
      return "";
    }
    String line = line(first).strip();
    if (line.startsWith("#")) {
      return Inline.unescapeHeading(withoutClosingSequence(withoutOpeningSequence(line)).strip());
    }
    // A setext heading: every line but the underline, verbatim (a continuation line's
    // indentation can be what keeps it from starting a block of its own).
    return lines(first, last - 1).strip();
  }

  /** The Markdown of each item of a list, without its marker, continuation lines dedented. */
  public List<String> items(org.commonmark.node.ListBlock list) {
    List<String> out = new java.util.ArrayList<>();
    for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
      out.add(itemText((org.commonmark.node.ListItem) n));
    }
    return out;
  }

  private String itemText(org.commonmark.node.ListItem item) {
    int first = firstLine(item);
    int last = lastLine(item);
    if (first < 0) {
      return "";
    }
    int indent = item.getContentIndent() == null ? 2 : item.getContentIndent();
    StringBuilder sb = new StringBuilder();
    String firstLine = line(first);
    int marker = markerEnd(firstLine);
    sb.append(marker >= 0 ? firstLine.substring(marker) : firstLine.strip());
    for (int l = first + 1; l <= last; l++) {
      String line = line(l);
      int cut = 0;
      while (cut < indent && cut < line.length() && line.charAt(cut) == ' ') {
        cut++;
      }
      sb.append('\n').append(line.substring(cut));
    }
    return trimBlankLines(sb.toString()).strip();
  }
}
