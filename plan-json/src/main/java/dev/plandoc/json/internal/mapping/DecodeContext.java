package dev.plandoc.json.internal.mapping;

import dev.plandoc.model.Language;
import dev.plandoc.model.Plan;
import dev.plandoc.model.RawMarkdown;
import dev.plandoc.model.RawMarkdownView;
import dev.plandoc.model.check.Diagnostic;
import dev.plandoc.model.check.Severity;
import dev.plandoc.model.check.SourceMap;
import dev.plandoc.model.check.SourcePosition;
import dev.plandoc.model.format.PlanFormatException;
import dev.plandoc.model.format.ReadResult;
import dev.plandoc.model.value.Money;
import dev.plandoc.model.value.TypedText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The state of one read, shared by the plan and its sections: strict or lenient, the diagnostics
 * and source positions gathered so far, and the plan's language, which typed values need. Offers
 * the property readers every section decodes with, so that all of them follow the same rules of the
 * published shape. Used once per read.
 */
public final class DecodeContext {
  /** The diagnostic code of an unknown property. */
  public static final String UNKNOWN_PROPERTY = "PLAN-J001";

  /** The diagnostic code of a typed value that contradicts its text. */
  public static final String VALUE_MISMATCH = "PLAN-J002";

  private final boolean strict;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Positions positions = new Positions();
  private Language language = Language.KOREAN;

  /**
   * A context for one read.
   *
   * @param strict whether an unknown property or a value that contradicts its text throws
   */
  public DecodeContext(boolean strict) {
    this.strict = strict;
  }

  /** Sets the plan's language, once it is read, for the typed values that follow. */
  public void language(Language language) {
    this.language = language;
  }

  /** The result of the read: the plan with the diagnostics and positions gathered. */
  public ReadResult result(Plan plan) {
    return new ReadResult(plan, diagnostics, new SourceMap(positions));
  }

  // ---- errors and diagnostics

  /** A positioned exception for a node. */
  public PlanFormatException fail(Node at, String message) {
    return fail(at, at.pointer(), message);
  }

  PlanFormatException fail(Node at, String pointer, String message) {
    return new PlanFormatException(message, at.position(), pointer);
  }

  void record(String path, Node node) {
    SourcePosition at = node.sourcePosition();
    if (at != null) {
      positions.add(path, at);
    }
  }

  void unknown(Node node, String name) {
    String message = "unknown property '" + name + "' (ignored)";
    if (strict) {
      throw fail(node, "unknown property '" + name + "' (strict mode)");
    }
    report(Severity.WARNING, UNKNOWN_PROPERTY, node, message);
  }

  /**
   * A value derived from another that contradicts it ({@code VALUE_MISMATCH}): an error diagnostic,
   * or the read's failure in strict mode. The value it is derived from is kept.
   */
  public void contradiction(Node node, String message) {
    report(Severity.ERROR, VALUE_MISMATCH, node, message);
  }

  private void report(Severity severity, String code, Node node, String message) {
    Diagnostic d = new Diagnostic(severity, code, node.pointer(), message, node.position());
    if (strict && severity == Severity.ERROR) {
      throw new PlanFormatException(message, node.position(), node.pointer(), List.of(d), null);
    }
    diagnostics.add(d);
  }

  /**
   * An object node at a model path, whose properties are then taken one by one.
   *
   * @param what what the object is, for the message when the node is not an object: "a risk"
   */
  public Obj object(Node node, String path, String what) {
    return new Obj(this, node, path, what);
  }

  /** Runs a model constructor, turning its rejection into a positioned exception. */
  public <T> T build(Obj o, Supplier<T> constructor) {
    o.done();
    return construct(o.node(), constructor);
  }

  /**
   * Runs the constructor of a part whose list {@code name} may hold {@link RawMarkdownView views}
   * over the part's {@code extras}. The model rejects a view of Markdown the part does not keep,
   * but only the part's constructor can tell (the anchors it keeps are decided there), so the
   * rejection surfaces at the part; it is reported at the offending view's {@code viewOf} instead,
   * which is where the author has to fix it, with the anchors that are kept.
   */
  public <T> T build(
      Obj o,
      String name,
      List<? extends RawMarkdownView> items,
      List<RawMarkdown> extras,
      Supplier<T> constructor) {
    return build(
        o,
        constructor,
        rejection -> {
          Node view = UnkeptViews.find(o.node().fields().get(name), items, extras, rejection);
          return view == null
              ? null
              : new Blame(view, rejection.getMessage() + "; " + UnkeptViews.kept(extras));
        });
  }

