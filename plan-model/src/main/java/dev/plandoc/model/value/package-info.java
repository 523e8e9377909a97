/**
 * Typed views of the values the template implies a type for: dates, HTTP methods and status codes,
 * risk levels, URLs, percentages, durations, money and counts.
 *
 * <p>Every typed value keeps the author's text exactly as written ({@link
 * dev.plandoc.model.value.TypedText#text()}) so that a document round-trips byte for byte, and
 * offers the parsed value as an {@link java.util.Optional} that is empty when the text is a
 * placeholder or prose. Parsing never throws.
 *
 * <pre>{@code
 * DurationText ttl = new DurationText("1시간");
 * ttl.value();            // Optional[PT1H]
 * new MoneyText("$120").value().map(Money::amount);   // Optional[120]
 * new StatusCodeText("{코드}").isPlaceholder();         // true
 * }</pre>
 */
@NullMarked
package dev.plandoc.model.value;

import org.jspecify.annotations.NullMarked;
