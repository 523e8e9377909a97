package dev.plandoc.model;

import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.*;
import java.util.*;
import org.immutables.value.Value;

/**
 * One external service ({@code ### Service N: name}).
 *
 * <p>Anchors for {@link #extras()}: {@code ""} and {@code "fields"}.
 *
 * <p>Every {@code with…} method but {@code withViewOf} keeps {@link #viewOf()}: an edited view is
 * still a view of the Markdown it was read from, which a faithful Markdown writer needs to know.
 *
 * <pre>{@code
 * new ServiceSpecBuilder().name("FCM").cost(new MoneyText("$0/month")).build();
 * service.withCost("$0/month").withoutApiDocs();
 * }</pre>
 *
 * @param name the service name
 * @param purpose what it is used for (용도)
 * @param cost what it costs (비용)
 * @param apiDocs the API documentation address (API 문서)
 * @param authentication how the plan authenticates to it (인증 방식)
 * @param extraItems other bullets, verbatim without the marker
 * @param extras unrecognised content
 * @param viewOf the anchor of the kept Markdown this item is read from, when it is a {@link
 *     RawMarkdownView view}
 */
@Value.Builder
public record ServiceSpec(
    String name,
    Optional<String> purpose,
    Optional<MoneyText> cost,
    Optional<UrlText> apiDocs,
    Optional<String> authentication,
    List<String> extraItems,
    List<RawMarkdown> extras,
    Optional<String> viewOf)
    implements RawMarkdownView, WithServiceSpec {
  /** Checks the values. */
  public ServiceSpec {
    viewOf.ifPresent(a -> Texts.required(a, "viewOf"));
    Texts.singleLine(name, "service name");
    purpose.ifPresent(s -> Texts.singleLine(s, "purpose"));
    authentication.ifPresent(s -> Texts.singleLine(s, "authentication"));
    extraItems = Texts.list(extraItems, "extraItems");
    if (purpose.isEmpty()
        && cost.isEmpty()
        && apiDocs.isEmpty()
        && authentication.isEmpty()
        && extraItems.isEmpty()) {
      extras = RawMarkdown.moved(extras, "fields", "");
    }
    extras = RawMarkdown.checked(extras, "service.extras", List.of("fields"));
  }

  /** A service of its own (not a view). */
  public ServiceSpec(
      String name,
      Optional<String> purpose,
      Optional<MoneyText> cost,
      Optional<UrlText> apiDocs,
      Optional<String> authentication,
      List<String> extraItems,
      List<RawMarkdown> extras) {
    this(name, purpose, cost, apiDocs, authentication, extraItems, extras, Optional.empty());
  }

  /** A copy without {@link #purpose() purpose}. */
  public ServiceSpec withoutPurpose() {
    return withPurpose(Optional.empty());
  }

  /**
   * A copy with {@link #cost() cost} set to the text {@code cost}, as written (a {@link
   * MoneyText}).
   */
  public ServiceSpec withCost(String cost) {
    return withCost(new MoneyText(cost));
  }

  /** A copy without {@link #cost() cost}. */
  public ServiceSpec withoutCost() {
    return withCost(Optional.empty());
  }

  /**
   * A copy with {@link #apiDocs() apiDocs} set to the text {@code apiDocs}, as written (a {@link
   * UrlText}).
   */
  public ServiceSpec withApiDocs(String apiDocs) {
    return withApiDocs(new UrlText(apiDocs));
  }

  /** A copy without {@link #apiDocs() apiDocs}. */
  public ServiceSpec withoutApiDocs() {
    return withApiDocs(Optional.empty());
  }

  /** A copy without {@link #authentication() authentication}. */
  public ServiceSpec withoutAuthentication() {
    return withAuthentication(Optional.empty());
  }
}
