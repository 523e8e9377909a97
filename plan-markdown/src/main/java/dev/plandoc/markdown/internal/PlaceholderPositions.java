package dev.plandoc.markdown.internal;

import dev.plandoc.model.check.Diagnostic;
import dev.plandoc.model.check.Rule;
import dev.plandoc.model.check.SourcePosition;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Puts each unfilled-placeholder diagnostic at the placeholder itself. The validator knows where
 * the field that holds a placeholder starts (a bullet, a table row, a kept block); the placeholder
 * is on that line or a few lines below it, and its column is what an editor needs to jump to it.
 * Columns are 1-based and count code points, as the diagnostics' do.
 */
public final class PlaceholderPositions {
  /** How far below its field's start a placeholder is looked for. */
  private static final int LINES_AHEAD = 40;

  private static final String PREFIX = "unfilled placeholder ";

  private PlaceholderPositions() {}

  /**
   * The diagnostics with placeholder findings moved to their placeholder, in order; a placeholder
   * that two fields report (a view and the Markdown it is read from) is reported once.
   *
   * @param text the document as read (line breaks {@code \n})
   */
  public static List<Diagnostic> refine(String text, List<Diagnostic> diagnostics) {
    String[] lines = text.split("\n", -1);
    Set<String> seen = new LinkedHashSet<>();
    List<Diagnostic> out = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      Diagnostic at = d;
      if (d.code().equals(Rule.UNFILLED_PLACEHOLDER.code())
          && d.message().startsWith(PREFIX)
          && d.position().isPresent()) {
        at = find(lines, d, d.message().substring(PREFIX.length()));
        if (!seen.add(at.message() + "@" + at.position().orElseThrow())) {
          continue;
        }
      }
      out.add(at);
    }
    return out;
  }

  private static Diagnostic find(String[] lines, Diagnostic d, String placeholder) {
    SourcePosition from = d.position().orElseThrow();
    for (int l = from.line() - 1;
        l >= 0 && l < lines.length && l < from.line() - 1 + LINES_AHEAD;
        l++) {
      int index = lines[l].indexOf(placeholder);
      if (index >= 0) {
        return d.at(new SourcePosition(l + 1, lines[l].codePointCount(0, index) + 1));
      }
    }
    return d;
  }
}
