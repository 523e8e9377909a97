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
    Object after = c.after() instanceof Optional<?> o ? o.orElse(null) : c.after();
    if (after instanceof Boolean checked) {
      return box(c.path(), Optional.of(checked));
    }
    if (c.before() instanceof Optional<?> before && before.isPresent() && after == null) {
      if (before.get() instanceof Boolean) {
        return box(c.path(), Optional.empty());
      }
      List<String> strings = ModelReflection.strings(before.get());
      return strings.size() == 1 ? text(c.path(), strings.get(0), "") : List.of();
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
      SourcePosition at = map.positions().get(head);
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
    int[] region = region(path);
    int anchor = anchorLine(path, region);
    Optional<Span> item = itemSpan(path, before);
    if (item.isPresent()) {
      anchor = item.get().from();
    }
    List<EditBuffer> out = new ArrayList<>();
    List<Place> places = new ArrayList<>(Place.find(buffer, before, region, anchor));
    if (item.isPresent()) {
      // A value of a list item is first looked for in that item's own lines.
      Span in = item.get();
      places.sort(Comparator.comparing((Place p) -> p.line() < in.from() || p.line() >= in.to()));
    }
    for (Place p : places) {
      replacedIn(buffer, p, after).ifPresent(out::add);
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

  /** The buffer with the value at a place replaced, written as that place needs it. */
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
      Place.find(buffer, s, region, anchor).stream()
          .limit(2 * TRIES)
          .forEach(p -> lines.add(p.fromLine()));
    }
    List<Span> out = new ArrayList<>();
    if (!longest.isEmpty() && longest.get(0).indexOf('\n') >= 0) {
      // A value of several lines written as whole lines is the item's own run of lines.
      for (Place p : Place.find(buffer, longest.get(0), region, anchor)) {
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
      List<String> copy = SiblingCopy.lines(buffer, s, model, c.after(), sibling, at, diff);
      out.add(SiblingCopy.insert(buffer, s, copy, after));
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
          .forEach(s -> out.add(SiblingCopy.insert(buffer, s, lines, after)));
    }
    return out;
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
    return SiblingCopy.insert(without, target, moving, after);
  }
}
