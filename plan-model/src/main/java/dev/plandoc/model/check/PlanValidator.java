package dev.plandoc.model.check;

import dev.plandoc.model.Plan;
import dev.plandoc.model.ddl.DdlParser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a plan's content and reports what is wrong, incomplete or worth a second look as {@link
 * Diagnostic}s with stable codes. Validation never throws for content problems. A validator is
 * immutable and safe to share between threads.
 *
 * <p>The rules ({@link Rule}):
 *
 * <table class="striped">
 *   <caption>Validation rules</caption>
 *   <thead>
 *     <tr><th>Code</th><th>Severity</th><th>What it checks</th></tr>
 *   </thead>
 *   <tbody>
 *     <tr><td>PLAN-E001</td><td>ERROR</td><td>The metadata date is present, not a placeholder,
 *         and not a calendar date (2026-03-09, 2026/03/09, 2026.03.09).</td></tr>
 *     <tr><td>PLAN-E002</td><td>ERROR</td><td>An endpoint's HTTP method is written, not a
 *         placeholder, and not a method of RFC 9110/5789.</td></tr>
 *     <tr><td>PLAN-E003</td><td>ERROR</td><td>A response status or an error-class code is not a
 *         placeholder and not a code from 100 to 599 or a class such as 4xx; an error class
 *         without a code also counts.</td></tr>
 *     <tr><td>PLAN-E004</td><td>ERROR</td><td>Two endpoints have the same method and path (path
 *         parameter names and a trailing slash are ignored).</td></tr>
 *     <tr><td>PLAN-E005</td><td>ERROR</td><td>The integration-testing coverage target parses
 *         and is below 0% or above 100%.</td></tr>
 *     <tr><td>PLAN-E006</td><td>ERROR</td><td>The cost total is an exact amount, every row
 *         parses in one currency, and the total differs from their sum.</td></tr>
 *     <tr><td>PLAN-E007</td><td>ERROR</td><td>An index of a typed table (a {@code CREATE INDEX}
 *         anywhere in the schema section, or one inside the {@code CREATE TABLE}) names a column
 *         the table does not have; keys that are expressions are not checked.</td></tr>
 *     <tr><td>PLAN-W001</td><td>WARNING</td><td>The metadata or one of the 15 sections is
 *         missing (one diagnostic per section).</td></tr>
 *     <tr><td>PLAN-W002</td><td>WARNING</td><td>An unfilled placeholder (one diagnostic per
 *         placeholder that {@link Placeholders} finds).</td></tr>
 *     <tr><td>PLAN-W003</td><td>WARNING</td><td>The plan has no title.</td></tr>
 *     <tr><td>PLAN-W004</td><td>WARNING</td><td>A risk's probability or impact is written, not a
 *         placeholder, and not High, Medium or Low (높음, 중간, 낮음).</td></tr>
 *     <tr><td>PLAN-W005</td><td>WARNING</td><td>The selected-technologies, error-class, cost or
 *         milestone table has no rows while its section is present and keeps nothing
 *         else.</td></tr>
 *     <tr><td>PLAN-W006</td><td>WARNING</td><td>An endpoint has no HTTP method or no request
 *         path.</td></tr>
 *     <tr><td>PLAN-W007</td><td>WARNING</td><td>A foreign key references a table that the plan
 *         does not define (as a table of the schema section or a {@code CREATE TABLE}) and does
 *         not alter ({@code ALTER TABLE} names a table that exists).</td></tr>
 *     <tr><td>PLAN-I001</td><td>INFO</td><td>A risk has no mitigation.</td></tr>
 *     <tr><td>PLAN-I002</td><td>INFO</td><td>A risk has no probability or no impact.</td></tr>
 *     <tr><td>PLAN-I003</td><td>INFO</td><td>A duration, amount, count, percentage or URL is
 *         written, not a placeholder, and does not parse.</td></tr>
 *     <tr><td>PLAN-I004</td><td>INFO</td><td>The cost table has rows but no total.</td></tr>
 *     <tr><td>PLAN-I005</td><td>INFO</td><td>The API design, database schema, external
 *         services, risks or next steps section is present but lists nothing.</td></tr>
 *     <tr><td>PLAN-I006</td><td>INFO</td><td>The plan has a top-level section the template does
 *         not have.</td></tr>
 *     <tr><td>PLAN-I007</td><td>INFO</td><td>A table has a {@code CREATE TABLE} the DDL parser
 *         cannot read (a dialect such as ClickHouse's, or a mistake); its columns stay
 *         untyped.</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>The DDL rules (PLAN-E007, PLAN-W007, PLAN-I007) need a {@link DdlParser}: the {@linkplain
 * DdlParser#installed() installed} one (the {@code plan-sql} module), or the one given to {@link
 * #withDdlParser(DdlParser)}. Without a parser they report nothing.
 *
 * <p>A value with a placeholder earns only PLAN-W002, never the rule for its type: {@code
 * {YYYY-MM-DD}} is unfilled, not an invalid date. Diagnostics come grouped by section in document
 * order (the title, the sections in template order, then the extra sections); within a section the
 * checks come first and the placeholders after them.
 *
 * <pre>{@code
 * PlanValidator validator = PlanValidator.create();
 * ReadResult read = reader.read(markdown);
 * for (Diagnostic d : validator.validate(read.plan(), read.sourceMap())) {
 *   System.err.println(d);   // 12:3: warning PLAN-W002 metadata.date: unfilled placeholder {YYYY-MM-DD}
 * }
 * PlanValidator quiet = validator.without(Rule.UNPARSED_VALUE, Rule.EXTRA_SECTION);
 * }</pre>
 */
public final class PlanValidator {
  private static final PlanValidator ALL =
      new PlanValidator(EnumSet.allOf(Rule.class), Optional.empty());

  private final Set<Rule> rules;

  /** The parser given; empty means the installed one, looked up when it is first needed. */
  private final Optional<DdlParser> ddlParser;

  private PlanValidator(Set<Rule> rules, Optional<DdlParser> ddlParser) {
    this.rules = Set.copyOf(rules);
    this.ddlParser = ddlParser;
  }

  /**
   * A validator that checks every rule.
   *
   * @return the validator
   */
  public static PlanValidator create() {
    return ALL;
  }

  /**
   * This validator without the given rules.
   *
   * @param skipped the rules not to check
   * @return a new validator
   */
  public PlanValidator without(Rule... skipped) {
    EnumSet<Rule> kept = EnumSet.allOf(Rule.class);
    kept.retainAll(rules);
    Arrays.asList(skipped).forEach(kept::remove);
    return new PlanValidator(kept, ddlParser);
  }

  /**
   * This validator with the DDL rules reading tables through {@code parser} instead of the
   * installed one.
   *
   * @param parser the DDL parser
   * @return a new validator
   */
  public PlanValidator withDdlParser(DdlParser parser) {
    return new PlanValidator(rules, Optional.of(Objects.requireNonNull(parser, "parser")));
  }

  /**
   * The rules this validator checks, in code order.
   *
   * @return the rules
   */
  public Set<Rule> rules() {
    EnumSet<Rule> copy = EnumSet.noneOf(Rule.class);
    copy.addAll(rules);
    return java.util.Collections.unmodifiableSet(copy);
  }

  /**
   * Validates a plan that was not read from text (no source positions).
   *
   * @param plan the plan
   * @return the diagnostics, grouped by section in document order
   */
  public List<Diagnostic> validate(Plan plan) {
    return validate(plan, SourceMap.empty());
  }

  /**
   * Validates a plan read from text; each diagnostic carries the position {@link
   * SourceMap#find(String)} gives for its path.
   *
   * @param plan the plan
   * @param sourceMap where the plan's parts came from
   * @return the diagnostics, grouped by section in document order
   */
  public List<Diagnostic> validate(Plan plan, SourceMap sourceMap) {
    Objects.requireNonNull(plan, "plan must not be null");
    Objects.requireNonNull(sourceMap, "sourceMap must not be null");
    if (rules.isEmpty()) {
      return List.of(); // nothing to check: the walk over the whole plan would find nothing
    }
    ValidationRun run =
        new ValidationRun(rules, ddlParser.isPresent() ? ddlParser : DdlParser.installed());
    run.check(plan);
    List<Diagnostic> out = new ArrayList<>();
    for (List<Diagnostic> bucket : run.buckets.values()) {
      for (Diagnostic d : bucket) {
        out.add(sourceMap.find(d.path()).map(d::at).orElse(d));
      }
    }
    return List.copyOf(out);
  }
}
