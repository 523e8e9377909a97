/**
 * The typed, immutable model of a PLAN document: the {@link dev.plandoc.model.Plan} and one record
 * for each of its fifteen sections and their parts.
 *
 * <p>Every record is immutable, rejects {@code null}, copies the collections it is given, and has a
 * generated builder named after it ({@code PlanBuilder}, {@code EndpointSpecBuilder}, …). Text
 * values hold the author's inline Markdown exactly as written (for example {@code **Spring
 * Boot**}); typed views live in {@link dev.plandoc.model.value}.
 *
 * <p><b>Nothing is lost.</b> Content a reader did not recognise is kept as {@link
 * dev.plandoc.model.RawMarkdown} attached to the section where it was found, with an <i>anchor</i>
 * that names the part it followed: {@code ""} for the start of the section, a part name such as
 * {@code "selected"}, or a part name with an index such as {@code "endpoints/1"} for the content
 * after the second endpoint. Unrecognised list items ({@code extraItems}) and table columns ({@code
 * columns} plus each row's {@code extraCells}) are kept on the part they belong to.
 *
 * <pre>{@code
 * Plan plan = Plan.builder()
 *     .title("OCR 영수증 인증")
 *     .metadata(new MetadataBuilder().date(new DateText("2026-03-09")).build())
 *     .build();
 * }</pre>
 */
// Builders carry no classpath annotations (such as Immutables' @Generated): the Immutables jar is a
// compile-only dependency, so modules that use the builders must not need it to compile.
@Value.Style(allowedClasspathAnnotations = {Override.class})
@NullMarked
package dev.plandoc.model;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
