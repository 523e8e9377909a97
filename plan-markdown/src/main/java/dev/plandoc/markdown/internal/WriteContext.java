package dev.plandoc.markdown.internal;

import dev.plandoc.model.Language;
import java.util.Map;

/**
 * What a section writer needs besides the section: the language of the labels, the section's own
 * {@code ##} heading line, and the author's wording of the template's labels ({@link
 * dev.plandoc.model.Plan#labels()}), which is written instead of the template's wherever the plan
 * has it. When the writer was asked for a language ({@code --lang}), a label that is the template's
 * own wording in either language, with the author's number or none, is written in that language:
 * the writer translates the template's vocabulary and nothing else.
 *
 * @param language the language headings and labels are written in
 * @param heading the section's heading line, {@code ## 3. API 설계}
 * @param section the section's key, the first step of its labels' paths
 * @param labels the plan's labels by path
 * @param translate whether labels in the template's words are written in {@code language}
 */
public record WriteContext(
    Language language,
    String heading,
    String section,
    Map<String, String> labels,
    boolean translate) {

  /** A context without labels, for writing a section on its own. */
  public WriteContext(Language language, String heading) {
    this(language, heading, "", Map.of(), false);
  }

  /** Whether the plan has the author's wording of the label at a path inside the section. */
  public boolean hasLabel(String part) {
    return labels.containsKey(section + "." + part);
  }

  /**
   * The words at a path inside the section: the author's label, translated when it is the
   * template's and the writer translates, or else the template's term in the language.
   */
  public String words(String part, Term term) {
    String label = labels.get(section + "." + part);
    if (label == null || label.isEmpty()) {
      return term.in(language);
    }
    return translate ? Vocabulary.translated(label, term, language) : label;
  }

  /**
   * The heading text of the section's sub-section at the anchor, escaped where it is a label; empty
   * when the author wrote the part without a heading.
   */
  public String subHeading(String anchor, Term term) {
    String label = labels.get(section + "." + anchor);
    if (label == null) {
      return term.in(language);
    }
    return label.isEmpty() ? "" : Inline.escapeHeading(words(anchor, term));
  }

  /** The header of a known column of the section's table (unescaped, as table cells are). */
  public String column(String key) {
    return words("columns." + key, ColumnVocabulary.COLUMNS.get(key));
  }

  /**
   * The key of a {@code key: value} field of the part at the anchor ({@code ""} for the section's
   * own fields and its items' fields), as the author spelled it.
   */
  public String key(String anchor, Term field) {
    String keys = anchor.isEmpty() ? "keys." : anchor + ".keys.";
    return words(keys + KeyedBullets.fieldName(field), field);
  }
}
