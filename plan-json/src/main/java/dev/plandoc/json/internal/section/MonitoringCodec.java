package dev.plandoc.json.internal.section;

import static dev.plandoc.json.internal.mapping.JsonOut.put;
import static dev.plandoc.json.internal.mapping.JsonOut.putExtras;
import static dev.plandoc.json.internal.mapping.JsonOut.putStrings;

import dev.plandoc.json.internal.mapping.DecodeContext;
import dev.plandoc.json.internal.mapping.EncodeContext;
import dev.plandoc.json.internal.mapping.Node;
import dev.plandoc.json.internal.mapping.Obj;
import dev.plandoc.json.internal.mapping.TypedKind;
import dev.plandoc.model.Logging;
import dev.plandoc.model.Monitoring;
import dev.plandoc.model.Plan;
import dev.plandoc.model.RawMarkdown;
import dev.plandoc.model.SectionKind;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/** 9. Monitoring and logging: the metrics, the logging policy and the alerts. */
final class MonitoringCodec extends SectionCodec<Monitoring> {
  MonitoringCodec() {
    super(SectionKind.MONITORING, Plan::monitoring);
  }

  @Override
  public Monitoring decode(Node n, String path, DecodeContext ctx) {
    Obj o = ctx.object(n, path, "monitoring and logging");
    List<String> metrics = ctx.strings(o, "metrics");
    Optional<Logging> logging =
        ctx.optional(
            o,
            "logging",
            (v, p) -> {
              Obj r = ctx.object(v, p, "logging");
              Optional<String> levels = ctx.optString(r, "levels");
              Optional<String> format = ctx.optString(r, "format");
              var retention = ctx.optional(r, "retention", ctx.typed(TypedKind.DURATION));
              List<String> extraItems = ctx.strings(r, "extraItems");
              return ctx.build(r, () -> new Logging(levels, format, retention, extraItems));
            });
    List<String> alerts = ctx.strings(o, "alerts");
    List<RawMarkdown> extras = ctx.extras(o);
    return ctx.build(o, () -> new Monitoring(metrics, logging, alerts, extras));
  }

  @Override
  public void encode(JsonGenerator o, Monitoring m, EncodeContext ctx) {
    o.writeStartObject();
    putStrings(o, "metrics", m.metrics());
    put(o, "logging", m.logging(), (g, l) -> logging(g, l, ctx));
    putStrings(o, "alerts", m.alerts());
    putExtras(o, m.extras());
    o.writeEndObject();
  }

  private static void logging(JsonGenerator o, Logging l, EncodeContext ctx) {
    o.writeStartObject();
    put(o, "levels", l.levels());
    put(o, "format", l.format());
    put(o, "retention", l.retention(), ctx.typed(TypedKind.DURATION));
    putStrings(o, "extraItems", l.extraItems());
    o.writeEndObject();
  }
}
