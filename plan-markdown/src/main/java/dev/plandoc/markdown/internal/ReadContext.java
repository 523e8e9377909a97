package dev.plandoc.markdown.internal;

import dev.plandoc.model.Language;
import dev.plandoc.model.SectionKind;
import dev.plandoc.model.Step;
import dev.plandoc.model.check.Diagnostic;
import dev.plandoc.model.check.Severity;
import dev.plandoc.model.check.SourceMap;
import dev.plandoc.model.check.SourcePosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;

/**
 * The state of one read and the helpers every section reader needs: the source, the diagnostics and
 * source positions recorded so far, the votes for the document's language, and the text of headings
 * and list items as the author wrote them. One instance per read; not thread-safe.
 */
public final class ReadContext {

  private final Source src;
  private final Map<Heading, String> headingTexts = new java.util.IdentityHashMap<>();
  private final Map<ListBlock, List<String>> listItems = new java.util.IdentityHashMap<>();
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Map<String, SourcePosition> positions = new LinkedHashMap<>();
  private final Map<String, Written> labels = new LinkedHashMap<>();
  private int koreanVotes;
  private int englishVotes;
  private int koreanLabelVotes;
  private int englishLabelVotes;

  /** A context for reading the source. */
  public ReadContext(Source src) {
    this.src = src;
  }

  // ---------------------------------------------------------------- source

  /** The source being read. */
  public Source source() {
    return src;
  }

  /** The whole lines the nodes cover; see {@link Source#slice}. */
  public String slice(List<? extends Node> nodes) {
    return src.slice(nodes);
  }

  /** A collector of the raw content of one section or item. */
  public RawCollector raw() {
    return new RawCollector(src);
  }

  // ---------------------------------------------------------------- diagnostics and positions

  /** Records a diagnostic at a position. */
  public void report(
      Severity severity, String code, String path, String message, SourcePosition at) {
    diagnostics.add(Diagnostic.of(severity, code, path, message).at(at));
  }

  /** The diagnostics recorded so far, in order. */
  public List<Diagnostic> diagnostics() {
    return List.copyOf(diagnostics);
  }

  /** Records where a path starts. */
  public void position(String path, SourcePosition at) {
    positions.put(path, at);
  }

  /** Records that a path starts where a node does. */
  public void position(String path, Node node) {
    positions.put(path, Source.position(node));
  }

  /** Records that a path starts where a node does, unless it is already recorded. */
  public void firstPosition(String path, Node node) {
    positions.putIfAbsent(path, Source.position(node));
  }

  /** Moves a recorded position to another path (which then comes last), if it is recorded. */
  public void movePosition(String from, String to) {
    SourcePosition at = positions.remove(from);
    if (at != null) {
      positions.put(to, at);
    }
  }

  /**
   * Renumbers the recorded positions of a list's items, with their sub-paths: item {@code k} of
   * {@code path} becomes item {@code to.get(k)}. Used when views join a list among its own items.
   */
  public void renumber(String path, List<Integer> to) {
    Map<String, SourcePosition> renamed = new LinkedHashMap<>();
    String prefix = path + "[";
    positions.forEach(
        (key, at) -> {
          String k = key;
          if (key.startsWith(prefix)) {
            int close = key.indexOf(']', prefix.length());
            if (close > 0) {
              try {
                int index = Integer.parseInt(key.substring(prefix.length(), close));
                if (index < to.size()) {
                  k = prefix + to.get(index) + key.substring(close);
                }
              } catch (NumberFormatException notAnIndex) {
                // a path such as extraCells["x"]: not a list index
              }
            }
          }
          renamed.put(k, at);
        });
    positions.clear();
    positions.putAll(renamed);
  }

  /** The positions recorded so far. */
  public SourceMap sourceMap() {
    return new SourceMap(positions);
  }

  // ---------------------------------------------------------------- language

  /** Counts a vote for the document's language. */
  public void vote(Language l) {
    if (l == Language.KOREAN) {
      koreanVotes++;
    } else {
      englishVotes++;
    }
  }

