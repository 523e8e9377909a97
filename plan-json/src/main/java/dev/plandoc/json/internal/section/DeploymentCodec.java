package dev.plandoc.json.internal.section;

import static dev.plandoc.json.internal.mapping.JsonOut.object;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

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
  public JsonNode encode(Deployment d, EncodeContext ctx) {
    ObjectNode o = object();
    putList(o, "environments", d.environments(), DeploymentCodec::environment);
    putStrings(o, "ciCd", d.ciCd());
    putStrings(o, "rollback", d.rollback());
    putExtras(o, d.extras());
    return o;
  }

  private static JsonNode environment(Environment e) {
    ObjectNode o = object();
    put(o, "name", e.name());
    putIfNotEmpty(o, "description", e.description());
    return o;
  }
}
