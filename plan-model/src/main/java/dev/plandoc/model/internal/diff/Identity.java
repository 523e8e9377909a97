package dev.plandoc.model.internal.diff;

import dev.plandoc.model.Alternative;
import dev.plandoc.model.Component;
import dev.plandoc.model.CostItem;
import dev.plandoc.model.EndpointSpec;
import dev.plandoc.model.Environment;
import dev.plandoc.model.ErrorClass;
import dev.plandoc.model.ExtraSection;
import dev.plandoc.model.Header;
import dev.plandoc.model.Milestone;
import dev.plandoc.model.ResponseSpec;
import dev.plandoc.model.Risk;
import dev.plandoc.model.ServiceSpec;
import dev.plandoc.model.TableSpec;
import dev.plandoc.model.TechChoice;
import dev.plandoc.model.value.TypedText;
import java.util.Locale;
import java.util.Optional;

/**
 * The identity of a list item, by which a diff matches it between two plans wherever it stands: an
 * endpoint by method and path, a table by name, a risk by title, and so on ({@link
 * dev.plandoc.model.diff.PlanDiff} lists them). Items of other types (steps, strings, kept
 * Markdown) have none and are matched by content and position.
 *
 * <pre>{@code
 * Identity.label(endpoint);   // Optional["POST /api/v1/receipts"]
 * Identity.key(table);        // Optional["table users"]: names compare without case
 * }</pre>
 */
public final class Identity {
  private Identity() {}

  /**
   * Whether items of a type have an identity (some may still lack one, when it is blank).
   *
   * @param item an item of the list
   * @return whether the type is identified
   */
  public static boolean isIdentified(Object item) {
    return item instanceof EndpointSpec
        || item instanceof TableSpec
        || item instanceof Risk
        || item instanceof Milestone
        || item instanceof CostItem
        || item instanceof ServiceSpec
        || item instanceof TechChoice
        || item instanceof Alternative
        || item instanceof Component
        || item instanceof Environment
        || item instanceof Header
        || item instanceof ResponseSpec
        || item instanceof ErrorClass
        || item instanceof ExtraSection;
  }

  /**
   * The key two items must share to be the same item: the type and the identity, without layout
   * (white space runs; case, for names that compare without it).
   *
   * @param item a list item
   * @return the key; empty when the item has no identity
   */
  public static Optional<String> key(Object item) {
    boolean anyCase = item instanceof TableSpec || item instanceof Header;
    return label(item)
        .map(l -> Layout.text(l, Layout.Mode.PLAIN).replaceAll("\\s+", " "))
        .map(l -> anyCase ? l.toLowerCase(Locale.ROOT) : l)
        .map(l -> item.getClass().getSimpleName() + " " + l);
  }

  /**
   * The identity of an item as reports name it.
   *
   * @param item a list item
   * @return {@code POST /api/v1/receipts}, a risk's title, …; empty when it has none
   */
  public static Optional<String> label(Object item) {
    String label;
    if (item instanceof EndpointSpec e) {
      String method =
          e.method().value().map(Enum::name).orElse(e.method().text().toUpperCase(Locale.ROOT));
      label = (method + " " + e.path()).strip();
    } else if (item instanceof TableSpec t) {
      label = t.name();
    } else if (item instanceof Risk r) {
      label = r.title();
    } else if (item instanceof Milestone m) {
      label = m.phase();
    } else if (item instanceof CostItem c) {
      label = c.item();
    } else if (item instanceof ServiceSpec s) {
      label = s.name();
    } else if (item instanceof TechChoice t) {
      label = t.area().isBlank() ? t.technology() : t.area();
    } else if (item instanceof Alternative a) {
      label = a.technology();
    } else if (item instanceof Component c) {
      label = c.name();
    } else if (item instanceof Environment e) {
      label = e.name();
    } else if (item instanceof Header h) {
      label = h.name();
    } else if (item instanceof ResponseSpec r) {
      label = r.label() + " (" + typed(r.status()) + ")";
    } else if (item instanceof ErrorClass e) {
      label = typed(e.code());
    } else if (item instanceof ExtraSection s) {
      label = s.heading();
    } else {
      label = "";
    }
    return label.isBlank() ? Optional.empty() : Optional.of(label.strip());
  }

  /**
   * A typed value's identity: its value when it parses, so {@code 200} and {@code **200**} match.
   */
  private static String typed(TypedText<?> t) {
    return TypedValues.normalValue(t).orElse(t.text());
  }
}
