/**
 * Implementation of JSON Pointer (RFC 6901) and JSON Patch (RFC 6902) over a plan's JSON form:
 * pointer syntax ({@link dev.plandoc.json.internal.patch.Pointers}), the patch document ({@link
 * dev.plandoc.json.internal.patch.PatchReader}), and the operations on a Jackson tree ({@link
 * dev.plandoc.json.internal.patch.TreeEditor}), which fail with an {@link
 * dev.plandoc.json.internal.patch.EditException} that the API turns into its public exception.
 */
@NullMarked
package dev.plandoc.json.internal.patch;

import org.jspecify.annotations.NullMarked;
