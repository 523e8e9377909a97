package dev.plandoc.json.internal.section;

import static dev.plandoc.json.internal.mapping.JsonOut.put;
import static dev.plandoc.json.internal.mapping.JsonOut.putBoolean;

import dev.plandoc.json.internal.mapping.DecodeContext;
import dev.plandoc.json.internal.mapping.Node;
import dev.plandoc.json.internal.mapping.Obj;
import dev.plandoc.model.Step;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/**
 * A numbered step, {@code {"text": ...}}, with its {@code checked} state when it is a checklist
 * item and its {@code viewOf} when it is a view: of the architecture's data flow and of the next
 * steps.
 */
final class Steps {
  private Steps() {}

  static Step decode(Node n, String path, DecodeContext ctx) {
    Obj r = ctx.object(n, path, "a step");
    String text = ctx.string(r, "text");
    Optional<Boolean> checked = ctx.optBoolean(r, "checked");
    Optional<String> viewOf = ctx.optString(r, "viewOf");
    return ctx.build(r, () -> new Step(text, checked, viewOf));
  }

  static void encode(JsonGenerator o, Step s) {
    o.writeStartObject();
    put(o, "text", s.text());
    putBoolean(o, "checked", s.checked());
    put(o, "viewOf", s.viewOf());
    o.writeEndObject();
  }
}
