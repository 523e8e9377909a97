package dev.plandoc.json.internal.section;

import static dev.plandoc.json.internal.mapping.JsonOut.put;
import static dev.plandoc.json.internal.mapping.JsonOut.putExtras;
import static dev.plandoc.json.internal.mapping.JsonOut.putStrings;

import dev.plandoc.json.internal.mapping.Blame;
import dev.plandoc.json.internal.mapping.DecodeContext;
import dev.plandoc.json.internal.mapping.EncodeContext;
import dev.plandoc.json.internal.mapping.Node;
import dev.plandoc.json.internal.mapping.Obj;
import dev.plandoc.json.internal.mapping.TypedKind;
import dev.plandoc.model.Metadata;
import dev.plandoc.model.Plan;
import dev.plandoc.model.RawMarkdown;
import dev.plandoc.model.SectionKind;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/** The metadata: SPEC, date, author, agents and further items. */
final class MetadataCodec extends SectionCodec<Metadata> {
  MetadataCodec() {
    super(SectionKind.METADATA, Plan::metadata);
  }

  @Override
  public Metadata decode(Node n, String path, DecodeContext ctx) {
    Obj o = ctx.object(n, path, "metadata");
    Optional<String> spec = ctx.optString(o, "spec");
    var date = ctx.optional(o, "date", ctx.typed(TypedKind.DATE));
    Optional<String> author = ctx.optString(o, "author");
    Optional<String> agents = ctx.optString(o, "agents");
    List<String> extraItems = ctx.strings(o, "extraItems");
    List<RawMarkdown> extras = ctx.extras(o);
    Optional<String> viewOf = ctx.optString(o, "viewOf");
    return ctx.build(
        o,
        () -> new Metadata(spec, date, author, agents, extraItems, extras, viewOf),
        e -> viewOf(n, viewOf, e));
  }

  /**
   * The {@code viewOf} property when the rejection is about it: the model names the only contents a
   * metadata view can read and quotes the value it refuses, so a message that speaks of a view and
   * quotes this one is about it. Any other rejection stays at the metadata.
   */
  private static @Nullable Blame viewOf(
      Node n, Optional<String> viewOf, IllegalArgumentException e) {
    String message = String.valueOf(e.getMessage());
    Node at = n.fields().get("viewOf");
    return viewOf.isPresent()
            && at != null
            && message.contains("view")
            && message.contains("'" + viewOf.get() + "'")
        ? new Blame(at, message)
        : null;
  }

  @Override
  public void encode(JsonGenerator o, Metadata m, EncodeContext ctx) {
    o.writeStartObject();
    put(o, "spec", m.spec());
    put(o, "date", m.date(), ctx.typed(TypedKind.DATE));
    put(o, "author", m.author());
    put(o, "agents", m.agents());
    putStrings(o, "extraItems", m.extraItems());
    putExtras(o, m.extras());
    put(o, "viewOf", m.viewOf());
    o.writeEndObject();
  }
}
