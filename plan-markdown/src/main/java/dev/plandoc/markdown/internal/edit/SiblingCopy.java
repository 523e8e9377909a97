package dev.plandoc.markdown.internal.edit;

import dev.plandoc.markdown.internal.edit.BlockIndex.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A new item written as a copy of its sibling: the sibling's lines with the new item's values put
 * in place of the sibling's, and a numbered heading or item counted on. So the new item takes the
 * author's shape, whatever it is: a table row, a bullet, a {@code ###} block, a statement.
 */
final class SiblingCopy {
  private SiblingCopy() {}

  /** The lines of a sibling, with the new item's values put in place of the sibling's. */
  static List<String> lines(
      EditBuffer buffer,
      Span s,
      Object sibling,
      Object item,
      int siblingIndex,
      int index,
      ModelDiff diff) {
    String text = String.join("\n", buffer.lines(s.from(), s.to()));
    boolean row = s.kind() == BlockIndex.Kind.ROW;
    List<Change> values = new ArrayList<>();
    for (Change v : diff.changesOf(sibling, item)) {
      if (v.kind() == Change.Kind.TEXT && !((String) v.before()).isEmpty()) {
        values.add(v);
      }
    }
    // Longer values first, so that a value that contains another is replaced whole.
    values.sort(Comparator.comparingInt((Change v) -> -((String) v.before()).length()));
    StringBuilder sb = new StringBuilder(text);
    List<int[]> done = new ArrayList<>();
    for (Change v : values) {
      String before = row ? ((String) v.before()).replace("|", "\\|") : (String) v.before();
      String after = row ? ((String) v.after()).replace("|", "\\|") : (String) v.after();
      int from = 0;
      int found;
      while ((found = sb.indexOf(before, from)) >= 0 && overlaps(done, found, before.length())) {
        from = found + 1;
      }
      if (found >= 0 && !(row && after.indexOf('\n') >= 0)) {
        sb.replace(found, found + before.length(), after);
        int shift = after.length() - before.length();
        for (int[] d : done) {
          if (d[0] > found) {
            d[0] += shift;
          }
        }
        done.add(new int[] {found, after.length()});
      }
    }
    List<String> lines = new ArrayList<>(List.of(sb.toString().split("\n", -1)));
    // A numbered heading or item counts on: '### 리스크 2' copied for the third risk says 3.
    String number = Integer.toString(siblingIndex + 1);
    String first = lines.get(0);
    Matcher m = Pattern.compile("(?<!\\d)" + number + "(?!\\d)").matcher(first);
    if (s.kind() != BlockIndex.Kind.ROW && s.kind() != BlockIndex.Kind.LINE && m.find()) {
      lines.set(0, first.substring(0, m.start()) + (index + 1) + first.substring(m.end()));
    }
    return lines;
  }

  private static boolean overlaps(List<int[]> done, int at, int length) {
    for (int[] d : done) {
      if (at < d[0] + d[1] && d[0] < at + length) {
        return true;
      }
    }
    return false;
  }

  /** The buffer with lines inserted after (or before) a span, separated as the span is. */
  static EditBuffer insert(EditBuffer buffer, Span s, List<String> lines, boolean after) {
    boolean block = !s.kind().isTight();
    List<String> insert = new ArrayList<>();
    if (after) {
      if (block) {
        insert.add("");
      }
      insert.addAll(lines);
      return buffer.replace(s.to(), s.to(), insert);
    }
    insert.addAll(lines);
    if (block) {
      insert.add("");
    }
    return buffer.replace(s.from(), s.from(), insert);
  }
}
