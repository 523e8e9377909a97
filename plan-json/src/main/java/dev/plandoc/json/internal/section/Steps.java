package dev.plandoc.json.internal.section;

import static dev.plandoc.json.internal.mapping.JsonOut.object;
import static dev.plandoc.json.internal.mapping.JsonOut.put;

import dev.plandoc.json.internal.mapping.DecodeContext;
import dev.plandoc.json.internal.mapping.Node;
import dev.plandoc.json.internal.mapping.Obj;
import dev.plandoc.model.Step;
import tools.jackson.databind.JsonNode;

/**
 * A numbered step, {@code {"text": ...}}: of the architecture's data flow and of the next steps.
 */
final class Steps {
  private Steps() {}

  static Step decode(Node n, String path, DecodeContext ctx) {
    Obj r = ctx.object(n, path, "a step");
    String text = ctx.string(r, "text");
    return ctx.build(r, () -> new Step(text));
  }

  static JsonNode encode(Step s) {
    return put(object(), "text", s.text());
  }
}
