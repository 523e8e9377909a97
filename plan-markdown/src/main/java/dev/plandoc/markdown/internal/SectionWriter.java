package dev.plandoc.markdown.internal;

import dev.plandoc.model.Language;
import dev.plandoc.model.RawMarkdown;
import dev.plandoc.model.RawMarkdownView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Builds one section, or one item of a section: blocks in order, each followed by the raw content
 * the reader anchored after it; raw content whose anchor is gone comes last.
 */
public final class SectionWriter {
  private final Language lang;
  private final WriteContext ctx;
  private final List<String> out = new ArrayList<>();
  private final Map<String, String> raw = new LinkedHashMap<>();

  /** A writer of an item with the raw content kept in it, in a language. */
  public SectionWriter(List<RawMarkdown> extras, Language lang) {
    this(extras, new WriteContext(lang, ""));
  }

  /**
   * A writer of a section with the raw content kept in it, its sub-headings as the plan has them.
   */
  public SectionWriter(List<RawMarkdown> extras, WriteContext ctx) {
    this.lang = ctx.language();
    this.ctx = ctx;
    extras.forEach(r -> raw.put(r.anchor(), r.markdown()));
    add(raw.remove(""));
  }

  /** A block, unless it is empty. */
  public void add(@Nullable String block) {
    if (block != null && !block.isEmpty()) {
      out.add(block);
    }
  }

  /** A sub-section: written when it has content or raw content anchored to it. */
  public void part(String anchor, Term heading, String content) {
    part(anchor, heading, content, false);
  }

  /** An optional sub-section: written whenever present, even empty. */
  public void optionalPart(String anchor, Term heading, Optional<String> content) {
    part(anchor, heading, content.orElse(""), content.isPresent());
  }

  private void part(String anchor, Term heading, String content, boolean always) {
    String after = raw.remove(anchor);
    // A heading the author worded is theirs: it is written even when its part is empty, as the
    // reader kept it (otherwise the label would be dropped by a second read).
    if (content.isEmpty() && after == null && !always && !ctx.hasLabel(anchor)) {
      return;
    }
    String words = ctx.subHeading(anchor, heading);
    if (words.isEmpty()) {
      // The author wrote the part without a heading, right under the section's: so is it written.
      add(content);
      add(after);
      return;
    }
    StringBuilder sb = new StringBuilder("### ").append(words);
    if (!content.isEmpty()) {
      sb.append('\n').append(content);
    }
    if (after != null) {
      sb.append(content.isEmpty() ? "\n" : "\n\n").append(after);
    }
    out.add(sb.toString());
  }

  /** Content right under the section heading, followed by its anchored raw content. */
  public void lead(String anchor, String content) {
    add(content);
    add(raw.remove(anchor));
  }

  /**
   * One item of a section written as a {@code ###} sub-section.
   *
   * @param name the name after the item's label; may be empty
   * @param extras the raw content kept in the item
   * @param mainAnchor the anchor of the raw content after the main block
   * @param main the main block: an endpoint's code block, a service's fields; may be empty
   */
  public record Item(String name, List<RawMarkdown> extras, String mainAnchor, String main) {}

  /**
   * Items as sub-sections headed {@code ### Endpoint 1: name} (or {@code ### 테이블: name} when not
   * numbered), the word as the author wrote it where the plan keeps that (the label at {@code
   * key}), each followed by the raw content anchored at {@code key/i}.
   */
  public <E> void items(
      String key, Term term, boolean numbered, List<E> items, Function<E, Item> item) {
    String word = Inline.escapeHeading(ctx.words(key, term));
    // Views are written as the Markdown they were read from, which is kept in the extras; the
    // anchors after items count only the items of their own.
    List<E> own =
        items.stream().filter(e -> !(e instanceof RawMarkdownView v && v.isView())).toList();
    for (int i = 0; i < own.size(); i++) {
      Item it = item.apply(own.get(i));
      String label = numbered ? word + " " + (i + 1) + ":" : word + ":";
      String heading =
          "### " + (it.name().isEmpty() ? label : label + " " + Inline.escapeHeading(it.name()));
      SectionWriter b = new SectionWriter(it.extras(), lang);
      b.lead(it.mainAnchor(), it.main());
      lead(key + "/" + i, b.finish(heading, false));
    }
  }

  /** The section: the heading, then the blocks, one blank line apart. */
  public String finish(String heading, boolean blankAfterHeading) {
    raw.values().forEach(this::add);
    if (out.isEmpty()) {
      return heading;
    }
    return heading + (blankAfterHeading ? "\n\n" : "\n") + String.join("\n\n", out);
  }
}
