/**
 * The machinery every part of a plan is mapped with, in both directions: the located tree a
 * document is read into ({@link dev.plandoc.json.internal.mapping.Node}) and the objects being read
 * from it ({@link dev.plandoc.json.internal.mapping.Obj}); the state and property readers of one
 * read ({@link dev.plandoc.json.internal.mapping.DecodeContext}), the property writers ({@link
 * dev.plandoc.json.internal.mapping.JsonOut}) and the state of one write ({@link
 * dev.plandoc.json.internal.mapping.EncodeContext}); and how each kind of typed value is read and
 * written ({@link dev.plandoc.json.internal.mapping.TypedKind}). It depends on the model alone, so
 * that the section codecs and the plan level above it can both use it without a cycle.
 */
@NullMarked
package dev.plandoc.json.internal.mapping;

import org.jspecify.annotations.NullMarked;
