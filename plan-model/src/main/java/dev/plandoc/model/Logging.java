package dev.plandoc.model;

import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.*;
import java.util.*;
import org.immutables.value.Value;

/**
 * Monitoring: logging.
 *
 * <pre>{@code
 * new LoggingBuilder().levels("INFO, ERROR").retention(new DurationText("30일")).build();
 * logging.withRetention("90일");
 * }</pre>
 *
 * @param levels the log levels as written (레벨)
 * @param format the log format (포맷)
 * @param retention how long logs are kept (보관 기간)
 * @param extraItems other bullets, verbatim without the marker
 */
@Value.Builder
public record Logging(
    Optional<String> levels,
    Optional<String> format,
    Optional<DurationText> retention,
    List<String> extraItems)
    implements WithLogging {
  /** Checks the values. */
  public Logging {
    levels.ifPresent(s -> Texts.singleLine(s, "levels"));
    format.ifPresent(s -> Texts.singleLine(s, "format"));
    extraItems = Texts.list(extraItems, "extraItems");
  }

  /** A copy without {@link #levels() levels}. */
  public Logging withoutLevels() {
    return withLevels(Optional.empty());
  }

  /** A copy without {@link #format() format}. */
  public Logging withoutFormat() {
    return withFormat(Optional.empty());
  }

  /**
   * A copy with {@link #retention() retention} set to the text {@code retention}, as written (a
   * {@link DurationText}).
   */
  public Logging withRetention(String retention) {
    return withRetention(new DurationText(retention));
  }

  /** A copy without {@link #retention() retention}. */
  public Logging withoutRetention() {
    return withRetention(Optional.empty());
  }
}
