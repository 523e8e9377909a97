/**
 * The {@code plan} command: {@code convert}, {@code validate}, {@code new} and {@code fmt} over the
 * formats {@link dev.plandoc.model.format.PlanFormats} finds.
 *
 * <pre>{@code
 * int exit = new picocli.CommandLine(new PlanCommand()).execute("validate", "PLAN.md");
 * }</pre>
 */
@NullMarked
package dev.plandoc.cli;

import org.jspecify.annotations.NullMarked;
