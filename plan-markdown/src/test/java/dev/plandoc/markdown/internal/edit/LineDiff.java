package dev.plandoc.markdown.internal.edit;

import java.util.ArrayList;
import java.util.List;

/** The lines one text removes and adds against another, by a longest common subsequence. */
record LineDiff(List<String> removed, List<String> added) {
  static LineDiff of(String before, String after) {
    List<String> a = lines(before);
    List<String> b = lines(after);
    int start = 0;
    while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
      start++;
    }
    int ea = a.size();
    int eb = b.size();
    while (ea > start && eb > start && a.get(ea - 1).equals(b.get(eb - 1))) {
      ea--;
      eb--;
    }
    List<String> x = a.subList(start, ea);
    List<String> y = b.subList(start, eb);
    int[][] len = new int[x.size() + 1][y.size() + 1];
    for (int i = x.size() - 1; i >= 0; i--) {
      for (int j = y.size() - 1; j >= 0; j--) {
        len[i][j] =
            x.get(i).equals(y.get(j))
                ? len[i + 1][j + 1] + 1
                : Math.max(len[i + 1][j], len[i][j + 1]);
      }
    }
    List<String> removed = new ArrayList<>();
    List<String> added = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < x.size() || j < y.size()) {
      if (i < x.size() && j < y.size() && x.get(i).equals(y.get(j))) {
        i++;
        j++;
      } else if (j >= y.size() || i < x.size() && len[i + 1][j] >= len[i][j + 1]) {
        removed.add(x.get(i++));
      } else {
        added.add(y.get(j++));
      }
    }
    return new LineDiff(removed, added);
  }

  /** Lines with their breaks, so that a changed line break is a changed line. */
  private static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        out.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      out.add(text.substring(start));
    }
    return out;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    removed.forEach(l -> sb.append("- ").append(l.stripTrailing()).append('\n'));
    added.forEach(l -> sb.append("+ ").append(l.stripTrailing()).append('\n'));
    return sb.toString();
  }
}
