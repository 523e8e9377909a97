package dev.plandoc.markdown.internal;

import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.InlineParserFactory;
import org.commonmark.parser.Parser;

/**
 * The one commonmark configuration plandoc reads with: GFM tables, source spans of blocks, and no
 * inline parsing. The reader keeps inline Markdown as the author wrote it, slicing it from the
 * source by the blocks' spans, so the inline tree commonmark would build (emphasis, links, code
 * spans, a text node for every run) is never looked at; skipping it is most of a parse's cost.
 * Immutable and thread-safe, so one instance serves every read.
 */
public final class BlockParser {
  private static final InlineParser NOTHING = (lines, block) -> {};

  /** Leaves every block's inline content unparsed: blocks keep their source spans only. */
  private static final InlineParserFactory NO_INLINES = context -> NOTHING;

  private static final Parser PARSER =
      Parser.builder()
          .extensions(List.of(TablesExtension.create()))
          .includeSourceSpans(IncludeSourceSpans.BLOCKS)
          .inlineParserFactory(NO_INLINES)
          .build();

  private BlockParser() {}

  /** The parser. */
  public static Parser get() {
    return PARSER;
  }
}
