/**
 * Implementation of the JSON and YAML formats: the mappers and the reading of a document into its
 * located tree ({@link dev.plandoc.json.internal.Jackson}, {@link
 * dev.plandoc.json.internal.TreeReader}), and the plan level of the mapping ({@link
 * dev.plandoc.json.internal.PlanDecoder}, {@link dev.plandoc.json.internal.PlanEncoder}), which
 * leaves each section to its codec in {@link dev.plandoc.json.internal.section} and shares the
 * machinery of {@link dev.plandoc.json.internal.mapping}.
 */
@NullMarked
package dev.plandoc.json.internal;

import org.jspecify.annotations.NullMarked;
