package dev.plandoc.model;

import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.*;
import java.util.*;
import org.immutables.value.Value;

/**
 * Section 3, API design: the endpoints.
 *
 * <p>Anchors for {@link #extras()}: {@code ""} and {@code "endpoints/i"} (after the i-th endpoint
 * that is not a {@link RawMarkdownView view}).
 *
 * <pre>{@code
 * new ApiDesignBuilder().addEndpoints(endpoint).build();
 * }</pre>
 *
 * @param endpoints the endpoints in order
 * @param extras unrecognised content
 */
@Value.Builder
public record ApiDesign(List<EndpointSpec> endpoints, List<RawMarkdown> extras)
    implements KeepsMarkdown {
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
}
