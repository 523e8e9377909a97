/** Implementation details of the model. Not exported; may change without notice. */
@NullMarked
package dev.plandoc.model.internal;

import org.jspecify.annotations.NullMarked;
