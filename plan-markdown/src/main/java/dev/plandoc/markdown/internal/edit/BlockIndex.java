package dev.plandoc.markdown.internal.edit;

import dev.plandoc.markdown.internal.BlockParser;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.Parser;

/**
 * The block structure of a document by line: where its headings, table rows, list items and
 * top-level blocks are. The faithful writer asks it for the lines an item occupies — a row, an item
 * with its sub-items, a heading with what follows it — to remove, move or copy them whole.
 */
final class BlockIndex {
  private static final Parser PARSER = BlockParser.get();
  private static final Pattern BREAK = Pattern.compile("^ {0,3}([-*_])( *\\1){2,} *$");

  /** A run of lines, {@code from} inclusive to {@code to} exclusive, and what it is. */
  record Span(int from, int to, Kind kind) {}

  /** What a span is. */
  enum Kind {
    ROW,
    LIST_ITEM,
    HEADING_BLOCK,
    BLOCK,
    /** Whole lines that hold one multi-line value, such as a statement in a code block. */
    LINES,
    /** One line that holds an item, such as {@code GET /x → 200} in a code block. */
    LINE;

    /** Whether items of this kind follow each other without a blank line between them. */
    boolean isTight() {
      return this == ROW || this == LIST_ITEM || this == LINE;
    }
  }

  private final int size;
  private final int[] headingLevel;
  private final boolean[] tableRow;
  private final List<Span> listItems = new ArrayList<>();
  private final List<Span> topBlocks = new ArrayList<>();
  private final List<String> lines;

  private BlockIndex(List<String> lines) {
    this.lines = lines;
    this.size = lines.size();
    this.headingLevel = new int[size];
    this.tableRow = new boolean[size];
  }

  /** The index of a document's lines. */
  static BlockIndex of(EditBuffer buffer) {
    BlockIndex index = new BlockIndex(buffer.lines(0, buffer.size()));
    Node doc = PARSER.parse(buffer.normalized());
    for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
      Node block = n;
      first(n).ifPresent(f -> index.topBlocks.add(new Span(f, last(block) + 1, Kind.BLOCK)));
      index.walk(n);
    }
    return index;
  }

  private void walk(Node n) {
    if (n instanceof Heading h) {
      first(h).ifPresent(f -> headingLevel[f] = h.getLevel());
    } else if (n instanceof TableBlock) {
      markRows(n);
    } else if (n instanceof ListItem) {
      first(n).ifPresent(f -> listItems.add(new Span(f, last(n) + 1, Kind.LIST_ITEM)));
    }
    for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
      walk(c);
    }
  }

  private void markRows(Node n) {
    for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
      if (c instanceof TableRow
          && !(c.getParent() instanceof org.commonmark.ext.gfm.tables.TableHead)) {
        first(c).ifPresent(f -> tableRow[f] = true);
      }
      markRows(c);
    }
  }

  private static java.util.Optional<Integer> first(Node n) {
    List<SourceSpan> spans = n.getSourceSpans();
    return spans.isEmpty()
        ? java.util.Optional.empty()
        : java.util.Optional.of(spans.get(0).getLineIndex());
  }

  private static int last(Node n) {
    List<SourceSpan> spans = n.getSourceSpans();
    return spans.get(spans.size() - 1).getLineIndex();
  }

  /** The heading level of a line, or 0 when it is no ATX or setext heading's first line. */
  int headingLevel(int line) {
    return line >= 0 && line < size ? headingLevel[line] : 0;
  }

  /** Whether a line is a body row of a table. */
  boolean isTableRow(int line) {
    return line >= 0 && line < size && tableRow[line];
  }

  /** Whether a line is blank. */
  boolean isBlank(int line) {
    return lines.get(line).isBlank();
  }

  /** Whether a line is a thematic break. */
  boolean isBreak(int line) {
    return BREAK.matcher(lines.get(line)).matches();
  }

  /**
   * The end (exclusive) of the part that starts with the heading at {@code line}: the next heading
   * of the same or a higher level, or {@code limit}.
   */
  int headingEnd(int line, int limit) {
    int level = headingLevel(line) == 0 ? 2 : headingLevel(line);
    for (int i = line + 1; i < Math.min(limit, size); i++) {
      if (headingLevel[i] > 0 && headingLevel[i] <= level) {
        return i;
      }
    }
    return Math.min(limit, size);
  }

  /** {@code to} moved back over trailing blank lines and one closing thematic break. */
  int trimEnd(int from, int to) {
    int end = to;
    while (end > from + 1 && isBlank(end - 1)) {
      end--;
    }
    if (end > from + 1 && isBreak(end - 1)) {
      end--;
      while (end > from + 1 && isBlank(end - 1)) {
        end--;
      }
    }
    return end;
  }

  /**
   * The spans that could be the item at {@code line}, smallest first: its table row, the list items
   * around it from the innermost out, the heading part it is in (within {@code from}..{@code to}),
   * and its top-level block.
   */
  List<Span> spansAt(int line, int from, int to) {
    List<Span> out = new ArrayList<>();
    if (isTableRow(line)) {
      out.add(new Span(line, line + 1, Kind.ROW));
    }
    List<Span> around = new ArrayList<>();
    for (Span s : listItems) {
      if (s.from() <= line && line < s.to()) {
        around.add(s);
      }
    }
    around.sort((a, b) -> Integer.compare(a.to() - a.from(), b.to() - b.from()));
    for (Span s : around) {
      out.add(new Span(s.from(), trimEnd(s.from(), s.to()), Kind.LIST_ITEM));
    }
    for (int h = line; h >= from; h--) {
      if (headingLevel(h) >= 3 || h == line && headingLevel(h) > 0) {
        int end = headingEnd(h, to);
        if (end > line) {
          out.add(new Span(h, trimEnd(h, end), Kind.HEADING_BLOCK));
        }
        break;
      }
    }
    for (Span s : topBlocks) {
      if (s.from() <= line && line < s.to() && headingLevel(s.from()) == 0) {
        out.add(new Span(s.from(), trimEnd(s.from(), s.to()), Kind.BLOCK));
      }
    }
    return out.stream().distinct().toList();
  }
}
