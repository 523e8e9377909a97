/**
 * The Markdown of each section of a plan, one class per section: the shapes its body is read from
 * (sub-sections, tables, keyed bullets, code blocks, as the template and the drift real plans show)
 * and how it is written back in the template's layout. Each class implements {@link
 * dev.plandoc.markdown.internal.SectionSyntax} on the shared machinery of the parent package;
 * {@link dev.plandoc.markdown.internal.section.Sections} hands them to the document reader and
 * writer. A new shape for one section touches one class. Not exported; may change without notice.
 */
@NullMarked
package dev.plandoc.markdown.internal.section;

import org.jspecify.annotations.NullMarked;
