package dev.plandoc.model.check;

import dev.plandoc.model.RawMarkdown;
import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.TypedText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@link PlaceholderWalk} records with: the placeholders found so far and how a field of each
 * kind is searched (text, typed values, HTTP text, table rows, kept prose).
 */
abstract class PlaceholderCollector {
  private static final Pattern HTTP_PARAMETER = Pattern.compile("\\{[A-Za-z_][A-Za-z0-9_.-]*\\}");
  private static final Pattern PROSE_PLACEHOLDER =
      Pattern.compile(
          "(?<![$\\w{])\\{(?:[^{}\\n]*[\\uAC00-\\uD7A3][^{}\\n]*|[A-Z][A-Z0-9_-]*|[^{}\\n]*\\S \\S[^{}\\n]*)\\}(?!\\})");

  final List<Placeholder> found = new ArrayList<>();

  /**
   * Placeholders in the prose of kept Markdown: outside code, and only the template's kind — a
   * brace holding Korean, capitals ({@code {URL}}, {@code {YYYY-MM-DD}}) or several words ({@code
   * {경로 2}}). Braces around a lower-case or camel-case name ({@code {eventId}}) are code or
   * notation in prose, and alternatives with {@code |} are table syntax there.
   */
  void kept(String at, List<RawMarkdown> extras) {
    for (int i = 0; i < extras.size(); i++) {
      String markdown = extras.get(i).markdown();
      if (markdown.indexOf('{') < 0) {
        continue; // every placeholder has a brace; blanking out the code would find nothing
      }
      String prose = Texts.withoutCode(markdown);
      Matcher m = PROSE_PLACEHOLDER.matcher(prose);
      while (m.find()) {
        found.add(new Placeholder(at + "[" + i + "]", m.group(), m.group()));
      }
    }
  }

  /**
   * A table row in column order: the known cells given as key/text pairs, then the extra cells,
   * both placed where {@code columns} lists them (a total row's {@code amount} stands in the {@code
   * monthlyCost} column).
   */
  void row(String at, List<String> columns, Map<String, String> extraCells, String... keyTexts) {
    Map<String, String> cells = new LinkedHashMap<>();
    for (int i = 0; i < keyTexts.length; i += 2) {
      cells.put(keyTexts[i], keyTexts[i + 1]);
    }
    for (String column : columns) {
      String key = column.equals("monthlyCost") && cells.containsKey("amount") ? "amount" : column;
      if (cells.containsKey(key)) {
        text(at + "." + key, cells.remove(key));
      } else if (extraCells.containsKey(column)) {
        text(at + ".extraCells[\"" + column + "\"]", extraCells.get(column));
      }
    }
    cells.forEach((key, value) -> text(at + "." + key, value));
    extraCells.forEach(
        (header, value) -> {
          if (!columns.contains(header)) {
            text(at + ".extraCells[\"" + header + "\"]", value);
          }
        });
  }

  <T> void each(String at, List<T> items, BiConsumer<String, T> walk) {
    for (int i = 0; i < items.size(); i++) {
      walk.accept(at + "[" + i + "]", items.get(i));
    }
  }

  void texts(String at, List<String> items) {
    each(at, items, this::text);
  }

  void typed(String at, Optional<? extends TypedText<?>> value) {
    value.ifPresent(v -> text(at, v.text()));
  }

  void typed(String at, TypedText<?> value) {
    text(at, value.text());
  }

  void text(String at, Optional<String> text) {
    text.ifPresent(t -> text(at, t));
  }

  void text(String at, String text) {
    for (String p : Texts.placeholdersIn(text)) {
      found.add(new Placeholder(at, p, text));
    }
  }

  /** Text of a request line or header, where {@code {name}} is an HTTP parameter. */
  void httpText(String at, String text) {
    for (String p : Texts.placeholdersIn(text)) {
      if (!HTTP_PARAMETER.matcher(p).matches()) {
        found.add(new Placeholder(at, p, text));
      }
    }
  }
}
