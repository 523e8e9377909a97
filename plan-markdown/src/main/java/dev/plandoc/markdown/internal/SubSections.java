package dev.plandoc.markdown.internal;

import dev.plandoc.model.Language;
import dev.plandoc.model.check.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.jspecify.annotations.Nullable;

/**
 * The {@code ###} sub-sections of one section: the parts a section recognises by heading, the
 * numbered items ({@code Endpoint 1: …}, {@code Risk 2: …}), and the blocks right under the {@code
 * ##} heading. Whatever is not recognised is reported and kept verbatim, anchored after the last
 * recognised part. One instance per section read.
 */
public final class SubSections {
  private final ReadContext ctx;
  private final String path;
  private final Map<Term, Handler> handlers = new LinkedHashMap<>();

  /** The sub-sections of the section at the path. */
  public SubSections(ReadContext ctx, String path) {
    this.ctx = ctx;
    this.path = path;
  }

  /** A {@code ###} sub-section: its heading (null for the content before the first) and body. */
  public record Group(@Nullable Heading heading, List<Node> blocks) {}

  /** Reads one numbered item sub-section, named by its heading, whose path is given. */
  @FunctionalInterface
  public interface ItemReader {
    /** Reads the item. */
    void read(String name, Group group, String path);
  }

  /** Another sub-section a section of items recognises; whether it took the group. */
  @FunctionalInterface
  public interface OtherPart {
    /** No other sub-section: everything that is not an item is kept verbatim. */
    OtherPart NONE = (group, heading) -> false;

    /** Takes the group, whose heading text is given, or leaves it. */
    boolean take(Group group, String heading);
  }

  private record Handler(String part, Function<Group, List<Node>> handle) {}

  /** The body split at its {@code ###} headings; the first group is the content before them. */
  public static List<Group> groups(List<Node> body) {
    List<Group> groups = new ArrayList<>();
    Group current = new Group(null, new ArrayList<>());
    groups.add(current);
    for (Node n : body) {
      if (n instanceof Heading h && h.getLevel() == 3) {
        current = new Group(h, new ArrayList<>());
        groups.add(current);
      } else {
        current.blocks().add(n);
      }
    }
    return groups;
  }

  // ---------------------------------------------------------------- parts by heading

  /**
   * A part whose heading names the term; the handler returns the blocks it did not use, which are
   * kept at the part. Parts are tried in the order they are added.
   */
  public SubSections part(Term heading, String part, Function<Group, List<Node>> handler) {
    handlers.put(heading, new Handler(part, handler));
    return this;
  }

  /** A part of {@code key: value} bullets. */
  public SubSections keyed(
      Term heading, String part, List<Term> terms, Consumer<KeyedBullets> into) {
    return keyed(heading, part, terms, false, into);
  }

  /**
   * A part of {@code key: value} bullets, which may start with one item without a key; see {@link
   * KeyedBullets#read}.
   */
  public SubSections keyed(
      Term heading, String part, List<Term> terms, boolean lead, Consumer<KeyedBullets> into) {
    return listPart(
        heading,
        part,
        (blocks, rest, at) -> into.accept(KeyedBullets.read(ctx, blocks, rest, terms, at, lead)));
  }

  /** A part that is a table mapped by header onto the known columns. */
  public SubSections table(
      Term heading, String part, List<String> known, Consumer<TableText> into) {
    return part(
        heading,
        part,
        g -> {
          List<Node> rest = new ArrayList<>();
          Optional<TableText> t =
              TableReader.first(ctx, g.blocks(), rest, known, path, path + "." + part);
          if (t.isEmpty()) {
            return g.blocks();
          }
          into.accept(t.get());
          return rest;
        });
  }

  /** A part that is a list of bullets. */
  public SubSections bullets(Term heading, String part, Consumer<List<String>> into) {
    return listPart(
        heading, part, (blocks, rest, at) -> into.accept(ctx.bulletItems(blocks, rest, at)));
  }

