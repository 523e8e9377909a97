package dev.plandoc.markdown.internal.edit;

import dev.plandoc.markdown.internal.edit.BlockIndex.Span;
import dev.plandoc.model.Plan;
import dev.plandoc.model.RawMarkdownView;
import dev.plandoc.model.SectionKind;
import dev.plandoc.model.check.SourceMap;
import dev.plandoc.model.check.SourcePosition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts that could carry one change, finest first: a value replaced where it is written, an
 * item's lines removed, moved, or copied from the item before it with the new values in place. The
 * faithful writer reads each candidate back and keeps the first that makes the plan what the edit
 * asked for; so a candidate may be wrong, and the search here can stay simple.
 */
final class Candidates {
  /** How many places of a value, or spans of an item, are tried. */
  private static final int TRIES = 4;

  private final EditBuffer buffer;
  private final BlockIndex index;
  private final SourceMap map;
  private final Plan current;
  private final ModelDiff diff;

  private final ItemRendering rendering;

  Candidates(
      EditBuffer buffer, SourceMap map, Plan current, ModelDiff diff, ItemRendering rendering) {
    this.rendering = rendering;
    this.buffer = buffer;
    this.index = BlockIndex.of(buffer);
    this.map = map;
    this.current = current;
    this.diff = diff;
  }

  /** The candidate texts for a change, finest first; empty when none is fine-grained. */
  List<EditBuffer> of(Change c) {
    try {
      return candidates(c);
    } catch (RuntimeException e) {
      // A search that trips over a text it did not expect offers nothing; the coarser ways that
      // follow still write the change, and every one is read back before it is kept.
      return List.of();
    }
  }

  private List<EditBuffer> candidates(Change c) {
    return switch (c.kind()) {
      case TEXT -> text(c.path(), (String) c.before(), (String) c.after());
      case REMOVED -> removed(c);
      case ADDED -> added(c);
      case MOVED -> moved(c);
      case VALUE -> value(c);
    };
  }

  /**
   * An optional value that went away is its text replaced by nothing; a checklist item checked or
   * unchecked is its box ticked or cleared, or given one.
   */
  private List<EditBuffer> value(Change c) {
    if (c.after() instanceof Boolean checked) {
      return box(c.path(), Optional.of(checked));
    }
    if (c.before() instanceof Optional<?> before && c.after() instanceof Optional<?> after) {
      if (before.isPresent() && after.isPresent() && after.get() instanceof Boolean checked) {
        return box(c.path(), Optional.of(checked));
      }
      if (before.isEmpty() && after.isPresent() && after.get() instanceof Boolean checked) {
        return box(c.path(), Optional.of(checked));
      }
      if (before.isPresent() && after.isEmpty()) {
        List<String> strings = ModelReflection.strings(before.get());
        if (strings.size() == 1) {
          return text(c.path(), strings.get(0), "");
        }
        if (before.get() instanceof Boolean) {
          return box(c.path(), Optional.empty());
        }
      }
    }
    return List.of();
  }

  private static final Pattern BOX =
      Pattern.compile("^(\\s*(?:[-*+]|\\d+[.)])\\s+)(\\[[ xX]\\]\\s+)?");

  /** The item's list line with its box set to {@code checked}, or without a box. */
  private List<EditBuffer> box(String path, Optional<Boolean> checked) {
    String itemPath = path.substring(0, path.lastIndexOf('.'));
    Optional<Object> item = ModelReflection.at(current, itemPath);
    if (item.isEmpty()) {
      return List.of();
    }
    List<EditBuffer> out = new ArrayList<>();
    for (Span s : spansOf(itemPath, item.get())) {
      Matcher m = BOX.matcher(buffer.line(s.from()));
      if (s.kind() == BlockIndex.Kind.LIST_ITEM && m.find()) {
        String line = buffer.line(s.from());
        String box = checked.map(on -> on ? "[x] " : "[ ] ").orElse("");
        String written = m.group(1) + box + line.substring(m.end());
        out.add(buffer.replace(s.from(), s.from() + 1, List.of(written)));
      }
      if (out.size() == TRIES) {
        break;
      }
    }
    return out;
  }

