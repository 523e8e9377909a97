/**
 * The {@code plan} command: {@code convert}, {@code validate}, {@code new}, {@code fmt}, {@code
 * get}, {@code set} and {@code patch} over the formats {@link dev.plandoc.model.format.PlanFormats}
 * finds.
 *
 * <pre>{@code
 * int exit = new picocli.CommandLine(new PlanCommand()).execute("validate", "PLAN.md");
 * }</pre>
 */
@NullMarked
package dev.plandoc.cli;

import org.jspecify.annotations.NullMarked;
