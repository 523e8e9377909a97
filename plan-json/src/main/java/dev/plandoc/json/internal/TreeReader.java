package dev.plandoc.json.internal;

import dev.plandoc.json.internal.mapping.Fields;
import dev.plandoc.json.internal.mapping.Node;
import dev.plandoc.json.internal.mapping.Pointer;
import dev.plandoc.model.check.SourcePosition;
import dev.plandoc.model.format.PlanFormatException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Parses a JSON or YAML document into a tree of {@link Node}s that remember where each value was,
 * enforcing {@link Limits} as it goes. Every failure is a {@link PlanFormatException} with a
 * position.
 */
final class TreeReader {
  private static final String CORE_TAG = "tag:yaml.org,2002:";
  private static final Set<String> CORE_TAGS =
      Set.of("str", "int", "float", "bool", "null", "map", "seq");

  private final TokenStreamFactory factory;
  private final Limits limits;
  private final boolean yaml;
  private final String format;

  private @Nullable JsonParser parser;
  private final Map<String, Node> anchors = new HashMap<>();
  private long values;
  private int aliases;

  TreeReader(TokenStreamFactory factory, Limits limits, boolean yaml) {
    this.factory = factory;
    this.limits = limits;
    this.yaml = yaml;
    this.format = yaml ? "YAML" : "JSON";
  }

  /** Reads the one document in the text; a reader is used once. */
  Node read(String text) {
    if (text.length() > limits.maxDocumentChars()) {
      throw new PlanFormatException(
          "the document has "
              + text.length()
              + " characters, more than the limit of "
              + limits.maxDocumentChars()
              + " (ReadLimits.maxDocumentChars)",
          Optional.of(new SourcePosition(1, 1)),
          "");
    }
    try (JsonParser p =
        yaml
            ? factory.createParser(ObjectReadContext.empty(), new ShortReads(text))
            : factory.createParser(ObjectReadContext.empty(), text)) {
      parser = p;
      JsonToken first = p.nextToken();
      if (first == null) {
        throw fail("the document is empty; a plan is a " + format + " object", "");
      }
      Node root = value(p, first, Pointer.ROOT, 1);
      JsonToken next = p.nextToken();
      if (next != null) {
        throw fail(
            "unexpected content after the plan; a document holds exactly one plan",
            "",
            tokenPosition(p));
      }
      return root;
    } catch (PlanFormatException e) {
      throw e;
    } catch (JacksonException e) {
      throw translate(e);
    } catch (RuntimeException e) {
      // snakeyaml-engine may throw its own unchecked exceptions for malformed input
      throw new PlanFormatException(
          "malformed " + format + ": " + firstLine(String.valueOf(e.getMessage())),
          currentPosition(),
          "",
          List.of(),
          e);
    }
  }

  private Node value(JsonParser p, JsonToken token, Pointer pointer, int depth) {
    TokenStreamLocation loc = p.currentTokenLocation();
    int line = loc.getLineNr();
    int column = loc.getColumnNr();
    if (++values > limits.maxValues()) {
      throw fail(
          "the document has more than " + limits.maxValues() + " values (ReadLimits.maxValues)",
          pointer,
          position(loc));
    }
    if (depth > limits.maxNestingDepth()
        && (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)) {
      throw fail(
          "objects and arrays are nested more than "
              + limits.maxNestingDepth()
              + " deep (ReadLimits.maxNestingDepth)",
          pointer,
          position(loc));
    }
    @Nullable String anchor = null;
    if (p instanceof YAMLParser y) {
      checkTag(y, pointer, loc);
      if (y.isCurrentAlias()) {
        return alias(y, pointer, loc);
      }
      anchor = y.getObjectId();
    }
    Node node;
    switch (token) {
      case START_OBJECT:
        node = object(p, pointer, line, column, depth);
        break;
      case START_ARRAY:
        node = array(p, pointer, line, column, depth);
        break;
      case VALUE_STRING:
        String s = p.getString();
        if (s.length() > limits.maxStringLength()) {
          throw tooLong("string", s.length(), limits.maxStringLength(), "maxStringLength", pointer);
        }
        node = Node.scalar(Node.Kind.STRING, pointer, line, column, s, null, yaml);
        break;
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        node = number(p, pointer, loc);
        break;
      case VALUE_TRUE:
      case VALUE_FALSE:
        node = Node.scalar(Node.Kind.BOOLEAN, pointer, line, column, p.getString(), null, yaml);
        break;
      case VALUE_NULL:
        node = Node.scalar(Node.Kind.NULL, pointer, line, column, "null", null, yaml);
        break;
      default:
        throw fail("unsupported " + format + " value (" + token + ")", pointer, position(loc));
    }
    if (anchor != null) {
      anchors.put(anchor, node);
    }
    return node;
  }

