package dev.plandoc.markdown.internal.shape;

import dev.plandoc.markdown.internal.ReadContext;
import dev.plandoc.markdown.internal.Term;
import dev.plandoc.markdown.internal.Vocabulary;
import dev.plandoc.model.Metadata;
import dev.plandoc.model.MetadataBuilder;
import dev.plandoc.model.value.DateText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metadata shapes agents write instead of a {@code ## Metadata} section, read as a view over
 * the content around the title: YAML front matter ({@code spec: …}), a blockquote ({@code > 작성일:
 * 2026-05-02 · 작성자: …}, or one {@code > Author: …} per line), bold-label lines ({@code **Spec:**
 * `specs/x.md`}, {@code **작성자**: …}), and a two-column table ({@code | 항목 | 내용 |}). Only the
 * template's four labels are read (SPEC, date, author, agents, in either language); values are kept
 * as written.
 */
public final class MetadataShapes {
  private static final List<Term> FIELDS =
      List.of(Vocabulary.SPEC, Vocabulary.DATE, Vocabulary.AUTHOR, Vocabulary.AGENT);
  private static final Pattern SEGMENT_SEPARATOR = Pattern.compile("\\s+[·|｜•]\\s+");
  private static final Pattern BOLD_COLON_INSIDE =
      Pattern.compile("^\\*\\*([^*\\n]+?)\\s*[:：]\\*\\*\\s*(.*)$");
  private static final Pattern BOLD_LABEL =
      Pattern.compile("^\\*\\*([^*\\n]+?)\\*\\*\\s*[:：]\\s*(.*)$");
  private static final Pattern PLAIN_LABEL =
      Pattern.compile("^([^:：*`|\\n]{1,30}?)\\s*[:：]\\s+(.*)$");
  private static final Pattern TABLE_ROW = Pattern.compile("^\\|([^|]+)\\|([^|]+)\\|\\s*$");

  private MetadataShapes() {}

  /** The metadata the kept content states, when it states any of the four fields. */
  public static Optional<Metadata> read(String kept) {
    Map<Term, String> found = new LinkedHashMap<>();
    for (String raw : kept.split("\n")) {
      String line = raw.strip();
      if (line.startsWith(">")) {
        line = line.substring(1).strip();
      }
      if (line.startsWith("- ") || line.startsWith("* ")) {
        line = line.substring(2).strip();
      }
      Matcher row = TABLE_ROW.matcher(line);
      if (row.matches()) {
        field(row.group(1).strip(), row.group(2).strip(), found);
        continue;
      }
      for (String segment : SEGMENT_SEPARATOR.split(line)) {
        segment(segment.strip(), found);
      }
    }
    if (found.isEmpty()) {
      return Optional.empty();
    }
    MetadataBuilder b = new MetadataBuilder();
    Optional.ofNullable(found.get(Vocabulary.SPEC)).ifPresent(b::spec);
    Optional.ofNullable(found.get(Vocabulary.DATE)).ifPresent(v -> b.date(new DateText(v)));
    Optional.ofNullable(found.get(Vocabulary.AUTHOR)).ifPresent(b::author);
    Optional.ofNullable(found.get(Vocabulary.AGENT)).ifPresent(b::agents);
    try {
      return Optional.of(b.build());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static void segment(String s, Map<Term, String> found) {
    for (Pattern p : new Pattern[] {BOLD_COLON_INSIDE, BOLD_LABEL, PLAIN_LABEL}) {
      Matcher m = p.matcher(s);
      if (m.matches()) {
        field(m.group(1).strip(), m.group(2).strip(), found);
        return;
      }
    }
  }

  private static void field(String label, String value, Map<Term, String> found) {
    if (value.isEmpty()) {
      return;
    }
    for (Term t : FIELDS) {
      if (ReadContext.isTerm(t, label)) {
        found.putIfAbsent(t, value);
        return;
      }
    }
  }
}
