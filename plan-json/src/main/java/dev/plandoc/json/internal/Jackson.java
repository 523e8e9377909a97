package dev.plandoc.json.internal;

import dev.plandoc.json.internal.mapping.Node;
import dev.plandoc.model.Language;
import dev.plandoc.model.Plan;
import dev.plandoc.model.check.SourcePosition;
import dev.plandoc.model.format.PlanFormatException;
import dev.plandoc.model.format.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.io.SegmentedStringWriter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;
import tools.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * The Jackson factories and writers of the two formats, configured once and never handed out, and
 * the read and write paths the public readers and writers share.
 */
public final class Jackson {
  private static final ObjectWriter JSON_PRETTY;
  private static final ObjectWriter JSON_COMPACT;
  private static final ObjectWriter YAML;

  static {
    JsonMapper json =
        JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withArrayEmptySeparator("")
            .withObjectEmptySeparator("");
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    JSON_PRETTY =
        json.writer()
            .with(
                new DefaultPrettyPrinter(separators)
                    .withArrayIndenter(indenter)
                    .withObjectIndenter(indenter));
    JSON_COMPACT = json.writer();
    YAMLFactory yamlFactory =
        YAMLFactory.builder()
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
            .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .disable(YAMLWriteFeature.SPLIT_LINES)
            .stringQuotingChecker(new SafeQuoting())
            .build();
    YAML =
        YAMLMapper.builder(yamlFactory)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build()
            .writer();
  }

  private Jackson() {}

  /**
   * Quotes, beyond what Jackson quotes, every plain scalar that some YAML 1.1 or 1.2 reader would
   * take for a number, a date or a special float ({@code 1_000}, {@code 0x1F}, {@code 2026-03-09},
   * {@code 12:30}, {@code .nan}), so that strings stay strings wherever the YAML is read.
   */
  private static final class SafeQuoting extends StringQuotingChecker.Default {
    private static final long serialVersionUID = 1L;
    private static final Pattern NUMBERISH =
        Pattern.compile("[-+]?\\.?[0-9][0-9A-Za-z_.:+-]*|(?i)[-+]?\\.?(nan|inf|infinity)");

    @Override
    public boolean needToQuoteValue(String value) {
      return super.needToQuoteValue(value) || NUMBERISH.matcher(value).matches();
    }
  }

  /** A JSON parser factory enforcing the limits. */
  public static TokenStreamFactory jsonFactory(Limits limits) {
    return JsonFactory.builder().streamReadConstraints(constraints(limits)).build();
  }

  /** A YAML parser factory enforcing the limits. */
  public static TokenStreamFactory yamlFactory(Limits limits) {
    LoadSettings settings =
        LoadSettings.builder()
            .setCodePointLimit(limits.maxDocumentChars() + 1024)
            .setMaxAliasesForCollections(Math.max(1, limits.maxYamlAliases()))
            .setAllowRecursiveKeys(false)
            .setUseMarks(true)
            .build();
    return YAMLFactory.builder()
        .streamReadConstraints(constraints(limits))
        .loadSettings(settings)
        .build();
  }

  private static StreamReadConstraints constraints(Limits limits) {
    // The tree reader checks depth itself (with a clearer message); Jackson's check is a backstop.
    return StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxNestingDepth() + 1)
        .maxDocumentLength(limits.maxDocumentChars() + 1L)
        .maxStringLength(limits.maxStringLength())
        .maxNumberLength(limits.maxNumberLength())
        .maxNameLength(limits.maxNameLength())
        .maxTokenCount(4L * limits.maxValues() + 16)
        .build();
  }

  /** Reads a plan from text: the located tree first, then the model. */
  public static ReadResult read(
      String text, TokenStreamFactory factory, Limits limits, boolean yaml, boolean strict) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    Node root = new TreeReader(factory, limits, yaml).read(body);
    return PlanDecoder.decode(root, strict);
  }

  /**
   * Reads a JSON document (not a plan: a patch, say) into its located tree, within the limits.
   *
   * @throws PlanFormatException for malformed JSON or a document over a limit, with its position
   */
  public static Node readJsonTree(String text, Limits limits) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return new TreeReader(jsonFactory(limits), limits, false).read(body);
  }

  /** A JSON value on one line, numbers written out in full. */
  public static String compactJson(JsonNode value) {
    return JSON_COMPACT.writeValueAsString(value);
  }

  /**
   * Reads UTF-8 bytes, at most as many as {@code maxDocumentChars} characters can take, so that an
   * endless or huge stream is rejected without being read into memory.
   */
  public static String readBounded(InputStream in, Limits limits) {
    long maxBytes = 3L * limits.maxDocumentChars() + 3;
    try {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw tooLarge(limits);
      }
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads characters, at most {@code maxDocumentChars} of them (and a BOM). */
  public static String readBounded(Reader in, Limits limits) {
    try {
      StringBuilder sb = new StringBuilder();
      char[] buf = new char[8192];
      long max = limits.maxDocumentChars() + 1L;
      for (int n; (n = in.read(buf)) >= 0; ) {
        sb.append(buf, 0, n);
        if (sb.length() > max) {
          throw tooLarge(limits);
        }
      }
      return sb.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a UTF-8 file after checking its size. */
  public static String readBounded(Path file, Limits limits) {
    try {
      if (Files.size(file) > 3L * limits.maxDocumentChars() + 3) {
        throw tooLarge(limits);
      }
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PlanFormatException tooLarge(Limits limits) {
    return new PlanFormatException(
        "the document is larger than the limit of "
            + limits.maxDocumentChars()
            + " characters (ReadLimits.maxDocumentChars)",
        Optional.of(new SourcePosition(1, 1)),
        "");
  }

  /** Writes a plan as JSON: pretty (2-space indent) or compact, with a final line break. */
  public static void writeJson(Plan plan, Language language, boolean compact, Appendable out) {
    write(compact ? JSON_COMPACT : JSON_PRETTY, g -> PlanEncoder.encode(plan, language, g), out);
  }

  /** A JSON value, pretty (2-space indent) or compact, with a final line break. */
  public static String json(JsonNode value, boolean compact) {
    return text(out -> write(compact ? JSON_COMPACT : JSON_PRETTY, g -> g.writeTree(value), out));
  }

  /** Writes a plan as block-style YAML without a document start marker. */
  public static void writeYaml(Plan plan, Language language, Appendable out) {
    write(YAML, g -> PlanEncoder.encode(plan, language, g), out);
  }

  /**
   * The text {@code write} appends, gathered as Jackson gathers the text it returns: in segments,
   * turned into a string once, rather than in a string builder that grows by copying and is copied
   * again into the string.
   */
  public static String text(Consumer<Appendable> write) {
    SegmentedStringWriter out = new SegmentedStringWriter(new BufferRecycler());
    write.accept(out);
    return out.getAndClear();
  }

  /**
   * Serialises straight into the caller's output, with a final line break: no string of the whole
   * text is built on the way.
   */
  private static void write(ObjectWriter writer, Consumer<JsonGenerator> value, Appendable out) {
    AppendableWriter w = new AppendableWriter(out);
    try {
      try (JsonGenerator g = writer.createGenerator(w)) {
        value.accept(g);
      }
      w.endLine();
      w.flush();
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
