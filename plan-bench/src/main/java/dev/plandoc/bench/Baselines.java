package dev.plandoc.bench;

import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.markdown.MarkdownRenderer;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;
import tools.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * The libraries plandoc is built on, configured as plandoc configures them, so that a baseline
 * parses what the reader parses and writes the bytes the writer writes. Built once; all are
 * thread-safe.
 */
final class Baselines {
  /** The parser configuration of {@code MarkdownPlanReader}: GFM tables and block source spans. */
  static final Parser SAME_AS_READER =
      Parser.builder()
          .extensions(List.of(TablesExtension.create()))
          .includeSourceSpans(IncludeSourceSpans.BLOCKS)
          .build();

  /** commonmark-java's default configuration: no extensions, no source spans. */
  static final Parser DEFAULT = Parser.builder().build();

  /** commonmark-java's Markdown renderer, with the table extension so tables are rendered. */
  static final MarkdownRenderer RENDERER =
      MarkdownRenderer.builder().extensions(List.of(TablesExtension.create())).build();

  /** A plain JSON mapper for {@code readTree}. */
  static final ObjectMapper JSON = JsonMapper.builder().build();

  /** Writes a tree as {@code JsonPlanWriter} writes a plan: 2-space indent, "a": 1. */
  static final ObjectWriter JSON_WRITER;

  /** A plain YAML mapper for {@code readTree}. */
  static final ObjectMapper YAML = YAMLMapper.builder().build();

  /**
   * Jackson's YAML {@code readTree} of a text, through a reader that never fills snakeyaml-engine's
   * buffer: 3.0.1 fails when a full buffer ends in a high surrogate (an emoji at a 1,024-character
   * boundary), and {@code YamlPlanReader} reads the same way for that reason, so the baseline does
   * the same work.
   */
  static JsonNode yamlTree(String yaml) {
    return YAML.readTree(
        new java.io.Reader() {
          private int next;

          @Override
          public int read(char[] buffer, int offset, int length) {
            if (next >= yaml.length()) {
              return -1;
            }
            int n = Math.min(Math.max(1, length - 1), yaml.length() - next);
            yaml.getChars(next, next + n, buffer, offset);
            next += n;
            return n;
          }

          @Override
          public void close() {}
        });
  }

  /** Writes a tree as {@code YamlPlanWriter} writes a plan: block style, literal blocks. */
  static final ObjectWriter YAML_WRITER;

  static {
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withArrayEmptySeparator("")
            .withObjectEmptySeparator("");
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    JSON_WRITER =
        JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build()
            .writer()
            .with(
                new DefaultPrettyPrinter(separators)
                    .withArrayIndenter(indenter)
                    .withObjectIndenter(indenter));
    YAMLFactory yamlFactory =
        YAMLFactory.builder()
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
            .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .disable(YAMLWriteFeature.SPLIT_LINES)
            .stringQuotingChecker(new SameQuoting())
            .build();
    YAML_WRITER =
        YAMLMapper.builder(yamlFactory)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build()
            .writer();
  }

  private Baselines() {}

  /** The quoting rule of plandoc's YAML writer, so the baseline writes the same bytes. */
  private static final class SameQuoting extends StringQuotingChecker.Default {
    private static final long serialVersionUID = 1L;
    private static final Pattern NUMBERISH =
        Pattern.compile("[-+]?\\.?[0-9][0-9A-Za-z_.:+-]*|(?i)[-+]?\\.?(nan|inf|infinity)");

    @Override
    public boolean needToQuoteValue(String value) {
      return super.needToQuoteValue(value) || NUMBERISH.matcher(value).matches();
    }
  }
}
