package dev.plandoc.model;

import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.*;
import java.util.*;
import java.util.function.UnaryOperator;
import org.immutables.value.Value;

/**
 * Section 3, API design: the endpoints.
 *
 * <p>Anchors for {@link #extras()}: {@code ""} and {@code "endpoints/i"} (after the i-th endpoint
 * that is not a {@link RawMarkdownView view}).
 *
 * <p>The item helpers ({@code withEndpoint}, {@code withEndpointAdded}, {@code withoutEndpoint},
 * {@code withEndpointMoved}) keep the kept Markdown where it is in the document: adding an endpoint
 * of its own renumbers the anchors after it; removing one joins the Markdown that followed it to
 * the Markdown before it, so that a removed endpoint takes its own lines and nothing else; moving
 * one is removing it and adding it at its new place. Views have no anchor of their own and renumber
 * nothing; a view over Markdown whose anchor is renumbered follows it (its {@code viewOf} names the
 * new anchor). The generated {@code withEndpoints(…)} replaces the whole list and leaves the
 * anchors as they are.
 *
 * <pre>{@code
 * new ApiDesignBuilder().addEndpoints(endpoint).build();
 * api.withEndpoint(2, e -> e.withPath("/v2/receipts")).withoutEndpoint(0);
 * }</pre>
 *
 * @param endpoints the endpoints in order
 * @param extras unrecognised content
 */
@Value.Builder
public record ApiDesign(List<EndpointSpec> endpoints, List<RawMarkdown> extras)
    implements KeepsMarkdown, WithApiDesign {
  /** Checks the values. */
  public ApiDesign {
    endpoints = Texts.list(endpoints, "endpoints");
    extras =
        RawMarkdown.checked(
            extras,
            "apiDesign.extras",
            RawMarkdown.indexed("endpoints", Views.ownCount(endpoints)));
    Views.check(endpoints, extras, "apiDesign.endpoints");
  }

  /**
   * A copy with the item of {@link #endpoints() endpoints} at {@code index} changed by {@code
   * change}. The changed item keeps the old one's {@link RawMarkdownView#viewOf() viewOf}, whatever
   * the change returns: a view stays a view of the same Markdown.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index < endpoints().size()}
   */
  public ApiDesign withEndpoint(int index, UnaryOperator<EndpointSpec> change) {
    return editedEndpoints(endpointsPart().replaced(index, change));
  }

  /** A copy with {@code endpoint} added to {@link #endpoints() endpoints}, after its siblings. */
  public ApiDesign withEndpointAdded(EndpointSpec endpoint) {
    return withEndpointAdded(endpoints.size(), endpoint);
  }

  /**
   * A copy with {@code endpoint} added to {@link #endpoints() endpoints} at {@code index}; the
   * items from {@code index} on follow it.
   *
   * <p>The kept Markdown stays where it is in the document: see the class comment.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index <= endpoints().size()}
   */
  public ApiDesign withEndpointAdded(int index, EndpointSpec endpoint) {
    return editedEndpoints(endpointsPart().inserted(index, endpoint));
  }

  /**
   * A copy without the item of {@link #endpoints() endpoints} at {@code index}.
   *
   * <p>The kept Markdown stays where it is in the document: see the class comment.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index < endpoints().size()}
   */
  public ApiDesign withoutEndpoint(int index) {
    return editedEndpoints(endpointsPart().removed(index));
  }

  /**
   * A copy with the item of {@link #endpoints() endpoints} at {@code from} moved so that it is at
   * {@code to}.
   *
   * <p>The kept Markdown stays where it is in the document: see the class comment.
   *
   * @throws IndexOutOfBoundsException unless both are in {@code 0 <= i < endpoints().size()}
   */
  public ApiDesign withEndpointMoved(int from, int to) {
    return editedEndpoints(endpointsPart().moved(from, to));
  }

  private IndexedPart<EndpointSpec> endpointsPart() {
    return new IndexedPart<>(
        "endpoints", "apiDesign.endpoints", endpoints, extras, EndpointSpec::withViewOf);
  }

  /** The edited list and kept Markdown together: apart, either could be refused. */
  private ApiDesign editedEndpoints(IndexedPart<EndpointSpec> part) {
    return new ApiDesignBuilder().from(this).endpoints(part.items()).extras(part.extras()).build();
  }
}
