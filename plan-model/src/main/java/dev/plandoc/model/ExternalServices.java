package dev.plandoc.model;

import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.*;
import java.util.*;
import org.immutables.value.Value;

/**
 * Section 5, external services.
 *
 * <p>Anchors for {@link #extras()}: {@code ""} and {@code "services/i"} (after the i-th service
 * that is not a {@link RawMarkdownView view}).
 *
 * <pre>{@code
 * new ExternalServicesBuilder().addServices(service).build();
 * }</pre>
 *
 * @param services the services
 * @param extras unrecognised content, such as a "none" paragraph
 */
@Value.Builder
public record ExternalServices(List<ServiceSpec> services, List<RawMarkdown> extras)
    implements KeepsMarkdown {
  /** Checks the values. */
  public ExternalServices {
    services = Texts.list(services, "services");
    extras =
        RawMarkdown.checked(
            extras,
            "externalServices.extras",
            RawMarkdown.indexed("services", Views.ownCount(services)));
    Views.check(services, extras, "externalServices.services");
  }
}
