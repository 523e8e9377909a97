/**
 * JSON and YAML for PLAN documents: {@link dev.plandoc.json.JsonPlanFormat} and {@link
 * dev.plandoc.json.YamlPlanFormat}, found by {@link dev.plandoc.model.format.PlanFormats} through
 * {@link java.util.ServiceLoader}, and readers and writers built with immutable builders.
 *
 * <h2>The shape</h2>
 *
 * <p>A plan is one object. Property names are the model's record component names (English
 * camelCase) in the model's order: {@code schemaVersion} (always {@code 2} when written; {@code 1},
 * the shape without {@code sectionOrder}, is still read), {@code title}, {@code language} ({@code
 * "ko"} or {@code "en"}), {@code beforeTitle}, {@code afterTitle}, then the sections in template
 * order, then {@code extraSections}, {@code titleForm}, {@code enclosingFence}, {@code labels} and
 * {@code sectionOrder} (the document's order of its sections, by key, when it is not the
 * template's). Absent sections and values, empty lists and empty strings that default to empty are
 * left out. The JSON Schema (draft 2020-12) is the resource {@code
 * dev/plandoc/json/plan.schema.json} of this module; {@link
 * dev.plandoc.json.JsonPlanFormat#schema()} returns it.
 *
 * <p>A typed value (date, duration, HTTP method and status code, risk level, URL, percentage,
 * count, money) is written as its typed JSON value when the author's text is exactly the value's
 * canonical text: status codes and counts as integers, percentages as numbers, risk levels as
 * {@code "HIGH"}, {@code "MEDIUM"} or {@code "LOW"}, dates as ISO strings, durations as ISO-8601
 * strings ({@code "PT1H"}), methods as {@code "GET"}, URLs as strings, money as {@code {"amount":
 * "120", "currency": "USD"}} (the amount a decimal string; readers also accept a number). When the
 * text differs, the text is carried beside the value: {@code {"value": "PT1H", "text": "1시간"}}. A
 * text that does not parse is just the string ({@code "{YYYY-MM-DD}"}).
 *
 * <h2>Reading</h2>
 *
 * <p>Lenient readers (the default) report an unknown property as a WARNING diagnostic {@code
 * PLAN-J001} whose path is the property's JSON Pointer, and ignore it; a typed value whose {@code
 * value} contradicts its {@code text} is an ERROR diagnostic {@code PLAN-J002} and the text is
 * kept. Strict readers throw {@link dev.plandoc.model.format.PlanFormatException} for both.
 * Malformed documents, wrong types, missing required properties, values the model rejects and
 * documents over a {@link dev.plandoc.json.ReadLimits limit} always throw {@code
 * PlanFormatException} with the line and column and the JSON Pointer of the offending value. {@code
 * null} stands for an absent optional value. In YAML, a plain scalar ({@code 1}, {@code true}) is
 * its text wherever a string is expected.
 *
 * <pre>{@code
 * PlanReader reader = JsonPlanReader.builder().strict(true).build();
 * ReadResult result = reader.read(Path.of("plan.json"));
 * String yaml = YamlPlanWriter.builder().build().write(result.plan());
 * }</pre>
 *
 * <h2>Editing</h2>
 *
 * <p>The JSON form is also how a plan is edited without writing code against each record: {@link
 * dev.plandoc.json.PlanPointer} (RFC 6901) reads and sets one value, {@link
 * dev.plandoc.json.PlanPatch} (RFC 6902) applies a JSON Patch, and both give a new plan read back
 * through the decoder, strictly, or a {@link dev.plandoc.json.PlanPatchException} naming the path.
 * Written with {@code MarkdownPlanWriter.update}, the edit changes only what it touched in the
 * author's Markdown.
 *
 * <pre>{@code
 * Plan edited = PlanPointer.parse("/metadata/author").set(plan, "이서준");
 * edited = PlanPatch.parse("[{\"op\": \"remove\", \"path\": \"/risks/risks/0\"}]").apply(edited);
 * }</pre>
 */
@NullMarked
package dev.plandoc.json;

import org.jspecify.annotations.NullMarked;
