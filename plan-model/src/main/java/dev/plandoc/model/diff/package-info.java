/**
 * What changed between two plans: {@link dev.plandoc.model.diff.PlanDiff}, a list of {@link
 * dev.plandoc.model.diff.PlanChange}s, each at a JSON Pointer into the plan's JSON form.
 *
 * <pre>{@code
 * PlanDiff diff = PlanDiff.between(before, after);
 * diff.changes().forEach(c -> System.out.println(c.kind() + " " + c.pointer()));
 * }</pre>
 */
@NullMarked
package dev.plandoc.model.diff;

import org.jspecify.annotations.NullMarked;
