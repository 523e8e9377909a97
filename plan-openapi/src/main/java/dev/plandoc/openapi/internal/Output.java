package dev.plandoc.openapi.internal;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Writes a document tree as JSON or YAML. The writers are configured once, are immutable and never
 * leave this class. Object members keep the order they were put in, so the output is deterministic.
 */
public final class Output {
  private static final ObjectWriter JSON;
  private static final ObjectWriter YAML;

  static {
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withArrayEmptySeparator("")
            .withObjectEmptySeparator("");
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    JSON =
        JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build()
            .writer()
            .with(
                new DefaultPrettyPrinter(separators)
                    .withArrayIndenter(indenter)
                    .withObjectIndenter(indenter));
    YAMLFactory yaml =
        YAMLFactory.builder()
            // Every string value is quoted: a plain "22:00" or "2026-03-09" is a number or a date
            // to a YAML 1.1 reader (swagger-parser's SnakeYAML), and examples must stay strings.
            .disable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .disable(YAMLWriteFeature.SPLIT_LINES)
            .build();
    YAML =
        YAMLMapper.builder(yaml)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build()
            .writer();
  }

  private Output() {}

  /** The tree as pretty JSON or as YAML, ending with a line break. */
  public static String write(JsonNode document, boolean json) {
    String text = (json ? JSON : YAML).writeValueAsString(document);
    return text.endsWith("\n") ? text : text + "\n";
  }
}
