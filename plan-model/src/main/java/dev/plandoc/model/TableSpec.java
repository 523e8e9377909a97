package dev.plandoc.model;

import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.*;
import java.util.*;
import org.immutables.value.Value;

/**
 * One database table ({@code ### 테이블: name}) and its DDL code block.
 *
 * <p>Anchors for {@link #extras()}: {@code ""} and {@code "ddl"}.
 *
 * <p>Every {@code with…} method but {@code withViewOf} keeps {@link #viewOf()}: an edited view is
 * still a view of the Markdown it was read from, which a faithful Markdown writer needs to know.
 *
 * <pre>{@code
 * new TableSpecBuilder().name("users").ddlLanguage("sql").ddl("CREATE TABLE users (...);").build();
 * table.withDdl("CREATE TABLE receipts (id UUID PRIMARY KEY);");
 * }</pre>
 *
 * @param name the table name
 * @param ddlLanguage the DDL fence's language, usually {@code sql}
 * @param ddl the DDL verbatim, empty when none
 * @param extras unrecognised content
 * @param viewOf the anchor of the kept Markdown this item is read from, when it is a {@link
 *     RawMarkdownView view}
 */
@Value.Builder
public record TableSpec(
    String name, String ddlLanguage, String ddl, List<RawMarkdown> extras, Optional<String> viewOf)
    implements RawMarkdownView, WithTableSpec {
  /** Checks the values. */
  public TableSpec {
    viewOf.ifPresent(a -> Texts.required(a, "viewOf"));
    Texts.singleLine(name, "table name");
    Texts.singleLine(ddlLanguage, "ddlLanguage");
    Texts.required(ddl, "ddl");
    extras = RawMarkdown.checked(extras, "table.extras", List.of("ddl"));
  }

  /** A table of its own (not a view). */
  public TableSpec(String name, String ddlLanguage, String ddl, List<RawMarkdown> extras) {
    this(name, ddlLanguage, ddl, extras, Optional.empty());
  }
}