  // ------------------------------------------------------------------------------- regions

  /** The lines of the part a path is in: its section, or the whole document. */
  int[] region(String path) {
    String part = path.startsWith("labels.") ? path.substring(7) : path;
    int cut = 0;
    while (cut < part.length() && part.charAt(cut) != '.') {
      cut++;
    }
    String head = part.substring(0, cut);
    if (head.startsWith("extraSections[") || SectionKind.fromKey(head).isPresent()) {
      SourcePosition at = map.positions().get(head.startsWith("extra") ? head : head);
      if (at != null && at.line() <= buffer.size()) {
        int line = at.line() - 1;
        return new int[] {line, index.headingEnd(line, buffer.size())};
      }
    }
    return new int[] {0, buffer.size()};
  }

  private int anchorLine(String path, int[] region) {
    int line = map.find(path).map(p -> p.line() - 1).orElse(region[0]);
    return Math.max(region[0], Math.min(line, region[1] - 1));
  }

  // --------------------------------------------------------------------------------- values

  private List<EditBuffer> text(String path, String before, String after) {
    if (before.isEmpty()) {
      return List.of();
    }
    int[] region = regionOf(path);
    int anchor = anchorLine(path, region);
    Optional<Span> item = itemSpan(path, before);
    if (item.isPresent()) {
      anchor = item.get().from();
    }
    List<EditBuffer> out = new ArrayList<>();
    List<Place> places = new ArrayList<>(places(before, region, anchor));
    if (item.isPresent()) {
      // A value of a list item is first looked for in that item's own lines.
      Span in = item.get();
      places.sort(Comparator.comparing((Place p) -> p.line() < in.from() || p.line() >= in.to()));
    }
    for (Place p : places) {
      replaced(p, after).ifPresent(out::add);
      if (out.size() == TRIES) {
        break;
      }
    }
    if (places.size() > 1) {
      // An item read from two places (a summary row and its detailed heading) changes in both.
      List<Place> every = places.stream().filter(Place::bounded).toList();
      everyPlace(every.isEmpty() ? places : every, after).ifPresent(out::add);
    }
    return out;
  }

  /** The buffer with the value replaced at every place, last place first. */
  private Optional<EditBuffer> everyPlace(List<Place> places, String after) {
    List<Place> ordered = new ArrayList<>(places);
    ordered.sort(
        Comparator.comparingInt(Place::fromLine).thenComparingInt(Place::start).reversed());
    EditBuffer b = buffer;
    for (Place p : ordered) {
      Optional<EditBuffer> next = replacedIn(b, p, after);
      if (next.isEmpty()) {
        return Optional.empty();
      }
      b = next.get();
    }
    return Optional.of(b);
  }

