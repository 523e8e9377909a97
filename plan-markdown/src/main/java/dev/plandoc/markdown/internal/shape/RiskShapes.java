package dev.plandoc.markdown.internal.shape;

import dev.plandoc.markdown.internal.ReadContext;
import dev.plandoc.markdown.internal.TableText;
import dev.plandoc.markdown.internal.Vocabulary;
import dev.plandoc.model.Risk;
import dev.plandoc.model.RiskBuilder;
import dev.plandoc.model.value.RiskLevelText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;

/**
 * The risk shapes agents write besides the template's {@code ### 리스크 N:} block, read as views:
 *
 * <ul>
 *   <li>a table with a risk column and a probability or impact column, in any order and with other
 *       columns ({@code | 위험 | 영향도 | 대응 |}, {@code | # | Risk | Likelihood | Impact | Mitigation
 *       |}); the other cells become the risk's extra items ({@code **#**: R1});
 *   <li>bullets {@code - **title** (가능성: 높음 / 영향: 중간)} whose levels are named in the parenthesis,
 *       with the mitigation on the following line ({@code → …}, {@code 대응: …}).
 * </ul>
 */
public final class RiskShapes {
  private static final Pattern ITEM =
      Pattern.compile("^\\*\\*([^*\\n]+?)\\*\\*\\s*[(（]([^()（）]*)[)）]\\s*[:：]?\\s*(.*)$");
  private static final Pattern PROBABILITY =
      Pattern.compile(
          "(?:발생\\s*)?(?:가능성|확률|likelihood|probability)\\s*[:：]?\\s*([^/,·;|]+)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern IMPACT =
      Pattern.compile(
          "(?:영향도|영향|impact|severity)\\s*[:：]?\\s*([^/,·;|]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern MITIGATION_LEAD =
      Pattern.compile(
          "^(?:[→>-]+|(?:대응|완화|완화 방안|mitigation)\\s*[:：])\\s*", Pattern.CASE_INSENSITIVE);

  private static final List<String> COLUMNS =
      List.of("title", "probability", "impact", "mitigation");

  private static final Pattern NUMBERED_HEADING =
      Pattern.compile(
          "^(?:R|Risk\\s*|리스크\\s*|위험\\s*)#?\\d+\\s*[.:)：—–-]\\s*(\\S.*)$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern FIELD =
      Pattern.compile(
          "^(?:\\*\\*)?([^*:：\\n]{1,20}?)(?:\\*\\*)?\\s*[:：]\\s*(?:\\*\\*)?\\s*(.*?)(?:\\*\\*)?$");

  private RiskShapes() {}

  /** The risks the kept Markdown lists, in order. */
  public static List<Risk> read(KeptMarkdown kept) {
    List<Risk> out = new ArrayList<>();
    Optional<String> titled = Optional.empty();
    for (Node b : kept.blocks()) {
      if (b instanceof Heading h) {
        Matcher m = NUMBERED_HEADING.matcher(kept.headingText(h).strip());
        titled = m.matches() ? Optional.of(m.group(1).strip()) : Optional.empty();
      } else if (b instanceof ListBlock l && titled.isPresent()) {
        fields(titled.get(), kept.items(l)).ifPresent(out::add);
        titled = Optional.empty();
      } else if (b instanceof TableBlock t) {
        out.addAll(table(kept.lines(t)));
      } else if (b instanceof ListBlock l) {
        for (String item : kept.items(l)) {
          risk(item).ifPresent(out::add);
        }
      }
    }
    return out;
  }

  /**
   * A risk written as a numbered heading of the author's own ({@code ### R1. 배터리 과열}) over its
   * fields ({@code - 발생 가능성: 중간}, {@code - **영향도**: 높음}, {@code - 대응: …}); a level is the evidence.
   */
  private static Optional<Risk> fields(String title, List<String> items) {
    Optional<RiskLevelText> p = Optional.empty();
    Optional<RiskLevelText> i = Optional.empty();
    Optional<String> mitigation = Optional.empty();
    for (String item : items) {
      Matcher f = FIELD.matcher(item.lines().findFirst().orElse(""));
      if (!f.matches()) {
        continue;
      }
      String label = f.group(1).strip();
      String value = f.group(2).strip();
      if (ReadContext.isTerm(Vocabulary.PROBABILITY, label)) {
        p = level(value);
      } else if (ReadContext.isTerm(Vocabulary.IMPACT, label)) {
        i = level(value);
      } else if (ReadContext.isTerm(Vocabulary.MITIGATION, label) && !value.isEmpty()) {
        mitigation = Optional.of(value);
      }
    }
    if (p.isEmpty() && i.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new RiskBuilder().title(title).probability(p).impact(i).mitigation(mitigation).build());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<RiskLevelText> level(String value) {
    RiskLevelText level = new RiskLevelText(value);
    return level.value().isPresent() ? Optional.of(level) : Optional.empty();
  }

  private static List<Risk> table(List<String> lines) {
    Optional<TableText> read = TableText.read(lines, COLUMNS);
    if (read.isEmpty()
        || !read.get().columns().contains("title")
        || !read.get().columns().contains("probability")
            && !read.get().columns().contains("impact")) {
      return List.of();
    }
    TableText t = read.get();
    List<Risk> out = new ArrayList<>();
    for (List<String> row : t.rows()) {
      try {
        RiskBuilder r = new RiskBuilder().title(t.cell(row, "title"));
        // An empty cell is no value, as a missing bullet is: the risk has no mitigation yet.
        if (!t.cell(row, "probability").isEmpty()) {
          r.probability(new RiskLevelText(t.cell(row, "probability")));
        }
        if (!t.cell(row, "impact").isEmpty()) {
          r.impact(new RiskLevelText(t.cell(row, "impact")));
        }
        if (!t.cell(row, "mitigation").isEmpty()) {
          r.mitigation(t.cell(row, "mitigation"));
        }
        t.extraCells(row).forEach((k, v) -> r.addExtraItems("**" + k + "**: " + v));
        if (!t.cell(row, "title").isEmpty()) {
          out.add(r.build());
        }
      } catch (IllegalArgumentException e) {
        // a cell the model does not take (a line break): the row stays as written
      }
    }
    return out;
  }

  private static Optional<Risk> risk(String item) {
    List<String> lines = item.lines().toList();
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = ITEM.matcher(lines.get(0));
    if (!m.matches()) {
      return Optional.empty();
    }
    Optional<RiskLevelText> p = level(PROBABILITY.matcher(m.group(2)));
    Optional<RiskLevelText> i = level(IMPACT.matcher(m.group(2)));
    if (p.isEmpty() && i.isEmpty()) {
      return Optional.empty(); // a parenthesis that names no level is not a risk's levels
    }
    String mitigation = m.group(3).strip();
    if (mitigation.isEmpty() && lines.size() == 2) {
      mitigation = MITIGATION_LEAD.matcher(lines.get(1).strip()).replaceFirst("").strip();
    }
    try {
      return Optional.of(
          new RiskBuilder()
              .title(m.group(1).strip())
              .probability(p)
              .impact(i)
              .mitigation(mitigation.isEmpty() ? Optional.empty() : Optional.of(mitigation))
              .build());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<RiskLevelText> level(Matcher m) {
    if (!m.find()) {
      return Optional.empty();
    }
    RiskLevelText level = new RiskLevelText(m.group(1).strip());
    return level.value().isPresent() ? Optional.of(level) : Optional.empty();
  }
}
