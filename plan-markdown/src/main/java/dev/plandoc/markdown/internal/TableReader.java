package dev.plandoc.markdown.internal;

import dev.plandoc.model.check.Severity;
import dev.plandoc.model.check.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.Node;

/**
 * Maps GFM tables onto a part's known columns by their headers, whatever their order, recording a
 * position for each row; a table that does not map is reported and left to be kept verbatim.
 */
public final class TableReader {
  private TableReader() {}

  /**
   * The table, when its headers map onto the known columns; see {@link TableText#read}. A known
   * column's header as the author wrote it is kept as the label {@code section.columns.key}.
   */
  public static Optional<TableText> read(
      ReadContext ctx, TableBlock block, List<String> known, String section, String path) {
    return read(ctx, block, known, section, path, t -> true);
  }

  /**
   * {@link #read(ReadContext, TableBlock, List, String, String)} for a table {@code accept} takes;
   * a declined table records nothing (no labels, no positions), since it stays verbatim.
   */
  public static Optional<TableText> read(
      ReadContext ctx,
      TableBlock block,
      List<String> known,
      String section,
      String path,
      java.util.function.Predicate<TableText> accept) {
    List<String> lines = new ArrayList<>();
    for (int l = Source.firstLine(block); l <= Source.lastLine(block) && l >= 0; l++) {
      lines.add(ctx.source().line(l));
    }
    // A table is taken as the part only when it has rows and at least one known column: a table
    // with no rows would not be written back, and one with no known column is not the part.
    Optional<TableText> t =
        TableText.read(lines, known).filter(x -> !x.rows().isEmpty() && x.known().contains(true));
    boolean mapped = t.isPresent();
    t = t.filter(accept);
    if (!mapped) {
      ctx.report(
          Severity.INFO,
          ReadCodes.TABLE_KEPT,
          path,
          "table headers do not map onto the template's columns; kept verbatim",
          Source.position(block));
    } else if (t.isPresent()) {
      TableText table = t.get();
      for (int c = 0; c < table.columns().size(); c++) {
        if (table.known().get(c)) {
          ctx.columnHeader(section, table.columns().get(c), table.headers().get(c));
        }
      }
      for (int r = 0; r < t.get().rows().size(); r++) {
        int line = Source.firstLine(block) + 2 + r;
        ctx.position(path + "[" + r + "]", new SourcePosition(line + 1, 1));
      }
    }
    return t;
  }

  /**
   * The first table among the blocks, when it maps onto the known columns; the other blocks go to
   * {@code rest}.
   */
  public static Optional<TableText> first(
      ReadContext ctx,
      List<Node> blocks,
      List<Node> rest,
      List<String> known,
      String section,
      String path) {
    return ReadContext.take(blocks, TableBlock.class, rest)
        .flatMap(tb -> read(ctx, tb, known, section, path));
  }
}
