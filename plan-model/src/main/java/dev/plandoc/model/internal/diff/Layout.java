package dev.plandoc.model.internal.diff;

import dev.plandoc.model.ExtraSection;
import dev.plandoc.model.Plan;
import dev.plandoc.model.RawMarkdown;
import java.util.Set;

/**
 * What a diff leaves out as layout: the record components that say how a plan is written rather
 * than what it says, and the parts of text that do not change what it says. {@link
 * dev.plandoc.model.diff.PlanDiff} documents the choice; this is its one place in code.
 *
 * <pre>{@code
 * Layout.isLayout(Plan.class, "labels");                      // true
 * Layout.text("a  \r\nb\r\n", Layout.Mode.PLAIN);              // "a\nb"
 * }</pre>
 */
public final class Layout {
  /** How a component's text is compared. */
  public enum Mode {
    /** Any text: line breaks, a BOM, trailing white space and blank edges are layout. */
    PLAIN,
    /** Markdown kept verbatim: also table padding and blank-line runs outside code fences. */
    MARKDOWN
  }

  /** Components of the plan itself that are how it is written (see PlanDiff's Javadoc). */
  private static final Set<String> PLAN_LAYOUT =
      Set.of("language", "labels", "titleForm", "enclosingFence", "sectionOrder");

  private Layout() {}

  /**
   * Whether a record's component is layout.
   *
   * @param record the record class
   * @param component the component's name
   * @return whether a diff leaves it out
   */
  public static boolean isLayout(Class<?> record, String component) {
    if (record == Plan.class) {
      return PLAN_LAYOUT.contains(component);
    }
    if (record == RawMarkdown.class || record == ExtraSection.class) {
      // Where kept Markdown or an extra section goes back: renumbered by every insertion.
      return component.equals("anchor");
    }
    // A view's anchor says where the item was read from; a table's column order is layout (each
    // row's cells are compared by column).
    return component.equals("viewOf") || component.equals("columns");
  }

  /**
   * Whether the order of a list component is layout: the extra sections, which stand where their
   * anchors and the order of the sections put them, both layout.
   *
   * @param record the record class
   * @param component the component's name
   * @return whether a moved item of the list is no change
   */
  public static boolean isOrderLayout(Class<?> record, String component) {
    return record == Plan.class && component.equals("extraSections");
  }

  /**
   * How a record's component is compared when it holds text.
   *
   * @param record the record class
   * @param component the component's name
   * @return the mode
   */
  public static Mode mode(Class<?> record, String component) {
    boolean markdown =
        record == RawMarkdown.class && component.equals("markdown")
            || record == ExtraSection.class && component.equals("body")
            || record == Plan.class
                && (component.equals("beforeTitle") || component.equals("afterTitle"));
    return markdown ? Mode.MARKDOWN : Mode.PLAIN;
  }

  /**
   * Text with its layout taken out, so that two texts that say the same are equal.
   *
   * @param s the text
   * @param mode how to compare it
   * @return the normal form
   */
  public static String text(String s, Mode mode) {
    if (isSimple(s)) {
      return s; // nearly every value: one line, nothing at either end
    }
    String t = s.startsWith("\uFEFF") ? s.substring(1) : s;
    StringBuilder out = new StringBuilder(t.length());
    boolean inFence = false;
    String fence = "";
    boolean blankPending = false;
    for (String raw : t.split("\r\n|\r|\n", -1)) {
      String line = raw.stripTrailing();
      if (mode == Mode.MARKDOWN) {
        String lead = line.stripLeading();
        if (inFence) {
          inFence = !(lead.startsWith(fence) && lead.substring(fence.length()).isBlank());
        } else if (!fenceMarker(lead).isEmpty()) {
          inFence = true;
          fence = fenceMarker(lead);
        } else if (line.isEmpty()) {
          blankPending = out.length() > 0; // a run of blank lines is one paragraph break
          continue;
        } else {
          line = Tables.normalRow(line);
        }
      } else if (line.isEmpty() && out.length() == 0) {
        continue; // blank lines before the text
      }
      if (blankPending) {
        out.append('\n');
        blankPending = false;
      }
      out.append(line).append('\n');
    }
    return strip(out);
  }

  private static boolean isSimple(String s) {
    if (s.isEmpty()) {
      return true;
    }
    if (Character.isWhitespace(s.charAt(s.length() - 1)) || s.charAt(0) == '\uFEFF') {
      return false;
    }
    return s.indexOf('\n') < 0 && s.indexOf('\r') < 0;
  }

  /** The text without blank lines at its end. */
  private static String strip(StringBuilder out) {
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == '\n') {
      end--;
    }
    return out.substring(0, end);
  }

  /** The fence a line opens ({@code ```} or {@code ~~~}, three or more), or empty. */
  private static String fenceMarker(String lead) {
    if (!lead.startsWith("```") && !lead.startsWith("~~~")) {
      return "";
    }
    char c = lead.charAt(0);
    int n = 0;
    while (n < lead.length() && lead.charAt(n) == c) {
      n++;
    }
    return lead.substring(0, n);
  }
}
