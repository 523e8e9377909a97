package dev.plandoc.cli;

import dev.plandoc.model.CostEstimate;
import dev.plandoc.model.Milestone;
import dev.plandoc.model.Milestones;
import dev.plandoc.model.Plan;
import dev.plandoc.model.SectionKind;
import dev.plandoc.model.diff.ChangeKind;
import dev.plandoc.model.diff.PlanChange;
import dev.plandoc.model.value.MoneyText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code plan diff --format markdown}: a summary to post on a pull request. A heading with the
 * counts, one sub-heading per section with what was added, removed, changed, moved and restated in
 * it, and the plan's totals before and after: the cost estimate's total row and the sum of its
 * rows, and the sum of the milestones' estimates.
 *
 * <pre>{@code
 * ## Plan changes: 1 added, 1 changed
 *
 * ### 14. Risks and Mitigations
 *
 * - Added risk `Rate limits`
 * - Changed `/risks/risks/0/impact` in risk Receipt fraud: `High` → `Low`
 * }</pre>
 */
final class DiffSummary {
  private static final Map<SectionKind, String> HEADINGS = headings();

  private final DiffReport report;

  DiffSummary(DiffReport report) {
    this.report = report;
  }

  String markdown() {
    StringBuilder out = new StringBuilder("## Plan changes: ");
    List<String> counts = new ArrayList<>();
    for (ChangeKind k : ChangeKind.values()) {
      long n = report.diff().count(k);
      if (n > 0) {
        counts.add(n + " " + (k == ChangeKind.TEXT ? "restated" : DiffReport.kind(k)));
      }
    }
    out.append(counts.isEmpty() ? "none" : String.join(", ", counts)).append("\n\n");
    out.append(code(report.oldName())).append(" → ").append(code(report.newName())).append('\n');
    Map<String, List<PlanChange>> groups = new LinkedHashMap<>();
    for (PlanChange c : report.diff().changes()) {
      groups.computeIfAbsent(group(c), g -> new ArrayList<>()).add(c);
    }
    groups.forEach(
        (heading, changes) -> {
          out.append("\n### ").append(heading).append("\n\n");
          changes.forEach(c -> out.append("- ").append(bullet(c)).append('\n'));
        });
    totals(out);
    return out.toString();
  }

  /** The heading a change is listed under: its section's, or one for the plan's own values. */
  private static String group(PlanChange c) {
    if (c.section().isPresent()) {
      return HEADINGS.get(c.section().get());
    }
    return c.pointer().startsWith("/extraSections") ? "Other sections" : "Title and preamble";
  }

  private static String bullet(PlanChange c) {
    String where = code(c.pointer());
    String in = c.item().isPresent() && !DiffReport.namesItself(c) ? " in " + c.item().get() : "";
    return switch (c.kind()) {
      case ADDED -> "Added " + subject(c.describeNew(), c) + " at " + where + in;
      case REMOVED -> "Removed " + subject(c.describeOld(), c) + " from " + where + in;
      case MOVED ->
          "Moved "
              + subject(c.describeNew(), c)
              + " from "
              + code(c.oldPointer().orElseThrow())
              + " to "
              + where;
      case CHANGED ->
          "Changed " + where + in + ": " + code(c.describeOld()) + " → " + code(c.describeNew());
      case TEXT ->
          "Restated "
              + where
              + in
              + ": "
              + code(c.describeOld())
              + " → "
              + code(c.describeNew())
              + " (the same value)";
    };
  }

  /** An item named by kind and identity ({@code endpoint POST /x}), else the value in code. */
  private static String subject(String described, PlanChange c) {
    return DiffReport.namesItself(c) ? described : code(described);
  }

  /** The totals table, when either plan has costs or milestones. */
  private void totals(StringBuilder out) {
    Plan before = report.before();
    Plan after = report.after();
    if (before.costEstimate().isEmpty()
        && after.costEstimate().isEmpty()
        && before.milestones().isEmpty()
        && after.milestones().isEmpty()) {
      return;
    }
    out.append("\n### Totals\n\n| | before | after |\n|---|---:|---:|\n");
    row(out, "Monthly cost (total row)", totalRow(before), totalRow(after));
    row(out, "Monthly cost (sum of rows)", sumOfRows(before), sumOfRows(after));
    row(out, "Milestone estimates (sum)", estimates(before), estimates(after));
  }

  private static void row(StringBuilder out, String what, String before, String after) {
    out.append("| ")
        .append(what)
        .append(" | ")
        .append(before)
        .append(" | ")
        .append(after)
        .append(before.equals(after) ? "" : " (changed)")
        .append(" |\n");
  }

  private static String totalRow(Plan plan) {
    return plan.costEstimate()
        .flatMap(CostEstimate::total)
        .map(t -> cell(t.amount().text()))
        .orElse("—");
  }

  private static String sumOfRows(Plan plan) {
    Optional<CostEstimate> cost = plan.costEstimate();
    if (cost.isEmpty() || cost.get().items().isEmpty()) {
      return "—";
    }
    return cost.get()
        .sumOfItems()
        .map(m -> MoneyText.of(m).text())
        .orElse("— (a row without an amount, or mixed currencies)");
  }

  /** The sum of the estimates that parse, in days, with how many did not. */
  static String estimates(Plan plan) {
    List<Milestone> milestones = plan.milestones().map(Milestones::milestones).orElse(List.of());
    if (milestones.isEmpty()) {
      return "—";
    }
    Duration sum = Duration.ZERO;
    int unknown = 0;
    for (Milestone m : milestones) {
      Optional<Duration> d = m.estimate().value();
      if (d.isPresent()) {
        sum = sum.plus(d.get());
      } else {
        unknown++;
      }
    }
    BigDecimal days =
        BigDecimal.valueOf(sum.getSeconds())
            .divide(BigDecimal.valueOf(86_400), 2, RoundingMode.HALF_UP)
            .stripTrailingZeros();
    String text = days.toPlainString() + (days.compareTo(BigDecimal.ONE) == 0 ? " day" : " days");
    return unknown == 0 ? text : text + " (" + unknown + " not counted: no duration)";
  }

  /** Text in a table cell: a pipe escaped. */
  private static String cell(String s) {
    return s.replace("|", "\\|");
  }

  /** Text as a code span, fenced with more backticks than it holds in a row. */
  static String code(String s) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      run = s.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    String pad = s.startsWith("`") || s.endsWith("`") ? " " : "";
    return fence + pad + s + pad + fence;
  }

  private static Map<SectionKind, String> headings() {
    Map<SectionKind, String> m = new LinkedHashMap<>();
    String[] names = {
      "Metadata",
      "Technology Stack",
      "Architecture",
      "API Design",
      "Database Schema",
      "External Services",
      "Security",
      "Performance",
      "Error Handling",
      "Monitoring and Logging",
      "Testing Strategy",
      "Deployment",
      "Cost Estimate",
      "Milestones",
      "Risks and Mitigations",
      "Next Steps"
    };
    for (SectionKind k : SectionKind.values()) {
      m.put(k, k.number() == 0 ? names[0] : k.number() + ". " + names[k.ordinal()]);
    }
    return Map.copyOf(m);
  }
}
