/**
 * OpenAPI 3.1 from a plan: {@link dev.plandoc.openapi.OpenApiWriter} writes the document of a
 * plan's API design, with the diagnostics of what it left out, and {@link
 * dev.plandoc.openapi.OpenApiPlanFormat} is the write-only {@code openapi} format that {@link
 * dev.plandoc.model.format.PlanFormats} and the {@code plan} command find.
 *
 * <pre>{@code
 * Plan plan = MarkdownPlanReader.builder().build().read(Path.of("PLAN.md")).plan();
 * OpenApiResult result = OpenApiWriter.builder().build().write(plan);
 * }</pre>
 */
@NullMarked
package dev.plandoc.openapi;

import org.jspecify.annotations.NullMarked;