  /**
   * Counts the language a term was written in, unless the written spelling is the same in both
   * languages ({@code Metadata}, {@code TTL}) and so says nothing about it.
   */
  public void vote(Term term, String written, Language l) {
    if (!Vocabulary.isNeutral(term, written)) {
      vote(l);
    }
  }

  /**
   * The language most of what was recognised was written in; Korean on a tie. Labels in the
   * author's own wording count only when the template's wording does not tell: a writer keeps them
   * in every language, so in a plan written in English from a Korean one they are still Korean,
   * while everything the writer worded is English.
   */
  public Language language() {
    if (koreanVotes != englishVotes) {
      return koreanVotes > englishVotes ? Language.KOREAN : Language.ENGLISH;
    }
    if (koreanLabelVotes != englishLabelVotes) {
      return koreanLabelVotes > englishLabelVotes ? Language.KOREAN : Language.ENGLISH;
    }
    // The headings and labels do not tell (none is the template's, or as many are in each
    // language): the prose does, where it is clear.
    return ProseLanguage.of(src.text()).orElse(Language.KOREAN);
  }

  // ---------------------------------------------------------------- labels

  /**
   * A label as the author wrote it, beside what the canonical writer writes at its path in each
   * language; the plan keeps it when the writer, in the plan's language, would write other words.
   */
  private record Written(String text, String korean, String english) {
    boolean isWritersIn(Language l) {
      return text.equals(l == Language.KOREAN ? korean : english);
    }
  }

  /**
   * Keeps a template label as the author wrote it, at its path (see {@link
   * dev.plandoc.model.Plan#labels()}), unless it cannot be kept on one line; the first wording read
   * at a path wins (the risks of a section share the spelling of their keys). Which labels the plan
   * keeps is settled once its language is known ({@link #labels(Language)}): those the writer would
   * not write as they are, so that the template's own wording in the plan's language records
   * nothing, while the template's wording in the other language ({@code 작성자} in an English plan) is
   * kept as the author's.
   *
   * @param korean what the writer writes at the path in Korean
   * @param english what the writer writes at the path in English
   * @return whether the wording is the author's own: neither language's template wording
   */
  public boolean label(String path, String written, String korean, String english) {
    if (written.isEmpty() || !singleLine(written)) {
      return false;
    }
    labels.putIfAbsent(path, new Written(written, korean, english));
    return !written.equals(korean) && !written.equals(english);
  }

  /**
   * Keeps that the part at the path has no heading of its own (a table right under the section
   * heading): its label is empty, and the writer writes the part without a sub-heading.
   */
  public void noHeading(String path) {
    // "-" stands for the writer's sub-heading, which is never empty: the empty label is always
    // kept.
    labels.putIfAbsent(path, new Written("", "-", "-"));
  }

  /** The labels a plan in the language keeps, by path, in document order. */
  public Map<String, String> labels(Language language) {
    Map<String, String> kept = new LinkedHashMap<>();
    labels.forEach(
        (path, w) -> {
          if (!w.isWritersIn(language)) {
            kept.put(path, w.text());
          }
        });
    return kept;
  }

  /**
   * A recognised {@code ##} heading: its wording kept, number and all (none when the author wrote
   * none), its language counted. Only the template's heading with the template's number is the
   * writer's own in that language.
   */
  public void sectionHeading(SectionKind kind, String heading, Language l) {
    Term term = Vocabulary.SECTIONS.get(kind);
    boolean own =
        label(
                kind.key(),
                heading,
                Vocabulary.sectionHeading(kind, Language.KOREAN),
                Vocabulary.sectionHeading(kind, Language.ENGLISH))
            && !heading.equals(term.korean())
            && !heading.equals(term.english());
    vote(term, stripNumber(heading), l, own);
  }

  /** A recognised {@code ###} heading of the part at the path: wording kept, language counted. */
  public void subHeading(String path, Term term, String heading, Language l) {
    boolean own = label(path, heading, term.korean(), term.english());
    vote(term, stripNumber(heading), l, own);
  }

