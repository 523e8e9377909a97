/**
 * The format SPI: a {@link dev.plandoc.model.format.PlanFormat} pairs a reader and a writer for one
 * file format; {@link dev.plandoc.model.format.PlanFormats} finds the formats on the class path or
 * module path with {@link java.util.ServiceLoader}.
 *
 * <pre>{@code
 * PlanFormats formats = PlanFormats.load();
 * ReadResult read = formats.forPath(Path.of("plan.md")).reader().read(Path.of("plan.md"));
 * formats.require("yaml").writer().write(read.plan(), System.out);
 * }</pre>
 */
@NullMarked
package dev.plandoc.model.format;

import org.jspecify.annotations.NullMarked;
