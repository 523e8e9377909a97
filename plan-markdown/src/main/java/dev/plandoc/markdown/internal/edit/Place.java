package dev.plandoc.markdown.internal.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a value is written: a line range, and the offsets of the value in those lines' text.
 *
 * @param fromLine the first line
 * @param toLine the line after the last
 * @param start where the value starts in the lines' text (joined with {@code \n})
 * @param end where it ends
 * @param bounded whether the value stands whole there, not inside a longer word or path
 * @param line the first line again, for ordering
 */
record Place(int fromLine, int toLine, int start, int end, boolean bounded, int line) {
  /**
   * The places where {@code value} is written in a region, as it is or with its table pipes
   * escaped: whole words first, then the nearest at or after the anchor, then before it.
   */
  static List<Place> find(EditBuffer buffer, String value, int[] region, int anchor) {
    Set<String> forms = new LinkedHashSet<>(List.of(value, value.replace("|", "\\|")));
    String text = String.join("\n", buffer.lines(region[0], region[1]));
    int[] lineStarts = lineStarts(text);
    List<Place> out = new ArrayList<>();
    for (String form : forms) {
      int at = text.indexOf(form);
      while (at >= 0) {
        int first = lineOf(lineStarts, at);
        int last = lineOf(lineStarts, at + form.length() - 1);
        boolean bounded =
            (at == 0 || !continues(text.charAt(at - 1)))
                && (at + form.length() >= text.length()
                    || !continues(text.charAt(at + form.length())));
        out.add(
            new Place(
                region[0] + first,
                region[0] + last + 1,
                at - lineStarts[first],
                at - lineStarts[first] + form.length(),
                bounded,
                region[0] + first));
        at = text.indexOf(form, at + 1);
      }
    }
    out.sort(
        Comparator.comparing((Place p) -> !p.bounded())
            .thenComparing(p -> p.line() < anchor)
            .thenComparingInt(p -> Math.abs(p.line() - anchor)));
    return out;
  }

  /**
   * Whether a character next to a value makes it part of a longer word or path: {@code /a} is not
   * whole in {@code /a/b}, {@code /a{id}} or {@code a_b}, but is at the end of a sentence.
   */
  private static boolean continues(char c) {
    return Character.isLetterOrDigit(c) || "_/{}-?=&%".indexOf(c) >= 0;
  }

  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int lineOf(int[] starts, int offset) {
    int line = 0;
    while (line + 1 < starts.length && starts[line + 1] <= offset) {
      line++;
    }
    return line;
  }
}
