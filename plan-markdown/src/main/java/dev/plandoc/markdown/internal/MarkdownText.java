package dev.plandoc.markdown.internal;

import dev.plandoc.model.Step;
import dev.plandoc.model.value.TypedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The writer's Markdown for the parts of a section: bullet and ordered lists, {@code key: value}
 * bullets and tables, in the template's style.
 */
public final class MarkdownText {
  private MarkdownText() {}

  /** Bullet items, {@code - } each. */
  public static String bullets(List<String> items) {
    StringBuilder sb = new StringBuilder();
    for (String item : items) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(indentItem("- ", item));
    }
    return sb.toString();
  }

  /** Steps as an ordered list numbered from 1. */
  public static String ordered(List<Step> steps) {
    StringBuilder sb = new StringBuilder();
    int n = 1;
    for (Step s : steps) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(indentItem(n++ + ". ", s.text()));
    }
    return sb.toString();
  }

  /** An item with its marker; continuation lines indented to the content column. */
  private static String indentItem(String marker, String text) {
    if (text.indexOf('\n') < 0) {
      return text.isEmpty() ? marker.stripTrailing() : marker + text;
    }
    String pad = " ".repeat(marker.length());
    StringBuilder sb = new StringBuilder(marker);
    String[] lines = text.split("\n", -1);
    sb.append(lines[0]);
    for (int i = 1; i < lines.length; i++) {
      sb.append('\n');
      if (!lines[i].isEmpty()) {
        sb.append(pad).append(lines[i]);
      }
    }
    return sb.toString();
  }

  /**
   * Key-value bullets ({@code - key: value} or {@code - **key**: value}) then extra items; each key
   * as the author spelled it where the plan keeps that ({@link WriteContext#key}).
   */
  public static final class Fields {
    private final List<String> items = new ArrayList<>();
    private final boolean bold;
    private final WriteContext ctx;
    private final String anchor;

    /**
     * Fields with bold keys or plain ones, of the part at the anchor of the section being written
     * ({@code ""} for the section's own fields and its items').
     */
    public Fields(boolean bold, WriteContext ctx, String anchor) {
      this.bold = bold;
      this.ctx = ctx;
      this.anchor = anchor;
    }

    /** The field, when it has a value. */
    public Fields add(Term key, Optional<?> value) {
      value.ifPresent(
          v -> {
            String text = v instanceof TypedText<?> t ? t.text() : (String) v;
            String written = ctx.key(anchor, key);
            String k = bold ? "**" + written + "**" : written;
            items.add(text.isEmpty() ? k + ":" : k + ": " + text);
          });
      return this;
    }

    /** An item without a key, when present. */
    public Fields plain(Optional<String> item) {
      item.ifPresent(items::add);
      return this;
    }

    /** The bullets: the fields, then the extra items. */
    public String render(List<String> extra) {
      List<String> all = new ArrayList<>(items);
      all.addAll(extra);
      return bullets(all);
    }
  }

  /** The rows of a table being written: each row's known cells and its extra cells by column. */
  public static final class TableRows {
    private final List<List<String>> rows = new ArrayList<>();
    private final List<Map<String, String>> extra = new ArrayList<>();

    /** A row: the cells of the known columns, in their order, and the other cells by header. */
    public void add(List<String> known, Map<String, String> extraCells) {
      rows.add(known);
      extra.add(extraCells);
    }

    /**
     * The table in the columns given (the known ones when none are), the known columns headed as
     * {@code header} gives (the author's header or the template's in the language); empty when
     * there are no rows.
     */
    public String render(
        List<String> columns, List<String> known, Function<String, String> header) {
      if (rows.isEmpty()) {
        return "";
      }
      List<String> cols = columns.isEmpty() ? known : columns;
      List<List<String>> cells = new ArrayList<>();
      for (int r = 0; r < rows.size(); r++) {
        List<String> row = new ArrayList<>();
        for (String c : cols) {
          int k = known.indexOf(c);
          row.add(k >= 0 ? rows.get(r).get(k) : extra.get(r).getOrDefault(c, ""));
        }
        cells.add(row);
      }
      return TableText.render(TableText.headers(columns, known, header), cells);
    }
  }
}
