package dev.plandoc.markdown.internal;

import dev.plandoc.markdown.internal.Vocabulary.Term;
import dev.plandoc.model.Language;
import java.util.Map;

/**
 * What a section writer needs besides the section: the language of the labels, the section's own
 * {@code ##} heading line, which the document writer numbers, and the author's wording of the
 * template's labels ({@link dev.plandoc.model.Plan#labels()}), which is written instead of the
 * template's wherever the plan has it.
 *
 * @param language the language headings and labels are written in
 * @param heading the section's heading line, {@code ## 3. API 설계}
 * @param section the section's key, the first step of its labels' paths
 * @param labels the plan's labels by path
 */
public record WriteContext(
    Language language, String heading, String section, Map<String, String> labels) {

  /** A context without labels, for writing a section on its own. */
  public WriteContext(Language language, String heading) {
    this(language, heading, "", Map.of());
  }

  /** Whether the plan has the author's wording of the label at a path inside the section. */
  public boolean hasLabel(String part) {
    return labels.containsKey(section + "." + part);
  }

  /** The label at a path inside the section as the author wrote it, or the template's. */
  public String label(String part, String template) {
    return labels.getOrDefault(section + "." + part, template);
  }

  /** The heading text of the section's sub-section at the anchor, escaped where it is a label. */
  public String subHeading(String anchor, Term term) {
    String label = labels.get(section + "." + anchor);
    return label == null ? term.in(language) : Inline.escapeHeading(label);
  }

  /** The header of a known column of the section's table (unescaped, as table cells are). */
  public String column(String key) {
    return label("columns." + key, ColumnVocabulary.columnHeader(key, language));
  }
}
