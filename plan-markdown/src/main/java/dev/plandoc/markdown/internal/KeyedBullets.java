package dev.plandoc.markdown.internal;

import dev.plandoc.model.Language;
import dev.plandoc.model.RawMarkdown;
import dev.plandoc.model.check.SourcePosition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.BulletList;
import org.commonmark.node.Node;

/**
 * Bullet items of the form {@code key: value} (or {@code **key**: value}, {@code **key:** value}),
 * matched against a part's terms: the metadata, a service, a risk, the security, performance,
 * logging and testing parts. The first single-line item for each term is its value; every other
 * item is kept, in order, as an extra item.
 */
public final class KeyedBullets {
  private static final Pattern KEY_BOLD =
      Pattern.compile("^\\*\\*([^*]+?)\\*\\*\\s*[:：]\\s*(.*)$", Pattern.DOTALL);
  private static final Pattern KEY_BOLD_COLON_INSIDE =
      Pattern.compile("^\\*\\*([^*]+?)[:：]\\*\\*\\s*(.*)$", Pattern.DOTALL);
  private static final Pattern KEY_PLAIN =
      Pattern.compile("^([^:*`\\[\\]\\n]+?)\\s*[:：](?:\\s+(.*)|)$", Pattern.DOTALL);

  /** The key shapes of an item that does not start with bold: only the plain one can match. */
  private static final Pattern[] PLAIN = {KEY_PLAIN};

  private final Map<Term, String> values = new LinkedHashMap<>();
  private final List<String> extra = new ArrayList<>();

  /** A keyed item: the term it gives, the key as written, the value, and the key's language. */
  private record Keyed(Term term, String key, String value, Language language) {}

  private KeyedBullets() {}

  private KeyedBullets(
      ReadContext ctx,
      List<String> items,
      List<Term> terms,
      List<SourcePosition> at,
      String path,
      Map<String, Optional<Keyed>> matched) {
    for (int i = 0; i < items.size(); i++) {
      String item = items.get(i);
      Optional<Keyed> kv = matched.computeIfAbsent(item, x -> keyed(x, terms));
      kv.ifPresent(k -> ctx.vote(k.term(), k.key(), k.language()));
      if (kv.isPresent() && !values.containsKey(kv.get().term()) && item.indexOf('\n') < 0) {
        Term t = kv.get().term();
        values.put(t, kv.get().value());
        // The author's spelling of the key (작성자 in an English plan, 발생 가능성 for 확률).
        ctx.label(labelPath(path, t), kv.get().key(), t.korean(), t.english());
        if (i < at.size()) {
          ctx.position(path + "." + fieldName(t), at.get(i));
        }
      } else {
        extra.add(item);
      }
    }
  }

  /**
   * The label path of a field's key: {@code metadata.keys.author}, {@code
   * security.authentication.keys.method}; the items of a section share one spelling, so an item's
   * own path step is left out ({@code risks.risks[2]} gives {@code risks.keys.probability}).
   */
  public static String labelPath(String path, Term field) {
    int dot = path.lastIndexOf('.');
    String part = dot > 0 && path.indexOf('[', dot) > 0 ? path.substring(0, dot) : path;
    return part + ".keys." + fieldName(field);
  }

  /**
   * The keyed items of the first bullet list among the blocks; the other blocks go to {@code rest}.
   * Item positions are recorded under {@code path.items}, field positions under {@code path.field}.
   *
   * <p>The list is typed only when the writer gives its items back in place: the recognised items
   * first, in the order the writer writes them. Otherwise (an item before the keys, keys in another
   * order) the typed view would move the author's items, so the list stays in {@code rest}, kept
   * verbatim, and nothing is typed. The key's spelling is kept as a label ({@link #labelPath}); its
   * style ({@code **key**:}, {@code **key:**}, {@code key:}) is layout, which the writer
   * normalises.
   *
   * @param lead whether the part may have one item without a key before its fields (the security
   *     model before the roles), which the writer writes first
   */
  public static KeyedBullets read(
      ReadContext ctx,
      List<Node> blocks,
      List<Node> rest,
      List<Term> terms,
      String path,
      boolean lead) {
    Optional<BulletList> list =
        blocks.stream()
            .filter(BulletList.class::isInstance)
            .map(BulletList.class::cast)
            .findFirst();
    List<String> written = list.map(ctx::items).orElse(List.of());
    if (lead && !written.isEmpty() && !written.get(0).contains(":")) {
      written = written.subList(1, written.size());
    }
    // Each item is matched against the terms once, for the order check and for the fields.
    Map<String, Optional<Keyed>> matched = new HashMap<>();
    if (list.isPresent() && !writtenBack(written, terms, matched)) {
      rest.addAll(blocks);
      return new KeyedBullets();
    }
    List<SourcePosition> at = itemPositionsOf(blocks);
    List<String> items = ctx.bulletItems(blocks, rest, path + ".items");
    return new KeyedBullets(ctx, items, terms, at, path, matched);
  }

