/**
 * One codec per section of the template, each holding how its section is read from the published
 * shape and written to it, with the section's own parts (endpoints, tables, risks, ...). The codecs
 * share the machinery of {@link dev.plandoc.json.internal.mapping}, so that every section follows
 * the same rules for unknown properties, defaults, typed values and positions; the plan level
 * reaches them through {@link dev.plandoc.json.internal.section.SectionCodecs}, in template order.
 * A new shape for one section touches one file here.
 */
@NullMarked
package dev.plandoc.json.internal.section;

import org.jspecify.annotations.NullMarked;
