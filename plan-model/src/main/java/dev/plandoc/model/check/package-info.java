/**
 * Checking plans: {@link dev.plandoc.model.check.Diagnostic}s with a severity, a stable code, the
 * path of the part concerned and, for plans read from text, the source position.
 */
@NullMarked
package dev.plandoc.model.check;

import org.jspecify.annotations.NullMarked;
