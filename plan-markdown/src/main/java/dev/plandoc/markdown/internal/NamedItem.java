package dev.plandoc.markdown.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list item that starts with a bold name, {@code **name** note: text}: a component of the
 * architecture ({@code **API** (Spring Boot): …}) or a rejected alternative of the tech stack.
 *
 * @param name the bold name, verbatim
 * @param note what stands between the name and the colon, verbatim
 * @param text what follows the colon and its space, verbatim; empty when nothing does
 */
public record NamedItem(String name, String note, String text) {
  private static final Pattern BOLD_NAME =
      Pattern.compile("^\\*\\*([^*\\n]+?)\\*\\*([^:\\n]*?):(?: (.*)|)$", Pattern.DOTALL);

  /** The item's parts, when it has the shape. */
  public static Optional<NamedItem> parse(String item) {
    Matcher m = BOLD_NAME.matcher(item);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new NamedItem(m.group(1), m.group(2), m.group(3) == null ? "" : m.group(3)));
  }

  /** The item as the writer gives it back, {@code **name** note: text}. */
  public String write() {
    return "**" + name + "**" + note + ":" + (text.isEmpty() ? "" : " " + text);
  }
}