  /** Reads a part from its first list; the blocks it does not use go to {@code rest}. */
  @FunctionalInterface
  private interface ListReader {
    void read(List<Node> blocks, List<Node> rest, String path);
  }

  /** A part read from its first list, which is taken even when empty or unrecognised. */
  private SubSections listPart(Term heading, String part, ListReader reader) {
    return part(
        heading,
        part,
        g -> {
          List<Node> rest = new ArrayList<>();
          reader.read(g.blocks(), rest, path + "." + part);
          return rest;
        });
  }

  /**
   * Walks the sub-sections of a section: each recognised one is handed to its handler, which
   * returns the blocks it did not use; those, and whole unrecognised sub-sections, become raw
   * content anchored after the last recognised part.
   */
  public void walk(List<Node> body, RawCollector raw) {
    walk(body, raw, Optional.empty(), "");
  }

  /**
   * {@link #walk(List, RawCollector)}, where a table right under the section heading is the part of
   * the given term when the section has no sub-section of that term: agents often put the
   * technology table or the error table there ({@code ## 3. 기술 스택} then {@code | 구분 | 선택 | 근거 |}).
   * The part's label is then empty ({@link ReadContext#noHeading}), so the writer writes it without
   * a sub-heading, as the author did. The table must have the part's defining column ({@code
   * required}: the technology, the status code), so that a table of something else is not taken for
   * it.
   */
  public void walk(List<Node> body, RawCollector raw, Optional<Term> leadTable, String required) {
    List<Group> groups = groups(body);
    Set<Term> done = new HashSet<>();
    List<Node> lead = groups.get(0).blocks();
    Handler handler = leadTable.map(handlers::get).orElse(null);
    boolean named =
        groups.stream()
            .skip(1)
            .anyMatch(
                g ->
                    leadTable.isPresent()
                        && Vocabulary.matches(leadTable.get(), ctx.headingText(g.heading()))
                            .isPresent());
    int table = 0;
    while (table < lead.size() && !(lead.get(table) instanceof TableBlock)) {
      table++;
    }
    List<Node> afterTable = null;
    if (handler != null
        && !named
        && table < lead.size()
        && TableText.cells(ctx.source().line(Source.firstLine(lead.get(table)))).stream()
            .anyMatch(h -> ColumnVocabulary.column(h, List.of(required)).isPresent())) {
      List<Node> from = new ArrayList<>(lead.subList(table, lead.size()));
      List<Node> left = handler.handle().apply(new Group(null, from));
      if (left.size() < from.size()) {
        afterTable = left;
      }
    }
    if (afterTable == null) {
      raw.add("", lead);
    } else {
      raw.add("", lead.subList(0, table));
      raw.at(handler.part());
      ctx.firstPosition(path + "." + handler.part(), lead.get(table));
      // The part has no heading of its own, and keeps none when written back.
      ctx.noHeading(path + "." + handler.part());
      raw.add(afterTable);
      done.add(leadTable.get());
    }
    for (int g = 1; g < groups.size(); g++) {
      Group group = groups.get(g);
      String heading = ctx.headingText(group.heading());
      boolean handled = false;
      for (Map.Entry<Term, Handler> e : handlers.entrySet()) {
        Optional<Language> lang = Vocabulary.matches(e.getKey(), heading);
        if (lang.isPresent() && !done.contains(e.getKey())) {
          ctx.subHeading(path + "." + e.getValue().part(), e.getKey(), heading, lang.get());
          done.add(e.getKey());
          List<Node> rest = e.getValue().handle().apply(group);
          raw.at(e.getValue().part());
          ctx.firstPosition(path + "." + e.getValue().part(), group.heading());
          raw.add(rest);
          handled = true;
          break;
        }
      }
      if (!handled) {
        unknown(group, raw);
      }
    }
  }

  // ---------------------------------------------------------------- numbered items

