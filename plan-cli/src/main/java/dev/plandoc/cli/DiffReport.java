package dev.plandoc.cli;

import dev.plandoc.json.PlanPointer;
import dev.plandoc.model.Plan;
import dev.plandoc.model.diff.ChangeKind;
import dev.plandoc.model.diff.PlanChange;
import dev.plandoc.model.diff.PlanDiff;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code plan diff}'s text and JSON reports of one diff; {@link DiffSummary} writes the Markdown
 * one.
 *
 * <p>{@code --format json} writes one document, the values as {@code plan get} prints them (typed
 * values in their JSON form), {@code oldPointer} where the old value is in the old plan, and the
 * counts by kind:
 *
 * <pre>{@code
 * {"old": "PLAN.md", "new": "plan.yaml", "same": false,
 *  "summary": {"added": 1, "removed": 0, "changed": 1, "moved": 0, "text": 0},
 *  "changes": [
 *    {"kind": "added", "pointer": "/risks/risks/1", "section": "risks", "item": "risk Rate limits",
 *     "new": {"title": "Rate limits", ...}, "newText": "risk Rate limits"},
 *    {"kind": "changed", "pointer": "/costEstimate/items/0/monthlyCost",
 *     "oldPointer": "/costEstimate/items/0/monthlyCost", "section": "costEstimate",
 *     "item": "cost item OCR API", "old": {"amount": "120", "currency": "USD"}, "oldText": "$120",
 *     "new": {"amount": "150", "currency": "USD"}, "newText": "$150"}]}
 * }</pre>
 */
final class DiffReport {
  private final String oldName;
  private final String newName;
  private final Plan before;
  private final Plan after;
  private final PlanDiff diff;
  private @Nullable JsonNode beforeJson;
  private @Nullable JsonNode afterJson;

  DiffReport(String oldName, String newName, Plan before, Plan after, PlanDiff diff) {
    this.oldName = PlanIo.displayName(oldName);
    this.newName = PlanIo.displayName(newName);
    this.before = before;
    this.after = after;
    this.diff = diff;
  }

  String oldName() {
    return oldName;
  }

  String newName() {
    return newName;
  }

  Plan before() {
    return before;
  }

  Plan after() {
    return after;
  }

  PlanDiff diff() {
    return diff;
  }

  /** The kind as the reports write it: {@code added}, {@code text}. */
  static String kind(ChangeKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  /**
   * One line per change: {@code changed /risks/risks/0/impact (risk Receipt fraud): High → Low}.
   * The item a change is in is named when the values do not name it themselves.
   */
  String text() {
    StringBuilder out = new StringBuilder();
    for (PlanChange c : diff.changes()) {
      String line = c.line();
      if (c.item().isPresent() && !namesItself(c)) {
        int colon = line.indexOf(": ");
        line = line.substring(0, colon) + " (" + c.item().get() + ")" + line.substring(colon);
      }
      out.append(line).append('\n');
    }
    return out.toString();
  }

  /** Whether a change's values are the item itself, so that describing them names it. */
  static boolean namesItself(PlanChange c) {
    Object value = c.newValue().or(c::oldValue).orElseThrow();
    return value.getClass().isRecord() && !(value instanceof dev.plandoc.model.value.TypedText);
  }

  /** The old plan's JSON form, made once for all its values. */
  private JsonNode beforeJson() {
    if (beforeJson == null) {
      beforeJson = PlanPointer.root().get(before);
    }
    return beforeJson;
  }

  /** The new plan's JSON form. */
  private JsonNode afterJson() {
    if (afterJson == null) {
      afterJson = PlanPointer.root().get(after);
    }
    return afterJson;
  }

  /** The JSON document described in the class comment. */
  String json() {
    ObjectNode root = JsonReport.MAPPER.createObjectNode();
    root.put("old", oldName);
    root.put("new", newName);
    root.put("same", diff.isEmpty());
    ObjectNode summary = root.putObject("summary");
    for (ChangeKind k : ChangeKind.values()) {
      summary.put(kind(k), diff.count(k));
    }
    ArrayNode changes = root.putArray("changes");
    for (PlanChange c : diff.changes()) {
      ObjectNode n = changes.addObject();
      n.put("kind", kind(c.kind()));
      n.put("pointer", c.pointer());
      c.oldPointer().ifPresent(p -> n.put("oldPointer", p));
      n.put("section", c.pointer().substring(1).split("/", 2)[0]);
      c.item().ifPresent(i -> n.put("item", i));
      c.oldValue()
          .ifPresent(
              v -> {
                n.set("old", value(beforeJson(), c.oldPointer().orElseThrow(), v));
                n.put("oldText", c.describeOld());
              });
      c.newValue()
          .ifPresent(
              v -> {
                n.set("new", value(afterJson(), c.pointer(), v));
                n.put("newText", c.describeNew());
              });
    }
    return JsonReport.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
  }

  /**
   * A value as {@code plan get} prints it. The JSON form leaves out empty text, so a value that was
   * empty has no pointer there: it is written as the empty string.
   */
  private static JsonNode value(JsonNode plan, String pointer, Object model) {
    JsonNode found = plan.at(pointer);
    if (!found.isMissingNode()) {
      return found;
    }
    return model instanceof String s
        ? JsonReport.MAPPER.getNodeFactory().stringNode(s)
        : JsonReport.MAPPER.getNodeFactory().nullNode();
  }
}
