package dev.plandoc.json.internal.section;

import static dev.plandoc.json.internal.mapping.JsonOut.put;
import static dev.plandoc.json.internal.mapping.JsonOut.putExtras;
import static dev.plandoc.json.internal.mapping.JsonOut.putIfNotEmpty;
import static dev.plandoc.json.internal.mapping.JsonOut.putList;
import static dev.plandoc.json.internal.mapping.JsonOut.putStrings;

import dev.plandoc.json.internal.mapping.DecodeContext;
import dev.plandoc.json.internal.mapping.EncodeContext;
import dev.plandoc.json.internal.mapping.Node;
import dev.plandoc.json.internal.mapping.Obj;
import dev.plandoc.model.Deployment;
import dev.plandoc.model.Environment;
import dev.plandoc.model.Plan;
import dev.plandoc.model.RawMarkdown;
import dev.plandoc.model.SectionKind;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/** 11. The deployment strategy: the environments, CI/CD and rollback. */
final class DeploymentCodec extends SectionCodec<Deployment> {
  DeploymentCodec() {
    super(SectionKind.DEPLOYMENT, Plan::deployment);
  }

  @Override
  public Deployment decode(Node n, String path, DecodeContext ctx) {
    Obj o = ctx.object(n, path, "the deployment strategy");
    List<Environment> environments =
        ctx.list(
            o,
            "environments",
            (v, p) -> {
              Obj r = ctx.object(v, p, "an environment");
              String name = ctx.string(r, "name");
              String description = ctx.string(r, "description", "");
              return ctx.build(r, () -> new Environment(name, description));
            });
    List<String> ciCd = ctx.strings(o, "ciCd");
    List<String> rollback = ctx.strings(o, "rollback");
    List<RawMarkdown> extras = ctx.extras(o);
    return ctx.build(o, () -> new Deployment(environments, ciCd, rollback, extras));
  }

  @Override
  public void encode(JsonGenerator o, Deployment d, EncodeContext ctx) {
    o.writeStartObject();
    putList(o, "environments", d.environments(), DeploymentCodec::environment);
    putStrings(o, "ciCd", d.ciCd());
    putStrings(o, "rollback", d.rollback());
    putExtras(o, d.extras());
    o.writeEndObject();
  }

  private static void environment(JsonGenerator o, Environment e) {
    o.writeStartObject();
    put(o, "name", e.name());
    putIfNotEmpty(o, "description", e.description());
    o.writeEndObject();
  }
}
