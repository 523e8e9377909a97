package dev.plandoc.markdown.internal;

import dev.plandoc.model.Language;

/**
 * What a section writer needs besides the section: the language of the labels and the section's own
 * {@code ##} heading line, which the document writer numbers.
 *
 * @param language the language headings and labels are written in
 * @param heading the section's heading line, {@code ## 3. API 설계}
 */
public record WriteContext(Language language, String heading) {}
