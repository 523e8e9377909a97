/**
 * Implementation of the OpenAPI writer: {@link dev.plandoc.openapi.internal.DocumentBuilder} builds
 * the document tree from the plan, one operation per endpoint in {@link
 * dev.plandoc.openapi.internal.Operations}, with the path, the identifiers, the bodies, the
 * security scheme and the servers each in a class of its own; {@link
 * dev.plandoc.openapi.internal.Output} writes the tree. Not API.
 */
@NullMarked
package dev.plandoc.openapi.internal;

import org.jspecify.annotations.NullMarked;
