package dev.plandoc.model;

import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.*;
import java.util.*;
import org.immutables.value.Value;

/**
 * The plan's metadata: {@code - **SPEC**:}, {@code - **작성일**:} (Date), {@code - **작성자**:} (Author),
 * {@code - **담당 에이전트**:} (Agent).
 *
 * <p>Anchors for {@link #extras()}: {@code ""} and {@code "fields"}.
 *
 * <p>Every {@code with…} method but {@code withViewOf} keeps {@link #viewOf()}: an edited view is
 * still a view of the Markdown it was read from, which a faithful Markdown writer needs to know.
 *
 * <pre>{@code
 * new MetadataBuilder().spec("`specs/ocr.md`").date(new DateText("2026-03-09")).build();
 * metadata.withDate("2026-03-10").withAuthor("김민지");
 * }</pre>
 *
 * @param spec the SPEC reference as written, e.g. {@code `specs/ocr.md`}
 * @param date the date written
 * @param author the author
 * @param agents the agent or agents responsible, as written
 * @param extraItems bullets of the list the template does not have, verbatim without the marker
 * @param extras unrecognised content
 * @param viewOf when the metadata is a view over Markdown the plan keeps elsewhere (a blockquote or
 *     bold-label lines after the title, YAML front matter before it): {@code afterTitle} or {@code
 *     beforeTitle}; a Markdown writer then writes that Markdown and no Metadata section
 */
@Value.Builder
public record Metadata(
    Optional<String> spec,
    Optional<DateText> date,
    Optional<String> author,
    Optional<String> agents,
    List<String> extraItems,
    List<RawMarkdown> extras,
    Optional<String> viewOf)
    implements RawMarkdownView, KeepsMarkdown, WithMetadata {
  /** Checks the values. */
  public Metadata {
    spec.ifPresent(s -> Texts.singleLine(s, "spec"));
    author.ifPresent(s -> Texts.singleLine(s, "author"));
    agents.ifPresent(s -> Texts.singleLine(s, "agents"));
    extraItems = Texts.list(extraItems, "extraItems");
    if (spec.isEmpty()
        && date.isEmpty()
        && author.isEmpty()
        && agents.isEmpty()
        && extraItems.isEmpty()) {
      extras = RawMarkdown.moved(extras, "fields", "");
    }
    extras = RawMarkdown.checked(extras, "metadata.extras", List.of("fields"));
    viewOf.ifPresent(
        a -> {
          if (!a.equals("beforeTitle") && !a.equals("afterTitle")) {
            throw new IllegalArgumentException(
                "metadata can be a view over beforeTitle or afterTitle, not '" + a + "'");
          }
        });
  }

  /** The SPEC path without surrounding backticks, e.g. {@code specs/ocr.md}. */
  public Optional<String> specPath() {
    return spec.map(Texts::stripDecoration);
  }

  /** The agents split at commas. */
  public List<String> agentList() {
    return agents
        .map(a -> Arrays.stream(a.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
        .orElse(List.of());
  }

  /** Metadata of its own (a {@code ## Metadata} section), not a view. */
  public Metadata(
      Optional<String> spec,
      Optional<DateText> date,
      Optional<String> author,
      Optional<String> agents,
      List<String> extraItems,
      List<RawMarkdown> extras) {
    this(spec, date, author, agents, extraItems, extras, Optional.empty());
  }

  /** A copy without {@link #spec() spec}. */
  public Metadata withoutSpec() {
    return withSpec(Optional.empty());
  }

  /**
   * A copy with {@link #date() date} set to the text {@code date}, as written (a {@link DateText}).
   */
  public Metadata withDate(String date) {
    return withDate(new DateText(date));
  }

  /** A copy without {@link #date() date}. */
  public Metadata withoutDate() {
    return withDate(Optional.empty());
  }

  /** A copy without {@link #author() author}. */
  public Metadata withoutAuthor() {
    return withAuthor(Optional.empty());
  }

  /** A copy without {@link #agents() agents}. */
  public Metadata withoutAgents() {
    return withAgents(Optional.empty());
  }
}
