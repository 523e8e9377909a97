/**
 * Faithful write-back: an edited plan written over the text it was read from, changing only the
 * lines the edit touches. Not exported.
 */
@NullMarked
package dev.plandoc.markdown.internal.edit;

import org.jspecify.annotations.NullMarked;
