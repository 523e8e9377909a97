package dev.plandoc.model.check;

/**
 * The rules {@link PlanValidator} checks, each with a stable code, a severity and a one-line
 * description. Codes never change meaning; new rules get new codes. {@code PLAN-E…} codes are
 * errors, {@code PLAN-W…} warnings and {@code PLAN-I…} hints.
 *
 * <pre>{@code
 * for (Rule r : Rule.values()) {
 *   System.out.println(r.code() + "  " + r.severity() + "  " + r.description());
 * }
 * Rule.byCode("PLAN-W002");   // Optional[UNFILLED_PLACEHOLDER]
 * }</pre>
 */
public enum Rule {
  /** PLAN-E001: the metadata date is neither a placeholder nor a calendar date. */
  INVALID_DATE(
      "PLAN-E001",
      Severity.ERROR,
      "The metadata date (작성일) is not a valid calendar date such as 2026-03-09."),
  /** PLAN-E002: an endpoint's HTTP method is not one of RFC 9110's methods. */
  INVALID_HTTP_METHOD(
      "PLAN-E002",
      Severity.ERROR,
      "An endpoint's HTTP method is not a known method (GET, POST, PUT, PATCH, DELETE, …)."),
  /** PLAN-E003: a response or error-class status code is not 100–599. */
  INVALID_STATUS_CODE(
      "PLAN-E003",
      Severity.ERROR,
      "A response or error-class status code is not an HTTP status code from 100 to 599 (or a"
          + " class such as 4xx)."),
  /** PLAN-E004: two endpoints share a method and a path. */
  DUPLICATE_ENDPOINT(
      "PLAN-E004", Severity.ERROR, "Two endpoints have the same HTTP method and request path."),
  /** PLAN-E005: the integration-testing coverage target is below 0% or above 100%. */
  COVERAGE_OUT_OF_RANGE(
      "PLAN-E005",
      Severity.ERROR,
      "The integration-testing coverage target (목표 커버리지) is outside 0% to 100%."),
  /** PLAN-E006: the cost total differs from the sum of the cost rows. */
  COST_TOTAL_MISMATCH(
      "PLAN-E006",
      Severity.ERROR,
      "The cost total (총계) is an exact amount that differs from the sum of the cost rows."),
  /** PLAN-E007: an index names a column its table's {@code CREATE TABLE} does not have. */
  INDEX_ON_UNKNOWN_COLUMN(
      "PLAN-E007",
      Severity.ERROR,
      "An index of a table names a column that the table's CREATE TABLE does not define."),

  /** PLAN-W001: a section of the template (or the metadata) is missing. */
  MISSING_SECTION(
      "PLAN-W001", Severity.WARNING, "The metadata or one of the 15 template sections is missing."),
  /** PLAN-W002: a placeholder is still unfilled. */
  UNFILLED_PLACEHOLDER(
      "PLAN-W002",
      Severity.WARNING,
      "A placeholder ({…}, ${…} or an alternative such as High | Medium | Low) is unfilled."),
  /** PLAN-W003: the plan has no title. */
  MISSING_TITLE("PLAN-W003", Severity.WARNING, "The plan has no title (# PLAN: …)."),
  /** PLAN-W004: a risk's probability or impact is not High, Medium or Low. */
  UNKNOWN_RISK_LEVEL(
      "PLAN-W004",
      Severity.WARNING,
      "A risk's probability or impact is not High, Medium or Low (높음, 중간, 낮음)."),
  /** PLAN-W005: a table of the template has no rows although its section is present. */
  EMPTY_TABLE(
      "PLAN-W005",
      Severity.WARNING,
      "A template table (selected technologies, error classes, costs, milestones) has no rows, and its section keeps nothing else."),
  /** PLAN-W006: an endpoint has no HTTP method or no request path. */
  INCOMPLETE_ENDPOINT(
      "PLAN-W006", Severity.WARNING, "An endpoint has no HTTP method or no request path."),
  /** PLAN-W007: a foreign key references a table the plan does not define. */
  FOREIGN_KEY_TO_UNKNOWN_TABLE(
      "PLAN-W007",
      Severity.WARNING,
      "A foreign key references a table that the plan neither defines nor alters."),

  /** PLAN-I001: a risk has no mitigation. */
  RISK_WITHOUT_MITIGATION("PLAN-I001", Severity.INFO, "A risk has no mitigation (완화 방안)."),
  /** PLAN-I002: a risk has no probability or no impact. */
  RISK_WITHOUT_LEVEL(
      "PLAN-I002", Severity.INFO, "A risk has no probability (확률) or no impact (영향)."),
  /** PLAN-I003: a typed value is prose that does not parse. */
  UNPARSED_VALUE(
      "PLAN-I003",
      Severity.INFO,
      "A duration, amount of money, count, percentage or URL is written as text that does not"
          + " parse, so tools cannot use its value."),
  /** PLAN-I004: the cost table has rows but no total. */
  MISSING_COST_TOTAL("PLAN-I004", Severity.INFO, "The cost table has rows but no total row."),
  /** PLAN-I005: a list section has no entries. */
  EMPTY_SECTION(
      "PLAN-I005",
      Severity.INFO,
      "A section that lists entries (endpoints, tables, services, risks, next steps) has none."),
  /** PLAN-I006: the plan has a top-level section the template does not have. */
  EXTRA_SECTION("PLAN-I006", Severity.INFO, "The plan has a section the template does not have."),
  /** PLAN-I007: a table's CREATE TABLE could not be read, so it is kept as text only. */
  UNREADABLE_DDL(
      "PLAN-I007",
      Severity.INFO,
      "A table's CREATE TABLE is in a dialect or form the SQL parser cannot read, so its columns"
          + " are not typed (the DDL is kept as written).");

  private final String code;
  private final Severity severity;
  private final String description;

  Rule(String code, Severity severity, String description) {
    this.code = code;
    this.severity = severity;
    this.description = description;
  }

  /** The stable code, e.g. {@code PLAN-E001}. */
  public String code() {
    return code;
  }

  /** The severity of the diagnostics this rule reports. */
  public Severity severity() {
    return severity;
  }

  /** What the rule checks, in one line. */
  public String description() {
    return description;
  }

  /**
   * A diagnostic of this rule, without a position.
   *
   * @param path the model path concerned
   * @param message what is wrong
   * @return the diagnostic
   */
  public Diagnostic at(String path, String message) {
    return Diagnostic.of(severity, code, path, message);
  }

  /**
   * Looks a rule up by its code.
   *
   * @param code a code such as {@code PLAN-W002}
   * @return the rule, or empty
   */
  public static java.util.Optional<Rule> byCode(String code) {
    for (Rule r : values()) {
      if (r.code.equals(code)) {
        return java.util.Optional.of(r);
      }
    }
    return java.util.Optional.empty();
  }
}