  /**
   * Reads a section of item sub-sections: the content before them is kept at the start; see {@link
   * #items(List, int, RawCollector, Term, String, ItemReader, OtherPart)}.
   */
  public void items(
      List<Node> body, RawCollector raw, Term term, String key, ItemReader item, OtherPart other) {
    List<Group> groups = groups(body);
    raw.add("", groups.get(0).blocks());
    items(groups, 0, raw, term, key, item, other);
  }

  /**
   * Reads the item sub-sections among the groups after the first: those whose heading names the
   * term and a one-line name become items {@code path.key[n]}, numbered from {@code first}; others
   * go to {@code other}, and what it leaves is kept verbatim. Raw content after an item is anchored
   * at {@code key/n}.
   */
  public void items(
      List<Group> groups,
      int first,
      RawCollector raw,
      Term term,
      String key,
      ItemReader item,
      OtherPart other) {
    int n = first;
    for (int g = 1; g < groups.size(); g++) {
      Group group = groups.get(g);
      String heading = ctx.headingText(group.heading());
      Optional<Vocabulary.ItemHeading> name = Vocabulary.itemHeading(term, heading);
      if (name.isPresent() && ReadContext.singleLine(name.get().name())) {
        String p = path + "." + key + "[" + n + "]";
        ctx.position(p, group.heading());
        // The word the items are headed with (리스크 in a plan otherwise in English), once.
        ctx.label(path + "." + key, name.get().word(), term.korean(), term.english());
        item.read(name.get().name(), group, p);
        raw.at(key + "/" + n++);
      } else if (!other.take(group, heading)) {
        unknown(group, raw);
      }
    }
  }

  // ---------------------------------------------------------------- lead block

  /**
   * For sections whose main block sits right under the {@code ##} heading: the first block of the
   * type that the handler accepts is the part; content before it is anchored at the start, after it
   * at the part, and {@code ###} sub-sections are kept verbatim where they are.
   */
  public void leadBlock(
      List<Node> body,
      RawCollector raw,
      String part,
      Class<? extends Node> type,
      Predicate<Node> handler) {
    boolean found = false;
    List<Node> pending = new ArrayList<>();
    for (Node n : body) {
      if (!found && type.isInstance(n) && handler.test(n)) {
        raw.add(pending);
        pending.clear();
        found = true;
        raw.at(part);
        continue;
      }
      if (n instanceof Heading h && h.getLevel() == 3) {
        reportUnknown(h);
      }
      pending.add(n);
    }
    raw.add(pending);
  }

  /** A {@link #leadBlock} that is a table mapped by header onto the known columns. */
  public void leadTable(
      List<Node> body,
      RawCollector raw,
      String part,
      List<String> known,
      Consumer<TableText> into) {
    leadTable(body, raw, part, known, t -> true, into);
  }

  /**
   * {@link #leadTable(List, RawCollector, String, List, Consumer)} for the tables {@code accept}
   * takes; a table it declines stays verbatim, where a view may read it.
   */
  public void leadTable(
      List<Node> body,
      RawCollector raw,
      String part,
      List<String> known,
      Predicate<TableText> accept,
      Consumer<TableText> into) {
    leadBlock(
        body,
        raw,
        part,
        TableBlock.class,
        block -> {
          Optional<TableText> t =
              TableReader.read(ctx, (TableBlock) block, known, path, path + "." + part, accept);
          t.ifPresent(into);
          return t.isPresent();
        });
  }

  // ---------------------------------------------------------------- unknown sub-sections

  /** Reports a sub-section the section does not have and keeps it, heading and all, verbatim. */
  public void unknown(Group group, RawCollector raw) {
    reportUnknown(group.heading());
    List<Node> all = new ArrayList<>();
    all.add(group.heading());
    all.addAll(group.blocks());
    raw.add(all);
  }

  private void reportUnknown(Heading h) {
    ctx.report(
        Severity.INFO,
        ReadCodes.UNKNOWN_SUBSECTION,
        path,
        "sub-section '" + ctx.headingText(h) + "' is not in the template; kept verbatim",
        Source.position(h));
  }
}
