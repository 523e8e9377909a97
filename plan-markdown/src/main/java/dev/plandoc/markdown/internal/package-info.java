/** Implementation of the Markdown reader and writer. Not exported; may change without notice. */
@NullMarked
package dev.plandoc.markdown.internal;

import org.jspecify.annotations.NullMarked;
