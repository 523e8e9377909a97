package dev.plandoc.json.internal.mapping;

import dev.plandoc.model.Language;
import dev.plandoc.model.value.CountText;
import dev.plandoc.model.value.DateText;
import dev.plandoc.model.value.DurationText;
import dev.plandoc.model.value.HttpMethod;
import dev.plandoc.model.value.HttpMethodText;
import dev.plandoc.model.value.Money;
import dev.plandoc.model.value.MoneyText;
import dev.plandoc.model.value.PercentageText;
import dev.plandoc.model.value.RiskLevel;
import dev.plandoc.model.value.RiskLevelText;
import dev.plandoc.model.value.StatusCodeText;
import dev.plandoc.model.value.TypedText;
import dev.plandoc.model.value.UrlText;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;

/**
 * How one kind of typed value is written: its typed JSON form, and the canonical text of a typed
 * value (the text the model's {@code of(...)} factory gives it). A typed value whose text is
 * canonical is written as its typed form alone; one whose text differs is written as {@code
 * {"value": typed, "text": "as written"}}; one that does not parse is written as its text.
 *
 * @param <V> the parsed type
 * @param <T> the model's typed text
 */
public abstract class TypedKind<V, T extends TypedText<V>> {

  private final String description;
  private final Function<String, T> ofText;

  TypedKind(String description, Function<String, T> ofText) {
    this.description = description;
    this.ofText = ofText;
  }

  /** What the typed form is, for messages: "an HTTP status code (integer 100 to 599)". */
  final String description() {
    return description;
  }

  /** The model value of a text. */
  public final T ofText(String text) {
    return ofText.apply(text);
  }

  /** Whether the typed form is a JSON number. */
  boolean numeric() {
    return false;
  }

  /** The canonical text of a value in a plan of the given language. */
  abstract String canonical(V value, Language language);

  /** The typed JSON form of a value. */
  abstract void write(JsonGenerator g, V value);

  /** Reads the typed form; throws {@link TypeMismatch} with the reason when the node is not one. */
  abstract V fromJson(Node node);

  /** Whether two values are the same value (numbers compare by value, not scale). */
  boolean same(V a, V b) {
    return Objects.equals(a, b);
  }

  /**
   * The text a bare string stands for. It is the string itself, except for kinds whose typed form
   * is a string that differs from its canonical text (risk levels: {@code HIGH} stands for {@code
   * High} or {@code 높음}).
   */
  String textOfString(String s, Language language) {
    return s;
  }

