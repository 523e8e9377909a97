package dev.plandoc.model.check;

import dev.plandoc.model.Plan;
import dev.plandoc.model.SectionKind;
import dev.plandoc.model.internal.Texts;
import java.util.List;

/**
 * Finds every unfilled placeholder in a plan: {@code {…}}, {@code ${…}} and unresolved alternatives
 * such as {@code High | Medium | Low}, in every text field (titles, list items, table cells
 * including extra cells, header values, step texts and the text of typed values), in document
 * order.
 *
 * <p>Verbatim code is not searched, because braces there are code, not placeholders: request and
 * response bodies, DDL, diagrams, {@link dev.plandoc.model.RawMarkdown} blocks, the bodies of extra
 * sections and the content before and after the title. In an endpoint's path and header values a
 * brace around a plain ASCII identifier is HTTP notation rather than a placeholder, so {@code
 * /receipts/{receipt_id}} (a path parameter) and {@code Bearer {token}} are not reported, while
 * {@code /api/{리소스}} is.
 *
 * <p>Paths use the model's syntax: section keys ({@link SectionKind#key()}) and record component
 * names, list indexes in brackets and extra cells by their header in quotes, e.g. {@code
 * techStack.selected[0].extraCells["버전"]}.
 *
 * <pre>{@code
 * Plan plan = Plan.builder()
 *     .title("{기능명}")
 *     .metadata(new MetadataBuilder().date(new DateText("{YYYY-MM-DD}")).build())
 *     .build();
 * Placeholders.find(plan);
 * // [Placeholder[path=title, text={기능명}, fieldText={기능명}],
 * //  Placeholder[path=metadata.date, text={YYYY-MM-DD}, fieldText={YYYY-MM-DD}]]
 * }</pre>
 */
public final class Placeholders {

  private Placeholders() {}

  /**
   * Every placeholder in the plan, in document order.
   *
   * @param plan the plan
   * @return the placeholders, an immutable list
   */
  public static List<Placeholder> find(Plan plan) {
    PlaceholderWalk walk = new PlaceholderWalk();
    walk.plan(plan);
    return List.copyOf(walk.found);
  }

  /**
   * The placeholders in one piece of text, in order, as {@link #find(Plan)} would report them for a
   * text field.
   *
   * <pre>{@code
   * Placeholders.in("월 ${금액} (예상 {건}건 기준)");   // [${금액}, {건}]
   * }</pre>
   *
   * @param text the text
   * @return the placeholders
   */
  public static List<String> in(String text) {
    return Texts.placeholdersIn(text);
  }
}
