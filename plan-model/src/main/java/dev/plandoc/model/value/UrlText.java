package dev.plandoc.model.value;

import dev.plandoc.model.internal.Texts;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * A web address as written; parses when it is an absolute {@code http} or {@code https} URL with a
 * host. Angle brackets ({@code <https://…>}) and a Markdown link's target are accepted.
 *
 * <pre>{@code
 * new UrlText("https://example.com/docs").value();   // Optional[https://example.com/docs]
 * new UrlText("{URL}").isPlaceholder();              // true
 * }</pre>
 *
 * @param text the address as written
 */
public record UrlText(String text) implements TypedText<URI> {
  /** Checks the text. */
  public UrlText {
    Texts.singleLine(text, "url");
  }

  @Override
  public Optional<URI> value() {
    String s = Texts.stripDecoration(text);
    int link = s.indexOf("](");
    if (s.startsWith("[") && link > 0 && s.endsWith(")")) {
      s = s.substring(link + 2, s.length() - 1);
    }
    if (s.startsWith("<") && s.endsWith(">")) {
      s = s.substring(1, s.length() - 1);
    }
    try {
      URI uri = new URI(s);
      String scheme = uri.getScheme();
      if (scheme == null || uri.getHost() == null) {
        return Optional.empty();
      }
      String lower = scheme.toLowerCase(Locale.ROOT);
      return lower.equals("http") || lower.equals("https") ? Optional.of(uri) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
