package dev.plandoc.markdown.internal;

import dev.plandoc.model.check.SourcePosition;
import java.util.ArrayDeque;
import java.util.Deque;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.node.Node;

/**
 * The bounds a Markdown read stays within: the document's length, how deeply blocks nest, and how
 * many rows one table has. The text is checked before commonmark sees it (its length, and block
 * quotes opened on one line, which commonmark would nest without end), the block tree right after
 * parsing, before anything walks it recursively.
 *
 * @param maxDocumentChars the longest document, in characters
 * @param maxNestingDepth the deepest nesting of blocks (quotes, lists, items)
 * @param maxTableRows the most body rows in one table
 */
public record InputLimits(int maxDocumentChars, int maxNestingDepth, int maxTableRows) {

  /** A limit passed: what and where. Not caught by the reader's safety net. */
  public static final class Exceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient SourcePosition at;

    Exceeded(String message, SourcePosition at) {
      super(message, null, false, false);
      this.at = at;
    }

    /** Where the limit was passed. */
    public SourcePosition at() {
      return at;
    }
  }

  /** Checks the text before it is parsed. */
  public void checkText(String text) {
    if (text.length() > maxDocumentChars) {
      throw new Exceeded(
          "the document has "
              + text.length()
              + " characters, more than the limit of "
              + maxDocumentChars
              + " (maxDocumentChars)",
          new SourcePosition(1, 1));
    }
    int line = 1;
    int depth = 0;
    boolean prefix = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        depth = 0;
        prefix = true;
      } else if (prefix && c == '>') {
        if (++depth > maxNestingDepth) {
          throw tooDeep(new SourcePosition(line, 1));
        }
      } else if (c != ' ' && c != '\t') {
        prefix = false;
      }
    }
  }

  /** Checks the parsed block tree, without recursion. */
  public void checkTree(Node document) {
    Deque<Node> nodes = new ArrayDeque<>();
    Deque<Integer> depths = new ArrayDeque<>();
    nodes.push(document);
    depths.push(0);
    while (!nodes.isEmpty()) {
      Node n = nodes.pop();
      int depth = depths.pop();
      if (depth > maxNestingDepth) {
        throw tooDeep(Source.position(n));
      }
      if (n instanceof TableBlock) {
        rows(n);
        continue; // rows and cells hold no blocks: a large table need not be walked cell by cell
      }
      for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
        nodes.push(c);
        depths.push(depth + 1);
      }
    }
  }

  private void rows(Node table) {
    for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
      if (part instanceof TableBody) {
        int rows = 0;
        for (Node r = part.getFirstChild(); r != null; r = r.getNext()) {
          rows++;
        }
        if (rows > maxTableRows) {
          throw new Exceeded(
              "a table has "
                  + rows
                  + " rows, more than the limit of "
                  + maxTableRows
                  + " (maxTableRows)",
              Source.position(table));
        }
      }
    }
  }

  private Exceeded tooDeep(SourcePosition at) {
    return new Exceeded("blocks nest more than " + maxNestingDepth + " deep (maxNestingDepth)", at);
  }
}