  /**
   * Runs a model constructor whose rejection may be about one property rather than the object: a
   * check the model can only make where the parts meet (the plan's constructor, say, which is
   * reported at the root and would otherwise name nothing). {@code blame} locates the rejection;
   * when it returns null, the rejection stays at the object.
   */
  public <T> T build(
      Obj o, Supplier<T> constructor, Function<IllegalArgumentException, @Nullable Blame> blame) {
    o.done();
    try {
      return construct(o.node(), constructor);
    } catch (PlanFormatException e) {
      if (e.getCause() instanceof IllegalArgumentException rejection) {
        Blame b = blame.apply(rejection);
        if (b != null) {
          throw rejected(b.node(), b.message(), rejection);
        }
      }
      throw e;
    }
  }

  private <T> T construct(Node node, Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException | NullPointerException | ArithmeticException e) {
      throw rejected(node, e.getMessage(), e);
    }
  }

  /** A value the model rejects, at the node it was read from, with the model's message. */
  private static PlanFormatException rejected(
      Node node, @Nullable String message, RuntimeException cause) {
    return new PlanFormatException(
        "invalid value: " + message, node.position(), node.pointer(), List.of(), cause);
  }

  // ---- scalars

  /** A string, or in YAML a plain number or boolean as written. */
  public String text(Node n) {
    if (n.kind() == Node.Kind.STRING
        || (n.yaml() && (n.kind() == Node.Kind.NUMBER || n.kind() == Node.Kind.BOOLEAN))) {
      return n.text();
    }
    throw fail(n, "expected a string, found " + TypedKind.found(n));
  }

  /** A required string property. */
  public String string(Obj o, String name) {
    return text(o.require(name));
  }

  /** A string property that defaults to {@code fallback} when absent. */
  public String string(Obj o, String name, String fallback) {
    Node n = o.take(name);
    return n == null ? fallback : text(n);
  }

  /** An optional string property. */
  public Optional<String> optString(Obj o, String name) {
    Node n = o.take(name);
    return n == null ? Optional.empty() : Optional.of(text(n));
  }

  /**
   * An optional boolean property. Only {@code true} or {@code false}, in YAML too: unlike text, a
   * flag written as a string ({@code "yes"}) has no one reading, so it is a wrong type.
   */
  public Optional<Boolean> optBoolean(Obj o, String name) {
    Node n = o.take(name);
    if (n == null) {
      return Optional.empty();
    }
    if (n.kind() != Node.Kind.BOOLEAN) {
      throw fail(n, "expected a boolean (true or false), found " + TypedKind.found(n));
    }
    return Optional.of(Boolean.parseBoolean(n.text()));
  }

  /** A required property, read by {@code reader} from its node and model path. */
  public <T> T required(Obj o, String name, BiFunction<Node, String, T> reader) {
    return reader.apply(o.require(name), o.path(name));
  }

  /** An optional property, read by {@code reader} from its node and model path. */
  public <T> Optional<T> optional(Obj o, String name, BiFunction<Node, String, T> reader) {
    Node n = o.take(name);
    return n == null ? Optional.empty() : Optional.of(reader.apply(n, o.path(name)));
  }

  /** An array property, empty when absent; each item is read by {@code reader}. */
  public <T> List<T> list(Obj o, String name, BiFunction<Node, String, T> reader) {
    Node n = o.take(name);
    if (n == null) {
      return List.of();
    }
    if (n.kind() != Node.Kind.ARRAY) {
      throw fail(n, "expected an array, found " + TypedKind.found(n));
    }
    List<T> out = new ArrayList<>(n.items().size());
    String path = o.path(name);
    for (int i = 0; i < n.items().size(); i++) {
      Node item = n.items().get(i);
      String itemPath = path + "[" + i + "]";
      record(itemPath, item);
      out.add(reader.apply(item, itemPath));
    }
    return out;
  }

  /** An array of strings, empty when absent. */
  public List<String> strings(Obj o, String name) {
    return list(o, name, (n, p) -> text(n));
  }

  /** An object of table cells by column header, empty when absent. */
  public Map<String, String> cells(Obj o, String name) {
    return stringMap(o, name, "cells by column header");
  }

  /** An object of strings, in order, empty when absent; {@code what} names its values. */
  public Map<String, String> stringMap(Obj o, String name, String what) {
    Node n = o.take(name);
    if (n == null) {
      return Map.of();
    }
    if (n.kind() != Node.Kind.OBJECT) {
      throw fail(n, "expected an object of " + what + ", found " + TypedKind.found(n));
    }
    Map<String, String> out = new LinkedHashMap<>();
    n.fields().forEach((k, v) -> out.put(k, text(v)));
    return out;
  }

  /** The raw Markdown kept with a part, property {@code extras}. */
  public List<RawMarkdown> extras(Obj o) {
    return list(
        o,
        "extras",
        (n, p) -> {
          Obj r = new Obj(this, n, p, "raw Markdown");
          String anchor = string(r, "anchor", "");
          String markdown = string(r, "markdown");
          return build(r, () -> new RawMarkdown(anchor, markdown));
        });
  }

  // ---- typed values

  /** A reader of typed values of one kind, for {@link #optional} and {@link #required}. */
  public <V, T extends TypedText<V>> BiFunction<Node, String, T> typed(TypedKind<V, T> kind) {
    return (n, p) -> typed(n, kind);
  }

  /** A typed value: its text, its typed form, or both as {@code {"value", "text"}}. */
  public <V, T extends TypedText<V>> T typed(Node n, TypedKind<V, T> kind) {
    switch (n.kind()) {
      case STRING:
        return construct(n, () -> kind.ofText(kind.textOfString(n.text(), language)));
      case NUMBER:
        if (kind.numeric()) {
          V v = typedValue(n, kind);
          return construct(n, () -> kind.ofText(kind.canonical(v, language)));
        }
        break;
      case OBJECT:
        if (kind == TypedKind.MONEY
            && !n.fields().containsKey("value")
            && !n.fields().containsKey("text")) {
          @SuppressWarnings("unchecked")
          V v = (V) money(n);
          return construct(n, () -> kind.ofText(kind.canonical(v, language)));
        }
        return wrapped(n, kind);
      default:
        break;
    }
    if (n.yaml() && (n.kind() == Node.Kind.NUMBER || n.kind() == Node.Kind.BOOLEAN)) {
      return construct(n, () -> kind.ofText(n.text()));
    }
    throw fail(
        n,
        "expected "
            + kind.description()
            + ", its text as a string, or {\"value\", \"text\"}; found "
            + TypedKind.found(n));
  }

  private <V, T extends TypedText<V>> T wrapped(Node n, TypedKind<V, T> kind) {
    Obj o = new Obj(this, n, null, "a typed value");
    Node valueNode = o.take("value");
    Node textNode = o.take("text");
    o.done();
    V value = valueNode == null ? null : typedValue(valueNode, kind);
    if (textNode == null) {
      if (value == null) {
        throw fail(n, "a typed value needs \"value\" or \"text\"");
      }
      V v = value;
      return construct(n, () -> kind.ofText(kind.canonical(v, language)));
    }
    String text = text(textNode);
    T typed = construct(textNode, () -> kind.ofText(text));
    if (value != null) {
      Optional<V> parsed = typed.value();
      if (parsed.isEmpty() || !kind.same(parsed.get(), value)) {
        report(
            Severity.ERROR,
            VALUE_MISMATCH,
            valueNode,
            "the value "
                + valueNode.text()
                + " does not match the text '"
                + text
                + "'"
                + parsed.map(p -> ", which reads as " + p).orElse(", which does not parse")
                + "; the text is kept");
      }
    }
    return typed;
  }

  @SuppressWarnings("unchecked")
  private <V> V typedValue(Node n, TypedKind<V, ?> kind) {
    if (kind == TypedKind.MONEY) {
      return (V) money(n);
    }
    try {
      return kind.fromJson(n);
    } catch (TypedKind.TypeMismatch e) {
      throw fail(n, e.getMessage());
    }
  }

  private Money money(Node n) {
    Obj o = new Obj(this, n, null, "an amount of money");
    Node amountNode = o.require("amount");
    String currency = text(o.require("currency"));
    BigDecimal amount;
    if (amountNode.kind() == Node.Kind.NUMBER && amountNode.number() != null) {
      amount = amountNode.number();
    } else if (amountNode.kind() == Node.Kind.STRING) {
      String s = amountNode.text();
      if (s.length() > 100 || !s.matches("\\d+(\\.\\d+)?")) {
        throw fail(
            amountNode, "amount must be a decimal such as \"120\" or \"12.50\": '" + s + "'");
      }
      amount = new BigDecimal(s);
    } else {
      throw fail(
          amountNode, "amount must be a decimal string or number, found " + TypedKind.found(n));
    }
    BigDecimal a = amount;
    return build(o, () -> new Money(a, currency));
  }
}