  /**
   * A known column's header: its wording kept, its language counted (the writer words the columns
   * it has no label for, so a plan written in English from a Korean one tells by them).
   */
  public void columnHeader(String section, String key, String header) {
    Term term = ColumnVocabulary.COLUMNS.get(key);
    boolean own = label(section + ".columns." + key, header, term.korean(), term.english());
    // A qualified header (월 비용 (USD)) does not match the term itself and says nothing.
    term.match(header).ifPresent(l -> vote(term, header, l, own));
  }

  private void vote(Term term, String written, Language l, boolean label) {
    if (!label) {
      vote(term, written, l);
    } else if (!Vocabulary.isNeutral(term, written)) {
      if (l == Language.KOREAN) {
        koreanLabelVotes++;
      } else {
        englishLabelVotes++;
      }
    }
  }

  // ---------------------------------------------------------------- headings

  /** The inline source of a heading, without the {@code #}s and the closing sequence. */
  public String headingText(Heading h) {
    // Asked of each heading several times (its section, its parts, the items), so kept per read.
    return headingTexts.computeIfAbsent(h, src::headingText);
  }

  /** A heading without its leading number ({@code 3.}, {@code 2.1}, {@code 4)}). */
  public static String stripNumber(String heading) {
    return HeadingNumber.strip(heading);
  }

  /** Whether the text is a spelling of the term, ignoring case, spacing and decoration. */
  public static boolean isTerm(Term term, String written) {
    return term.match(written).isPresent();
  }

  /** Whether the text is one line without surrounding whitespace. */
  public static boolean singleLine(String s) {
    return s.equals(s.strip()) && s.indexOf('\n') < 0;
  }

  // ---------------------------------------------------------------- lists

  /** The Markdown of each item of a list, without the marker, continuation lines dedented. */
  public List<String> items(ListBlock list) {
    // A part often asks twice (to check the order its items would be written in, then to read
    // them), so a list's items are sliced once per read.
    return listItems.computeIfAbsent(list, l -> List.copyOf(src.items(l)));
  }

  /**
   * The items of an ordered list as steps, their positions recorded under the path; empty, with
   * nothing recorded, when an item is blank (a step needs text).
   */
  public Optional<List<Step>> steps(OrderedList list, String path) {
    List<String> items = items(list);
    if (items.stream().anyMatch(String::isBlank)) {
      return Optional.empty();
    }
    itemPositions(list, path);
    List<Step> steps = new ArrayList<>();
    items.forEach(s -> steps.add(new Step(s)));
    return Optional.of(steps);
  }

  /** Records where each item of a list starts, as {@code path[i]}. */
  public void itemPositions(ListBlock list, String path) {
    int i = 0;
    for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
      positions.put(path + "[" + i++ + "]", Source.position(n));
    }
  }

  /**
   * The items of the first bullet list among the blocks, their positions recorded under the path;
   * the other blocks go to {@code rest}. Empty when there is no bullet list.
   */
  public List<String> bulletItems(List<Node> blocks, List<Node> rest, String path) {
    Optional<BulletList> list = take(blocks, BulletList.class, rest);
    list.ifPresent(l -> itemPositions(l, path));
    return list.map(this::items).orElse(List.of());
  }

  // ---------------------------------------------------------------- blocks

  /** The first block of the type among the blocks, removed from a copy returned as the rest. */
  public static <T extends Node> Optional<T> take(
      List<Node> blocks, Class<T> type, List<Node> rest) {
    T found = null;
    for (Node n : blocks) {
      if (found == null && type.isInstance(n)) {
        found = type.cast(n);
      } else {
        rest.add(n);
      }
    }
    return Optional.ofNullable(found);
  }

  /** The blocks before the first one of the type (all of them when there is none). */
  public static List<Node> beforeFirst(List<Node> blocks, Class<? extends Node> type) {
    List<Node> before = new ArrayList<>();
    for (Node n : blocks) {
      if (type.isInstance(n)) {
        break;
      }
      before.add(n);
    }
    return before;
  }
}