  private Node object(JsonParser p, Pointer pointer, int line, int column, int depth) {
    Fields fields = new Fields();
    long size = 1;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
      if (t != JsonToken.PROPERTY_NAME) {
        throw fail("expected a property name", pointer.toString(), here(p));
      }
      String name = p.currentName();
      Pointer child = pointer.property(name);
      if (name.length() > limits.maxNameLength()) {
        throw tooLong(
            "property name", name.length(), limits.maxNameLength(), "maxNameLength", child);
      }
      if (fields.containsKey(name)) {
        throw fail("duplicate property '" + name + "'", child, tokenPosition(p));
      }
      Node value = value(p, p.nextToken(), child, depth + 1);
      size += value.size();
      fields.add(name, value);
    }
    return Node.object(pointer, line, column, fields, size, yaml);
  }

  private Node array(JsonParser p, Pointer pointer, int line, int column, int depth) {
    List<Node> items = new ArrayList<>();
    long size = 1;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      Node item = value(p, t, pointer.item(items.size()), depth + 1);
      size += item.size();
      items.add(item);
    }
    return Node.array(pointer, line, column, items, size, yaml);
  }

  private Node number(JsonParser p, Pointer pointer, TokenStreamLocation loc) {
    String digits = p.getString();
    if (digits.length() > limits.maxNumberLength()) {
      throw tooLong(
          "number", digits.length(), limits.maxNumberLength(), "maxNumberLength", pointer);
    }
    @Nullable BigDecimal value;
    try {
      value = p.getDecimalValue();
    } catch (JacksonException | NumberFormatException | ArithmeticException e) {
      value = null; // YAML .inf and .nan: kept as text
    }
    if (value != null && plainLength(value) > limits.maxNumberLength()) {
      throw fail(
          "the number "
              + digits
              + " has more than "
              + limits.maxNumberLength()
              + " digits when written out (ReadLimits.maxNumberLength)",
          pointer,
          position(loc));
    }
    return Node.scalar(
        Node.Kind.NUMBER, pointer, loc.getLineNr(), loc.getColumnNr(), digits, value, yaml);
  }

  /** The length of the number's plain decimal form, computed without building it. */
  static long plainLength(BigDecimal value) {
    long precision = value.precision();
    long scale = value.scale();
    return scale <= 0 ? precision - scale : Math.max(precision, scale + 1) + 1;
  }

  private Node alias(YAMLParser y, Pointer pointer, TokenStreamLocation loc) {
    Optional<SourcePosition> at = position(loc);
    String name = y.getString();
    if (++aliases > limits.maxYamlAliases()) {
      throw fail(
          limits.maxYamlAliases() == 0
              ? "YAML aliases are not allowed (ReadLimits.maxYamlAliases is 0): *" + name
              : "the document uses more than "
                  + limits.maxYamlAliases()
                  + " YAML aliases (ReadLimits.maxYamlAliases)",
          pointer,
          at);
    }
    Node target = anchors.get(name);
    if (target == null) {
      throw fail(
          "YAML alias *"
              + name
              + " names no anchored mapping or sequence before it (anchors on single values"
              + " and recursive aliases are not supported)",
          pointer,
          at);
    }
    values += target.size() - 1;
    if (values > limits.maxValues()) {
      throw fail(
          "YAML alias *"
              + name
              + " expands the document to more than "
              + limits.maxValues()
              + " values (ReadLimits.maxValues)",
          pointer,
          at);
    }
    return target;
  }

  private void checkTag(YAMLParser y, Pointer pointer, TokenStreamLocation loc) {
    String tag = y.getRawTag();
    if (tag == null || tag.equals("!")) {
      return;
    }
    if (tag.startsWith(CORE_TAG) && CORE_TAGS.contains(tag.substring(CORE_TAG.length()))) {
      return;
    }
    String shown = tag.startsWith(CORE_TAG) ? "!!" + tag.substring(CORE_TAG.length()) : tag;
    throw fail(
        "YAML tag "
            + shown
            + " is not allowed; plans are plain data (only the core tags !!str, !!int, !!float,"
            + " !!bool, !!null, !!map and !!seq are accepted)",
        pointer,
        position(loc));
  }

  private PlanFormatException translate(JacksonException e) {
    Optional<SourcePosition> at = position(e.getLocation());
    if (at.isEmpty()) {
      at = currentPosition();
    }
    String message;
    if (e instanceof StreamConstraintsException) {
      String detail =
          firstLine(String.valueOf(e.getOriginalMessage()))
              .replaceAll(", from `StreamReadConstraints\\.[A-Za-z]+\\(\\)`\\)", ")");
      message = "the document exceeds a limit: " + detail + " (ReadLimits." + limitOf(detail) + ")";
    } else if (e.getCause() instanceof MarkedYamlEngineException y) {
      String context = y.getContext();
      message =
          "malformed YAML: "
              + (context == null || context.isEmpty() ? "" : context + ": ")
              + y.getProblem();
      Optional<Mark> mark = y.getProblemMark();
      if (mark.isPresent()) {
        at = Optional.of(new SourcePosition(mark.get().getLine() + 1, mark.get().getColumn() + 1));
      }
    } else {
      // Jackson names where an unclosed object began by a source location it cannot show here.
      message =
          "malformed "
              + format
              + ": "
              + firstLine(String.valueOf(e.getOriginalMessage()))
                  .replaceAll(" \\(start marker at \\[Source: [^\\]]*\\]\\)", "");
    }
    String pointer = "";
    if (parser != null) {
      try {
        pointer = parser.streamReadContext().pathAsPointer().toString();
      } catch (RuntimeException ignored) {
        // no pointer then
      }
    }
    return new PlanFormatException(message, at, pointer, List.of(), e);
  }

  private PlanFormatException tooLong(
      String what, int length, int limit, String option, Pointer pointer) {
    return fail(
        "a "
            + what
            + " of "
            + length
            + " characters is longer than the limit of "
            + limit
            + " (ReadLimits."
            + option
            + ")",
        pointer,
        parser == null ? Optional.empty() : tokenPosition(parser));
  }

  private PlanFormatException fail(String message, String pointer) {
    return fail(message, pointer, currentPosition());
  }

  private static PlanFormatException fail(
      String message, String pointer, Optional<SourcePosition> at) {
    return new PlanFormatException(message, at, pointer);
  }

  private static PlanFormatException fail(
      String message, Pointer pointer, Optional<SourcePosition> at) {
    return fail(message, pointer.toString(), at);
  }

  private Optional<SourcePosition> currentPosition() {
    return parser == null ? Optional.empty() : here(parser);
  }

  private static Optional<SourcePosition> here(JsonParser p) {
    try {
      return position(p.currentLocation());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<SourcePosition> tokenPosition(JsonParser p) {
    return position(p.currentTokenLocation());
  }

  static Optional<SourcePosition> position(@Nullable TokenStreamLocation location) {
    if (location == null || location.getLineNr() < 1 || location.getColumnNr() < 1) {
      return Optional.empty();
    }
    return Optional.of(new SourcePosition(location.getLineNr(), location.getColumnNr()));
  }

  private static String limitOf(String detail) {
    String d = detail.toLowerCase(java.util.Locale.ROOT);
    if (d.contains("nesting")) {
      return "maxNestingDepth";
    } else if (d.contains("string")) {
      return "maxStringLength";
    } else if (d.contains("number")) {
      return "maxNumberLength";
    } else if (d.contains("name")) {
      return "maxNameLength";
    } else if (d.contains("token")) {
      return "maxValues";
    }
    return "maxDocumentChars";
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).strip();
  }
}
