/**
 * Shapes of the parts of a plan that agents write outside the template's layout — an endpoint as a
 * table row or a {@code #### POST /x} heading, several {@code CREATE TABLE}s in one block, a Prisma
 * model, a checklist — read out of Markdown the reader keeps verbatim, as typed views over it (see
 * {@link dev.plandoc.model.RawMarkdownView}). Each class reads the shapes of one kind of item; none
 * of them changes the Markdown. Not exported; may change without notice.
 */
@NullMarked
package dev.plandoc.markdown.internal.shape;

import org.jspecify.annotations.NullMarked;