  /** Signals that a node is not the typed form. */
  static final class TypeMismatch extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TypeMismatch(String message) {
      super(message, null, false, false);
    }
  }

  /** HTTP status codes, written as integers. */
  public static final TypedKind<Integer, StatusCodeText> STATUS =
      new TypedKind<>("an HTTP status code (an integer from 100 to 599)", StatusCodeText::new) {
        @Override
        boolean numeric() {
          return true;
        }

        @Override
        String canonical(Integer value, Language language) {
          return StatusCodeText.of(value).text();
        }

        @Override
        void write(JsonGenerator g, Integer value) {
          g.writeNumber(value);
        }

        @Override
        Integer fromJson(Node node) {
          BigDecimal n = integer(node, this);
          if (n.compareTo(BigDecimal.valueOf(100)) < 0
              || n.compareTo(BigDecimal.valueOf(599)) > 0) {
            throw new TypeMismatch(
                "status code "
                    + node.text()
                    + " is not from 100 to 599; write other text as a string");
          }
          return n.intValueExact();
        }
      };

  /** Counts, written as integers. */
  public static final TypedKind<Long, CountText> COUNT =
      new TypedKind<>("a count (a whole number from 0 to 18 digits)", CountText::new) {
        @Override
        boolean numeric() {
          return true;
        }

        @Override
        String canonical(Long value, Language language) {
          return CountText.of(value).text();
        }

        @Override
        void write(JsonGenerator g, Long value) {
          g.writeNumber(value);
        }

        @Override
        Long fromJson(Node node) {
          BigDecimal n = integer(node, this);
          if (n.signum() < 0 || n.toBigInteger().toString().length() > 18) {
            throw new TypeMismatch(
                "count "
                    + node.text()
                    + " is not from 0 to 18 digits; write other text as a string");
          }
          return n.longValueExact();
        }
      };

  /** Percentages, written as numbers. */
  public static final TypedKind<BigDecimal, PercentageText> PERCENTAGE =
      new TypedKind<>("a percentage (a number)", PercentageText::new) {
        @Override
        boolean numeric() {
          return true;
        }

        @Override
        String canonical(BigDecimal value, Language language) {
          return PercentageText.of(value).text();
        }

        @Override
        void write(JsonGenerator g, BigDecimal value) {
          g.writeNumber(value.stripTrailingZeros());
        }

        @Override
        BigDecimal fromJson(Node node) {
          BigDecimal n = node.number();
          if (node.kind() != Node.Kind.NUMBER || n == null) {
            throw new TypeMismatch("expected " + description() + ", found " + found(node));
          }
          return n;
        }

        @Override
        boolean same(BigDecimal a, BigDecimal b) {
          return a.compareTo(b) == 0;
        }
      };

  /** Dates, written as ISO strings. */
  public static final TypedKind<LocalDate, DateText> DATE =
      new TypedKind<>("an ISO date (YYYY-MM-DD)", DateText::new) {
        @Override
        String canonical(LocalDate value, Language language) {
          return DateText.of(value).text();
        }

        @Override
        void write(JsonGenerator g, LocalDate value) {
          g.writeString(value.toString());
        }

        @Override
        LocalDate fromJson(Node node) {
          String s = string(node, this);
          try {
            return LocalDate.parse(s);
          } catch (java.time.format.DateTimeParseException e) {
            throw new TypeMismatch("'" + s + "' is not " + description());
          }
        }
      };

  /** Durations, written as ISO-8601 strings. */
  public static final TypedKind<Duration, DurationText> DURATION =
      new TypedKind<>("an ISO-8601 duration such as PT1H", DurationText::new) {
        @Override
        String canonical(Duration value, Language language) {
          return DurationText.of(value).text();
        }

        @Override
        void write(JsonGenerator g, Duration value) {
          g.writeString(value.toString());
        }

        @Override
        Duration fromJson(Node node) {
          String s = string(node, this);
          try {
            return Duration.parse(s);
          } catch (java.time.format.DateTimeParseException e) {
            throw new TypeMismatch("'" + s + "' is not " + description());
          }
        }
      };

  /** HTTP methods, written as {@code "GET"}, {@code "POST"}, ... */
  public static final TypedKind<HttpMethod, HttpMethodText> METHOD =
      new TypedKind<>("an HTTP method (GET, POST, ...)", HttpMethodText::new) {
        @Override
        String canonical(HttpMethod value, Language language) {
          return HttpMethodText.of(value).text();
        }

        @Override
        void write(JsonGenerator g, HttpMethod value) {
          g.writeString(value.name());
        }

        @Override
        HttpMethod fromJson(Node node) {
          String s = string(node, this);
          for (HttpMethod m : HttpMethod.values()) {
            if (m.name().equals(s)) {
              return m;
            }
          }
          throw new TypeMismatch("'" + s + "' is not " + description());
        }
      };

  /** URLs, written as strings. */
  public static final TypedKind<URI, UrlText> URL =
      new TypedKind<>("an http or https URL", UrlText::new) {
        @Override
        String canonical(URI value, Language language) {
          return value.toString();
        }

        @Override
        void write(JsonGenerator g, URI value) {
          g.writeString(value.toString());
        }

        @Override
        URI fromJson(Node node) {
          String s = string(node, this);
          return new UrlText(s)
              .value()
              .filter(u -> u.toString().equals(s))
              .orElseThrow(() -> new TypeMismatch("'" + s + "' is not " + description()));
        }
      };

  /** Risk levels, written as {@code "HIGH"}, {@code "MEDIUM"} or {@code "LOW"}. */
  public static final TypedKind<RiskLevel, RiskLevelText> RISK_LEVEL =
      new TypedKind<>("a risk level (HIGH, MEDIUM or LOW)", RiskLevelText::new) {
        @Override
        String canonical(RiskLevel value, Language language) {
          return language == Language.KOREAN ? value.korean() : value.english();
        }

        @Override
        void write(JsonGenerator g, RiskLevel value) {
          g.writeString(value.name());
        }

        @Override
        RiskLevel fromJson(Node node) {
          String s = string(node, this);
          return level(s)
              .orElseThrow(() -> new TypeMismatch("'" + s + "' is not " + description()));
        }

        @Override
        String textOfString(String s, Language language) {
          return level(s).map(l -> canonical(l, language)).orElse(s);
        }

        private Optional<RiskLevel> level(String s) {
          for (RiskLevel l : RiskLevel.values()) {
            if (l.name().equals(s)) {
              return Optional.of(l);
            }
          }
          return Optional.empty();
        }
      };

  /** Amounts of money, written as {@code {"amount": "120", "currency": "USD"}}. */
  public static final TypedKind<Money, MoneyText> MONEY =
      new TypedKind<>(
          "an amount of money ({\"amount\": \"120\", \"currency\": \"USD\"})", MoneyText::new) {
        @Override
        String canonical(Money value, Language language) {
          return MoneyText.of(value).text();
        }

        @Override
        void write(JsonGenerator g, Money value) {
          g.writeStartObject();
          g.writeStringProperty("amount", value.amount().toPlainString());
          g.writeStringProperty("currency", value.currency());
          g.writeEndObject();
        }

        @Override
        Money fromJson(Node node) {
          throw new AssertionError("money is read by the decoder, which reports its properties");
        }

        @Override
        boolean same(Money a, Money b) {
          return a.currency().equals(b.currency()) && a.amount().compareTo(b.amount()) == 0;
        }
      };

  static BigDecimal integer(Node node, TypedKind<?, ?> kind) {
    BigDecimal n = node.number();
    if (node.kind() != Node.Kind.NUMBER || n == null) {
      throw new TypeMismatch("expected " + kind.description() + ", found " + found(node));
    }
    if (n.signum() != 0 && n.stripTrailingZeros().scale() > 0) {
      throw new TypeMismatch("expected " + kind.description() + ", found " + node.text());
    }
    return n;
  }

  static String string(Node node, TypedKind<?, ?> kind) {
    if (node.kind() != Node.Kind.STRING) {
      throw new TypeMismatch("expected " + kind.description() + ", found " + found(node));
    }
    return node.text();
  }

  static String found(Node node) {
    switch (node.kind()) {
      case OBJECT:
        return "an object";
      case ARRAY:
        return "an array";
      case STRING:
        return "the string \"" + abbreviate(node.text()) + "\"";
      default:
        return node.kind().describe() + " " + abbreviate(node.text());
    }
  }

  static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
