package dev.plandoc.model;

import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.*;
import java.util.*;
import java.util.function.UnaryOperator;
import org.immutables.value.Value;

/**
 * Section 5, external services.
 *
 * <p>Anchors for {@link #extras()}: {@code ""} and {@code "services/i"} (after the i-th service
 * that is not a {@link RawMarkdownView view}).
 *
 * <p>The item helpers ({@code withService}, {@code withServiceAdded}, {@code withoutService},
 * {@code withServiceMoved}) keep the kept Markdown where it is in the document: adding a service of
 * its own renumbers the anchors after it; removing one joins the Markdown that followed it to the
 * Markdown before it, so that a removed service takes its own lines and nothing else; moving one is
 * removing it and adding it at its new place. Views have no anchor of their own and renumber
 * nothing; a view over Markdown whose anchor is renumbered follows it (its {@code viewOf} names the
 * new anchor). The generated {@code withServices(…)} replaces the whole list and leaves the anchors
 * as they are.
 *
 * <pre>{@code
 * new ExternalServicesBuilder().addServices(service).build();
 * services.withService(0, s -> s.withCost("$250")).withoutService(1);
 * }</pre>
 *
 * @param services the services
 * @param extras unrecognised content, such as a "none" paragraph
 */
@Value.Builder
public record ExternalServices(List<ServiceSpec> services, List<RawMarkdown> extras)
    implements KeepsMarkdown, WithExternalServices {
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

  /**
   * A copy with the item of {@link #services() services} at {@code index} changed by {@code
   * change}. The changed item keeps the old one's {@link RawMarkdownView#viewOf() viewOf}, whatever
   * the change returns: a view stays a view of the same Markdown.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index < services().size()}
   */
  public ExternalServices withService(int index, UnaryOperator<ServiceSpec> change) {
    return editedServices(servicesPart().replaced(index, change));
  }

  /** A copy with {@code service} added to {@link #services() services}, after its siblings. */
  public ExternalServices withServiceAdded(ServiceSpec service) {
    return withServiceAdded(services.size(), service);
  }

  /**
   * A copy with {@code service} added to {@link #services() services} at {@code index}; the items
   * from {@code index} on follow it.
   *
   * <p>The kept Markdown stays where it is in the document: see the class comment.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index <= services().size()}
   */
  public ExternalServices withServiceAdded(int index, ServiceSpec service) {
    return editedServices(servicesPart().inserted(index, service));
  }

  /**
   * A copy without the item of {@link #services() services} at {@code index}.
   *
   * <p>The kept Markdown stays where it is in the document: see the class comment.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index < services().size()}
   */
  public ExternalServices withoutService(int index) {
    return editedServices(servicesPart().removed(index));
  }

  /**
   * A copy with the item of {@link #services() services} at {@code from} moved so that it is at
   * {@code to}.
   *
   * <p>The kept Markdown stays where it is in the document: see the class comment.
   *
   * @throws IndexOutOfBoundsException unless both are in {@code 0 <= i < services().size()}
   */
  public ExternalServices withServiceMoved(int from, int to) {
    return editedServices(servicesPart().moved(from, to));
  }

  private IndexedPart<ServiceSpec> servicesPart() {
    return new IndexedPart<>(
        "services", "externalServices.services", services, extras, ServiceSpec::withViewOf);
  }

  /** The edited list and kept Markdown together: apart, either could be refused. */
  private ExternalServices editedServices(IndexedPart<ServiceSpec> part) {
    return new ExternalServicesBuilder()
        .from(this)
        .services(part.items())
        .extras(part.extras())
        .build();
  }
}
