package dev.plandoc.model;

import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.*;
import java.util.*;
import org.immutables.value.Value;

/**
 * One response an endpoint documents: {@code Response (200):} or {@code Error (400):} and its body,
 * or a one-line response such as {@code Response (204): No Content}.
 *
 * <pre>{@code
 * new ResponseSpec("Error", StatusCodeText.of(404), "{\"error\": \"Not found\"}");
 * new ResponseSpecBuilder().label("Response").status(StatusCodeText.of(204)).body("")
 *     .summary("No Content").build();
 * response.withStatus("201").withoutSummary();
 * }</pre>
 *
 * @param label the label as written, usually {@code Response} or {@code Error}
 * @param status the status code
 * @param body the body verbatim (may span lines, may be empty)
 * @param summary the text after the label on the same line ({@code No Content}), when written
 */
@Value.Builder
public record ResponseSpec(
    String label, StatusCodeText status, String body, Optional<String> summary)
    implements WithResponseSpec {
  /** Checks the values. */
  public ResponseSpec {
    Texts.singleLine(label, "response label");
    Texts.required(status, "status");
    Texts.required(body, "body");
    if (label.isEmpty() || label.contains("(")) {
      throw new IllegalArgumentException(
          "response label must be non-empty and contain no '(': '" + label + "'");
    }
    summary.ifPresent(
        t -> {
          Texts.singleLine(t, "response summary");
          if (t.isEmpty()) {
            throw new IllegalArgumentException("a response summary must not be empty");
          }
        });
  }

  /** A response with no summary on its label line. */
  public ResponseSpec(String label, StatusCodeText status, String body) {
    this(label, status, body, Optional.empty());
  }

  /** Whether this documents an error ({@code Error} label or a 4xx/5xx status). */
  public boolean isError() {
    return label.equalsIgnoreCase("error") || status.value().map(c -> c >= 400).orElse(false);
  }

  /**
   * A copy with {@link #status() status} set to the text {@code status}, as written (a {@link
   * StatusCodeText}).
   */
  public ResponseSpec withStatus(String status) {
    return withStatus(new StatusCodeText(status));
  }

  /** A copy without {@link #summary() summary}. */
  public ResponseSpec withoutSummary() {
    return withSummary(Optional.empty());
  }
}