  /** Whether writing the items' typed view (fields, then the other items) keeps their order. */
  private static boolean writtenBack(
      List<String> items, List<Term> terms, Map<String, Optional<Keyed>> matched) {
    int lastTerm = -1;
    boolean fields = true;
    List<Term> seen = new ArrayList<>();
    for (String item : items) {
      Optional<Keyed> kv = matched.computeIfAbsent(item, x -> keyed(x, terms));
      boolean field = kv.isPresent() && !seen.contains(kv.get().term()) && item.indexOf('\n') < 0;
      if (!field) {
        fields = false;
        continue;
      }
      Term t = kv.get().term();
      seen.add(t);
      int order = terms.indexOf(t);
      if (!fields || order < lastTerm) {
        return false;
      }
      lastTerm = order;
    }
    return true;
  }

  /**
   * The metadata or an item sub-section (a service, a risk) of {@code key: value} bullets: the
   * fields go to {@code into}, and the item is built from its raw content. Content before the list
   * is kept at the item's start, content after it at {@code "fields"}; when the item has no list,
   * {@code into} is not called and all its content is kept at the start.
   */
  public static <T> T item(
      ReadContext ctx,
      List<Node> blocks,
      List<Term> terms,
      String path,
      Consumer<KeyedBullets> into,
      Function<List<RawMarkdown>, T> build) {
    RawCollector raw = ctx.raw();
    List<Node> before = ReadContext.beforeFirst(blocks, BulletList.class);
    raw.add("", before);
    if (before.size() < blocks.size()) {
      List<Node> rest = new ArrayList<>();
      KeyedBullets f =
          read(ctx, blocks.subList(before.size(), blocks.size()), rest, terms, path, false);
      raw.add("fields", rest);
      into.accept(f);
    }
    return build.apply(raw.build());
  }

  /** The value given for a term. */
  public Optional<String> get(Term t) {
    return Optional.ofNullable(values.get(t));
  }

  /** The items that gave no term's value, in order. */
  public List<String> extra() {
    return extra;
  }

  private static List<SourcePosition> itemPositionsOf(List<Node> blocks) {
    List<SourcePosition> at = new ArrayList<>();
    for (Node b : blocks) {
      if (b instanceof BulletList l) {
        for (Node n = l.getFirstChild(); n != null; n = n.getNext()) {
          at.add(Source.position(n));
        }
        break;
      }
    }
    return at;
  }

  /** The model's component name for a field term, for source-map and label paths. */
  static String fieldName(Term t) {
    return FIELD_NAMES.computeIfAbsent(t, KeyedBullets::componentName);
  }

  /**
   * The names, computed once per term: asked for every keyed item of a read. Only the vocabulary's
   * constant terms go in, so the map stays small.
   */
  private static final Map<Term, String> FIELD_NAMES =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static String componentName(Term t) {
    if (t == Vocabulary.REFRESH_TOKEN) {
      return "refreshTokenLifetime";
    } else if (t == Vocabulary.AGENT) {
      return "agents";
    } else if (t == Vocabulary.LEVEL) {
      return "levels";
    }
    String[] words = t.english().split("[^A-Za-z]+");
    StringBuilder sb = new StringBuilder(words[0].toLowerCase(Locale.ROOT));
    for (int i = 1; i < words.length; i++) {
      sb.append(words[i].substring(0, 1).toUpperCase(Locale.ROOT))
          .append(words[i].substring(1).toLowerCase(Locale.ROOT));
    }
    return sb.toString();
  }

  /** The term and value of a keyed item; its language is voted for unless {@code ctx} is null. */
  private static Optional<Keyed> keyed(String item, List<Term> terms) {
    if (item.indexOf(':') < 0 && item.indexOf('：') < 0) {
      return Optional.empty(); // every key shape has a colon; most items of a plan have none
    }
    Pattern[] shapes =
        item.startsWith("**") ? new Pattern[] {KEY_BOLD, KEY_BOLD_COLON_INSIDE, KEY_PLAIN} : PLAIN;
    for (Pattern p : shapes) {
      Matcher m = p.matcher(item);
      if (m.matches()) {
        String key = m.group(1).strip();
        String value = m.group(2) == null ? "" : m.group(2).strip();
        String normalized = Vocabulary.normalize(key);
        for (Term t : terms) {
          Optional<Language> l = t.matchNormalized(normalized);
          if (l.isPresent()) {
            return Optional.of(new Keyed(t, key, value, l.get()));
          }
        }
      }
    }
    return Optional.empty();
  }
}
