package dev.plandoc.model;

import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.*;
import java.util.*;
import org.immutables.value.Value;

/**
 * Section 9, monitoring and logging: metrics, logging and alerts.
 *
 * <p>Anchors for {@link #extras()}: {@code ""}, {@code "metrics"}, {@code "logging"}, {@code
 * "alerts"}.
 *
 * <pre>{@code
 * new MonitoringBuilder().addMetrics("응답 시간: P50, P95, P99").build();
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
    implements KeepsMarkdown {
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
}
