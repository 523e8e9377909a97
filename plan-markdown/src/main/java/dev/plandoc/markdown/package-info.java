/**
 * The Markdown format: {@link dev.plandoc.markdown.MarkdownPlanReader} maps the template's
 * structure onto the model in Korean, English or a mix, keeping whatever it does not recognise;
 * {@link dev.plandoc.markdown.MarkdownPlanWriter} writes canonical Markdown in the template's
 * layout.
 *
 * <pre>{@code
 * MarkdownPlanReader reader = MarkdownPlanReader.builder().build();
 * ReadResult read = reader.read(Path.of("PLAN.md"));
 * String english = MarkdownPlanWriter.builder().language(Language.ENGLISH).build().write(read.plan());
 * }</pre>
 */
@NullMarked
package dev.plandoc.markdown;

import org.jspecify.annotations.NullMarked;
