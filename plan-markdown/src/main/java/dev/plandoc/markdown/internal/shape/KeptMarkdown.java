package dev.plandoc.markdown.internal.shape;

import dev.plandoc.markdown.internal.BlockParser;
import dev.plandoc.markdown.internal.Source;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Markdown the reader kept verbatim, parsed again so that the shapes in it can be read: its
 * top-level blocks and the source text of each. Reading views from the kept text itself (and not
 * from the blocks of the first parse) is what makes a view reproducible: the writer, given the same
 * text, finds the same views, so a plan written back reads as it was.
 *
 * <pre>{@code
 * KeptMarkdown kept = KeptMarkdown.parse("| Method | Path |\n|---|---|\n| GET | /a |");
 * kept.blocks();   // [TableBlock]
 * }</pre>
 */
public final class KeptMarkdown {
  /** The parser of kept Markdown: immutable and thread-safe, so one serves every read and write. */
  private static final Parser PARSER = BlockParser.get();

  private final Source src;
  private @Nullable List<Node> blocks;

  private KeptMarkdown(Source src) {
    this.src = src;
  }

  /**
   * Kept Markdown (line breaks already {@code \n}), parsed when its blocks are first asked for: a
   * shape that finds no sign of itself in the text ({@link #text()}) costs no parse. One instance
   * serves one read of one shape and is not shared between threads.
   */
  public static KeptMarkdown parse(String markdown) {
    return new KeptMarkdown(new Source(markdown));
  }

  /** The kept text. */
  public String text() {
    return src.text();
  }

  /** The top-level blocks in order. */
  public List<Node> blocks() {
    if (blocks == null) {
      Node doc = PARSER.parse(src.text());
      List<Node> all = new ArrayList<>();
      for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
        all.add(n);
      }
      blocks = List.copyOf(all);
    }
    return blocks;
  }

  /** The 0-based line a block starts on, within the kept text. */
  public int line(Node block) {
    return Source.firstLine(block);
  }

  /** The lines a block covers, verbatim. */
  public List<String> lines(Node block) {
    List<String> out = new ArrayList<>();
    int first = Source.firstLine(block);
    for (int l = first; l >= 0 && l <= Source.lastLine(block); l++) {
      out.add(src.line(l));
    }
    return out;
  }

  /** The source text of a block, verbatim. */
  public String text(Node block) {
    return src.lines(Source.firstLine(block), Source.lastLine(block));
  }

  /** The inline text of a heading, without the {@code #}s; a setext heading's text lines. */
  public String headingText(Heading h) {
    return src.headingText(h);
  }

  /** The content of a fenced code block, without the last line break. */
  public static String literal(FencedCodeBlock code) {
    String l = code.getLiteral() == null ? "" : code.getLiteral();
    return l.endsWith("\n") ? l.substring(0, l.length() - 1) : l;
  }

  /** The info string of a fenced code block, trimmed. */
  public static String info(FencedCodeBlock code) {
    return code.getInfo() == null ? "" : code.getInfo().strip();
  }

  /** The Markdown of each item of a list, without its marker; continuation lines dedented. */
  public List<String> items(ListBlock list) {
    return src.items(list);
  }
}