  /**
   * The span of the innermost list item a path is in, among the spans that hold {@code value}: the
   * lines where that item, and so the value, is written.
   */
  private Optional<Span> itemSpan(String path, String value) {
    int open = path.lastIndexOf('[');
    if (open < 0) {
      return Optional.empty();
    }
    String itemPath = path.substring(0, path.indexOf(']', open) + 1);
    Optional<Object> item = ModelReflection.at(current, itemPath);
    if (item.isEmpty()) {
      return Optional.empty();
    }
    for (Span s : spansOf(itemPath, item.get())) {
      if (String.join("\n", buffer.lines(s.from(), s.to())).contains(value)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  private int[] regionOf(String path) {
    return region(path);
  }

  /** Where a value is written: a line range and the offsets of the value in those lines' text. */
  private record Place(int fromLine, int toLine, int start, int end, boolean bounded, int line) {}

  /**
   * The places where {@code value} is written in a region, as it is or with its table pipes
   * escaped: whole words first, then the nearest at or after the anchor, then before it.
   */
  private List<Place> places(String value, int[] region, int anchor) {
    Set<String> forms = new LinkedHashSet<>(List.of(value, value.replace("|", "\\|")));
    String text = String.join("\n", buffer.lines(region[0], region[1]));
    int[] lineStarts = lineStarts(text);
    List<Place> out = new ArrayList<>();
    for (String form : forms) {
      int at = text.indexOf(form);
      while (at >= 0) {
        int first = lineOf(lineStarts, at);
        int last = lineOf(lineStarts, at + form.length() - 1);
        boolean bounded =
            (at == 0 || !continues(text.charAt(at - 1)))
                && (at + form.length() >= text.length()
                    || !continues(text.charAt(at + form.length())));
        out.add(
            new Place(
                region[0] + first,
                region[0] + last + 1,
                at - lineStarts[first],
                at - lineStarts[first] + form.length(),
                bounded,
                region[0] + first));
        at = text.indexOf(form, at + 1);
      }
    }
    out.sort(
        Comparator.comparing((Place p) -> !p.bounded())
            .thenComparing(p -> p.line() < anchor)
            .thenComparingInt(p -> Math.abs(p.line() - anchor)));
    return out;
  }

  /**
   * Whether a character next to a value makes it part of a longer word or path: {@code /a} is not
   * whole in {@code /a/b}, {@code /a{id}} or {@code a_b}, but is at the end of a sentence.
   */
  private static boolean continues(char c) {
    return Character.isLetterOrDigit(c) || "_/{}-?=&%".indexOf(c) >= 0;
  }

  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int lineOf(int[] starts, int offset) {
    int line = 0;
    while (line + 1 < starts.length && starts[line + 1] <= offset) {
      line++;
    }
    return line;
  }

  /** The buffer with the value at a place replaced, written as that place needs it. */
  private Optional<EditBuffer> replaced(Place p, String after) {
    return replacedIn(buffer, p, after);
  }

  private Optional<EditBuffer> replacedIn(EditBuffer in, Place p, String after) {
    String written = after;
    boolean singleLine = index.isTableRow(p.fromLine()) || index.headingLevel(p.fromLine()) > 0;
    if (singleLine && after.indexOf('\n') >= 0) {
      return Optional.empty();
    }
    String joined = String.join("\n", in.lines(p.fromLine(), p.toLine()));
    String changed;
    if (index.isTableRow(p.fromLine())) {
      written = after.replace("\\|", "|").replace("|", "\\|");
      changed = ColumnPadding.inCell(joined, p.start(), p.end(), written);
    } else if (p.fromLine() + 1 == p.toLine() && after.indexOf('\n') < 0) {
      changed = ColumnPadding.inText(joined, p.start(), p.end(), written);
    } else {
      changed = joined.substring(0, p.start()) + written + joined.substring(p.end());
    }
    return Optional.of(in.replace(p.fromLine(), p.toLine(), List.of(changed.split("\n", -1))));
  }

  // ---------------------------------------------------------------------------------- items

  /**
   * The spans that could be the item at {@code path}, which holds {@code item}: the spans around
   * the places its longest values are written, those that hold most of its values first, then the
   * smallest. An item of its own also has its recorded position; a view's position is that of the
   * Markdown it was read from, not its own.
   */
  private List<Span> spansOf(String path, Object item) {
    int[] region = region(path);
    Set<Integer> lines = new LinkedHashSet<>();
    SourcePosition exact = map.positions().get(path);
    boolean view = item instanceof RawMarkdownView v && v.isView();
    if (!view && exact != null && exact.line() - 1 >= region[0] && exact.line() - 1 < region[1]) {
      lines.add(exact.line() - 1);
    }
    int anchor = anchorLine(path, region);
    List<String> strings = new ArrayList<>(new LinkedHashSet<>(ModelReflection.strings(item)));
    List<String> longest = new ArrayList<>(strings);
    longest.sort(Comparator.comparingInt(String::length).reversed());
    for (String s : longest.subList(0, Math.min(3, longest.size()))) {
      places(s, region, anchor).stream().limit(2 * TRIES).forEach(p -> lines.add(p.fromLine()));
    }
    List<Span> out = new ArrayList<>();
    if (!longest.isEmpty() && longest.get(0).indexOf('\n') >= 0) {
      // A value of several lines written as whole lines is the item's own run of lines.
      for (Place p : places(longest.get(0), region, anchor)) {
        if (p.start() == 0 && p.end() == buffer.line(p.toLine() - 1).length()
            || p.start() == 0 && p.fromLine() + 1 < p.toLine()) {
          Span run = new Span(p.fromLine(), p.toLine(), BlockIndex.Kind.LINES);
          if (p.end() == String.join("\n", buffer.lines(p.fromLine(), p.toLine())).length()) {
            out.add(run);
          }
        }
      }
    }
    for (int line : lines) {
      String text = buffer.line(line);
      if (strings.size() > 1 && strings.stream().filter(text::contains).count() > 1) {
        out.add(new Span(line, line + 1, BlockIndex.Kind.LINE));
      }
      for (Span s : index.spansAt(line, region[0] + 1, region[1])) {
        if (!out.contains(s) && s.from() > region[0]) {
          out.add(s);
        }
      }
    }
    java.util.Map<Span, Integer> held = new java.util.HashMap<>();
    for (Span s : out) {
      String text = String.join("\n", buffer.lines(s.from(), s.to()));
      held.put(s, (int) strings.stream().filter(text::contains).count());
    }
    out.sort(
        Comparator.comparing((Span s) -> -held.get(s)).thenComparingInt(s -> s.to() - s.from()));
    return out;
  }

  private List<EditBuffer> removed(Change c) {
    List<EditBuffer> out = new ArrayList<>();
    for (Span s : spansOf(c.path(), c.before())) {
      int[] cut = withSeparator(s);
      out.add(buffer.replace(cut[0], cut[1], List.of()));
      if (out.size() == 2 * TRIES) {
        break;
      }
    }
    return out;
  }

  /**
   * The lines to cut for a span: a row or list item alone; a block with the blank lines after it
   * when a blank line comes before it, so that exactly one separator remains.
   */
  private int[] withSeparator(Span s) {
    if (s.kind().isTight()) {
      return new int[] {s.from(), s.to()};
    }
    int to = s.to();
    if (s.from() > 0 && index.isBlank(s.from() - 1)) {
      while (to < buffer.size() && index.isBlank(to)) {
        to++;
      }
    }
    return new int[] {s.from(), to};
  }

  private List<EditBuffer> added(Change c) {
    String list = c.listPath().orElseThrow();
    int at = c.index();
    List<?> items = ModelReflection.at(current, list).map(l -> (List<?>) l).orElse(List.of());
    if (items.isEmpty()) {
      return List.of();
    }
    boolean after = at > 0;
    int sibling = after ? Math.min(at - 1, items.size() - 1) : 0;
    Object model = items.get(sibling);
    List<EditBuffer> out = new ArrayList<>();
    List<Span> spans = spansOf(list + "[" + sibling + "]", model);
    for (Span s : spans) {
      List<String> copy = copied(s, model, c.after(), sibling, at);
      out.add(insert(buffer, s, copy, after));
      if (out.size() == 2 * TRIES) {
        break;
      }
    }
    // The item as the template writes it, after its sibling: for an item a copy cannot say.
    Optional<List<String>> written = rendering.lines(current, list, c.after());
    if (written.isPresent() && !written.get().isEmpty()) {
      List<String> lines = new ArrayList<>(written.get());
      lines.set(0, lines.get(0).replaceFirst("(?<!\\d)1(?!\\d)", Integer.toString(at + 1)));
      spans.stream()
          .filter(s -> !s.kind().isTight())
          .limit(2)
          .forEach(s -> out.add(insert(buffer, s, lines, after)));
    }
    return out;
  }

  /** The lines of a sibling, with the new item's values put in place of the sibling's. */
  private List<String> copied(Span s, Object sibling, Object item, int siblingIndex, int index) {
    String text = String.join("\n", buffer.lines(s.from(), s.to()));
    boolean row = s.kind() == BlockIndex.Kind.ROW;
    List<Change> values = new ArrayList<>();
    for (Change v : diff.changesOf(sibling, item)) {
      if (v.kind() == Change.Kind.TEXT && !((String) v.before()).isEmpty()) {
        values.add(v);
      }
    }
    // Longer values first, so that a value that contains another is replaced whole.
    values.sort(Comparator.comparingInt((Change v) -> -((String) v.before()).length()));
    StringBuilder sb = new StringBuilder(text);
    List<int[]> done = new ArrayList<>();
    for (Change v : values) {
      String before = row ? ((String) v.before()).replace("|", "\\|") : (String) v.before();
      String after = row ? ((String) v.after()).replace("|", "\\|") : (String) v.after();
      int from = 0;
      int found;
      while ((found = sb.indexOf(before, from)) >= 0 && overlaps(done, found, before.length())) {
        from = found + 1;
      }
      if (found >= 0 && !(row && after.indexOf('\n') >= 0)) {
        sb.replace(found, found + before.length(), after);
        int shift = after.length() - before.length();
        for (int[] d : done) {
          if (d[0] > found) {
            d[0] += shift;
          }
        }
        done.add(new int[] {found, after.length()});
      }
    }
    List<String> lines = new ArrayList<>(List.of(sb.toString().split("\n", -1)));
    // A numbered heading or item counts on: '### 리스크 2' copied for the third risk says 3.
    String number = Integer.toString(siblingIndex + 1);
    String first = lines.get(0);
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(?<!\\d)" + number + "(?!\\d)").matcher(first);
    if (s.kind() != BlockIndex.Kind.ROW && s.kind() != BlockIndex.Kind.LINE && m.find()) {
      lines.set(0, first.substring(0, m.start()) + (index + 1) + first.substring(m.end()));
    }
    return lines;
  }

  private static boolean overlaps(List<int[]> done, int at, int length) {
    for (int[] d : done) {
      if (at < d[0] + d[1] && d[0] < at + length) {
        return true;
      }
    }
    return false;
  }

  /** The buffer with lines inserted after (or before) a span, separated as the span is. */
  private static EditBuffer insert(EditBuffer buffer, Span s, List<String> lines, boolean after) {
    boolean block = !s.kind().isTight();
    List<String> insert = new ArrayList<>();
    if (after) {
      if (block) {
        insert.add("");
      }
      insert.addAll(lines);
      return buffer.replace(s.to(), s.to(), insert);
    }
    insert.addAll(lines);
    if (block) {
      insert.add("");
    }
    return buffer.replace(s.from(), s.from(), insert);
  }

  private List<EditBuffer> moved(Change c) {
    String list = c.listPath().orElseThrow();
    int from = c.from();
    int to = c.index();
    List<?> items = ModelReflection.at(current, list).map(l -> (List<?>) l).orElse(List.of());
    if (from >= items.size()) {
      return List.of();
    }
    // The item it goes after (or before, when it goes first), counted without the moving item.
    boolean after = to > 0;
    int next = after ? (to - 1 < from ? to - 1 : to) : (from == 0 ? 1 : 0);
    if (next >= items.size()) {
      return List.of();
    }
    List<EditBuffer> out = new ArrayList<>();
    List<Span> targets = spansOf(list + "[" + next + "]", items.get(next));
    for (Span s : spansOf(list + "[" + from + "]", items.get(from))) {
      for (Span t : targets) {
        if (t.kind() == s.kind() && (t.to() <= s.from() || s.to() <= t.from())) {
          out.add(move(s, t, after));
        }
      }
      if (out.size() >= 2 * TRIES) {
        break;
      }
    }
    return out;
  }

  private EditBuffer move(Span s, Span t, boolean after) {
    List<String> moving = List.copyOf(buffer.lines(s.from(), s.to()));
    int[] cut = withSeparator(s);
    EditBuffer without = buffer.replace(cut[0], cut[1], List.of());
    int removed = cut[1] - cut[0];
    int shift = t.from() > s.from() ? removed : 0;
    Span target = new Span(t.from() - shift, t.to() - shift, t.kind());
    return insert(without, target, moving, after);
  }
}
