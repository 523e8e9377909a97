package dev.plandoc.model;

import dev.plandoc.model.internal.Edits;
import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.*;
import java.util.*;
import java.util.function.UnaryOperator;
import org.immutables.value.Value;

/**
 * Section 9, monitoring and logging: metrics, logging and alerts.
 *
 * <p>Anchors for {@link #extras()}: {@code ""}, {@code "metrics"}, {@code "logging"}, {@code
 * "alerts"}.
 *
 * <pre>{@code
 * new MonitoringBuilder().addMetrics("응답 시간: P50, P95, P99").build();
 * monitoring.withLogging(l -> l.withRetention("90일")).withAlerts(List.of("에러율 > 1%: Slack"));
 * }</pre>
 *
 * @param metrics the metrics, verbatim bullets
 * @param logging logging
 * @param alerts the alerts, verbatim bullets
 * @param extras unrecognised content
 */
@Value.Builder
public record Monitoring(
    List<String> metrics, Optional<Logging> logging, List<String> alerts, List<RawMarkdown> extras)
    implements KeepsMarkdown, WithMonitoring {
  /** Checks the values. */
  public Monitoring {
    metrics = Texts.list(metrics, "metrics");
    alerts = Texts.list(alerts, "alerts");
    extras =
        RawMarkdown.movedFromAbsent(
            extras,
            List.of("metrics", "logging", "alerts"),
            List.of(true, logging.isPresent(), true));
    extras =
        RawMarkdown.checked(extras, "monitoring.extras", List.of("metrics", "logging", "alerts"));
  }

  /**
   * A copy with {@link #logging() logging} changed by {@code change}. When it is absent the change
   * is applied to an empty one, which is added unless the change leaves it empty: a change that
   * changes nothing never adds a part.
   */
  public Monitoring withLogging(UnaryOperator<Logging> change) {
    return withLogging(
        Edits.changedPart(logging, () -> new LoggingBuilder().build(), change, "logging"));
  }

  /** A copy without {@link #logging() logging}. */
  public Monitoring withoutLogging() {
    return withLogging(Optional.empty());
  }
}
