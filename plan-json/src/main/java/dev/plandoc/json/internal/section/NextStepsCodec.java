package dev.plandoc.json.internal.section;

import static dev.plandoc.json.internal.mapping.JsonOut.putExtras;
import static dev.plandoc.json.internal.mapping.JsonOut.putList;

import dev.plandoc.json.internal.mapping.DecodeContext;
import dev.plandoc.json.internal.mapping.EncodeContext;
import dev.plandoc.json.internal.mapping.Node;
import dev.plandoc.json.internal.mapping.Obj;
import dev.plandoc.model.NextSteps;
import dev.plandoc.model.Plan;
import dev.plandoc.model.RawMarkdown;
import dev.plandoc.model.SectionKind;
import dev.plandoc.model.Step;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/** 15. The next steps, in order. */
final class NextStepsCodec extends SectionCodec<NextSteps> {
  NextStepsCodec() {
    super(SectionKind.NEXT_STEPS, Plan::nextSteps);
  }

  @Override
  public NextSteps decode(Node n, String path, DecodeContext ctx) {
    Obj o = ctx.object(n, path, "the next steps");
    List<Step> steps = ctx.list(o, "steps", (v, p) -> Steps.decode(v, p, ctx));
    List<RawMarkdown> extras = ctx.extras(o);
    return ctx.build(o, "steps", steps, extras, () -> new NextSteps(steps, extras));
  }

  @Override
  public void encode(JsonGenerator o, NextSteps n, EncodeContext ctx) {
    o.writeStartObject();
    putList(o, "steps", n.steps(), Steps::encode);
    putExtras(o, n.extras());
    o.writeEndObject();
  }
}
