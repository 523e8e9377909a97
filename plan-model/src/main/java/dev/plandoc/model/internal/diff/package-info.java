/**
 * The machinery of {@link dev.plandoc.model.diff.PlanDiff}: the walk over the model, what is
 * layout, identities of list items, the alignment of lists. Not exported; may change without
 * notice.
 */
@NullMarked
package dev.plandoc.model.internal.diff;

import org.jspecify.annotations.NullMarked;
