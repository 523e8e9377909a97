package dev.plandoc.markdown.internal.section;

import dev.plandoc.markdown.internal.MarkdownText;
import dev.plandoc.markdown.internal.RawCollector;
import dev.plandoc.markdown.internal.ReadContext;
import dev.plandoc.markdown.internal.SectionSyntax;
import dev.plandoc.markdown.internal.SectionWriter;
import dev.plandoc.markdown.internal.SubSections;
import dev.plandoc.markdown.internal.Vocabulary;
import dev.plandoc.markdown.internal.WriteContext;
import dev.plandoc.model.Deployment;
import dev.plandoc.model.DeploymentBuilder;
import dev.plandoc.model.Environment;
import dev.plandoc.model.Plan;
import dev.plandoc.model.PlanBuilder;
import dev.plandoc.model.RawMarkdown;
import dev.plandoc.model.SectionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.Node;

/**
 * 11. Deployment: the environments as {@code name: description} bullets, CI/CD and the rollback
 * plan as bullets.
 */
final class DeploymentSection implements SectionSyntax<Deployment> {
  @Override
  public SectionKind kind() {
    return SectionKind.DEPLOYMENT;
  }

  @Override
  public Optional<Deployment> in(Plan plan) {
    return plan.deployment();
  }

  @Override
  public void into(PlanBuilder plan, Deployment section) {
    plan.deployment(section);
  }

  @Override
  public Deployment keepWhole(List<RawMarkdown> raw) {
    return new DeploymentBuilder().extras(raw).build();
  }

  @Override
  public Deployment read(List<Node> body, ReadContext ctx) {
    String path = kind().key();
    DeploymentBuilder b = new DeploymentBuilder();
    RawCollector raw = ctx.raw();
    new SubSections(ctx, path)
        .part(
            Vocabulary.ENVIRONMENTS,
            "environments",
            g -> {
              List<Node> rest = new ArrayList<>();
              List<String> items = ctx.bulletItems(g.blocks(), rest, path + ".environments");
              if (items.stream().anyMatch(String::isBlank)) {
                return g.blocks(); // an empty item has no name: keep the list verbatim
              }
              items.forEach(item -> b.addEnvironments(environment(item)));
              return rest;
            })
        .bullets(Vocabulary.CI_CD, "ciCd", b::ciCd)
        .bullets(Vocabulary.ROLLBACK, "rollback", b::rollback)
        .walk(body, raw);
    return b.extras(raw.build()).build();
  }

  private static Environment environment(String item) {
    if (item.isBlank()) {
      throw new IllegalArgumentException("an empty environment item");
    }
    int colon = item.indexOf(": ");
    if (colon > 0 && item.indexOf('\n') < 0) {
      String name = item.substring(0, colon);
      String description = item.substring(colon + 2).strip();
      if (name.equals(name.strip()) && !description.isEmpty()) {
        return new Environment(name, description);
      }
    }
    return new Environment(item, "");
  }

  @Override
  public String write(Deployment d, WriteContext ctx) {
    SectionWriter b = new SectionWriter(d.extras(), ctx);
    List<String> envs = new ArrayList<>();
    for (Environment e : d.environments()) {
      envs.add(e.description().isEmpty() ? e.name() : e.name() + ": " + e.description());
    }
    b.part("environments", Vocabulary.ENVIRONMENTS, MarkdownText.bullets(envs));
    b.part("ciCd", Vocabulary.CI_CD, MarkdownText.bullets(d.ciCd()));
    b.part("rollback", Vocabulary.ROLLBACK, MarkdownText.bullets(d.rollback()));
    return b.finish(ctx.heading(), true);
  }
}
