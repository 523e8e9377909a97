package dev.plandoc.markdown.internal.section;

import dev.plandoc.markdown.internal.Fences;
import dev.plandoc.markdown.internal.MarkdownText;
import dev.plandoc.markdown.internal.RawCollector;
import dev.plandoc.markdown.internal.ReadContext;
import dev.plandoc.markdown.internal.SectionSyntax;
import dev.plandoc.markdown.internal.SectionWriter;
import dev.plandoc.markdown.internal.SectionWriter.Item;
import dev.plandoc.markdown.internal.SubSections;
import dev.plandoc.markdown.internal.SubSections.Group;
import dev.plandoc.markdown.internal.Vocabulary;
import dev.plandoc.markdown.internal.WriteContext;
import dev.plandoc.markdown.internal.shape.KeptViews;
import dev.plandoc.markdown.internal.shape.TableShapes;
import dev.plandoc.model.DatabaseSchema;
import dev.plandoc.model.DatabaseSchemaBuilder;
import dev.plandoc.model.Plan;
import dev.plandoc.model.PlanBuilder;
import dev.plandoc.model.RawMarkdown;
import dev.plandoc.model.SectionKind;
import dev.plandoc.model.TableSpec;
import dev.plandoc.model.TableSpecBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;

/**
 * 4. Database schema: one {@code ### 테이블: name} sub-section per table with its DDL in a fenced
 * block, and the index strategy as bullets.
 */
final class DatabaseSchemaSection implements SectionSyntax<DatabaseSchema> {
  /** Tables in the shapes agents write (DDL blocks, Prisma, column tables), read as views. */
  static final KeptViews<TableSpec> VIEWS =
      new KeptViews<>(
          TableShapes::read,
          (t, at) -> new TableSpecBuilder().from(t).viewOf(at).build(),
          (a, b) -> a.name().equalsIgnoreCase(b.name()));

  @Override
  public SectionKind kind() {
    return SectionKind.DATABASE_SCHEMA;
  }

  @Override
  public Optional<DatabaseSchema> in(Plan plan) {
    return plan.databaseSchema();
  }

  @Override
  public void into(PlanBuilder plan, DatabaseSchema section) {
    plan.databaseSchema(section);
  }

  @Override
  public DatabaseSchema keepWhole(List<RawMarkdown> raw) {
    return new DatabaseSchemaBuilder().extras(raw).build();
  }

  @Override
  public DatabaseSchema read(List<Node> body, ReadContext ctx) {
    String path = kind().key();
    DatabaseSchemaBuilder b = new DatabaseSchemaBuilder();
    RawCollector raw = ctx.raw();
    boolean[] indexDone = {false};
    new SubSections(ctx, path)
        .items(
            body,
            raw,
            Vocabulary.TABLE,
            "tables",
            (name, group, p) -> b.addTables(table(ctx, name, group)),
            (group, heading) -> {
              if (indexDone[0]
                  || Vocabulary.matches(Vocabulary.INDEX_STRATEGY, heading).isEmpty()) {
                return false;
              }
              indexDone[0] = true;
              ctx.subHeading(
                  path + ".indexNotes",
                  Vocabulary.INDEX_STRATEGY,
                  heading,
                  Vocabulary.matches(Vocabulary.INDEX_STRATEGY, heading).get());
              List<Node> rest = new ArrayList<>();
              b.indexNotes(ctx.bulletItems(group.blocks(), rest, path + ".indexNotes"));
              raw.at("indexNotes");
              raw.add(rest);
              return true;
            });
    DatabaseSchema own = b.extras(raw.build()).build();
    return new DatabaseSchemaBuilder()
        .from(own)
        .tables(
            SectionViews.attach(
                ctx, raw, path + ".tables", "tables", own.tables(), own.extras(), VIEWS))
        .build();
  }

  private static TableSpec table(ReadContext ctx, String name, Group group) {
    TableSpecBuilder t = new TableSpecBuilder().name(name).ddlLanguage("").ddl("");
    RawCollector raw = ctx.raw();
    raw.addAround(
        group.blocks(),
        n -> {
          if (n instanceof FencedCodeBlock c
              && Fences.isReproducible(c)
              && !Fences.info(c).contains(" ")) {
            t.ddlLanguage(Fences.info(c)).ddl(Fences.literal(c));
            return true;
          }
          return false;
        },
        "ddl");
    return t.extras(raw.build()).build();
  }

  @Override
  public String write(DatabaseSchema d, WriteContext ctx) {
    VIEWS.check(d.tables(), d.extras(), kind().key() + ".tables");
    SectionWriter b = new SectionWriter(d.extras(), ctx);
    b.items(
        "tables",
        Vocabulary.TABLE,
        false,
        d.tables(),
        t -> new Item(t.name(), t.extras(), "ddl", ddl(t)));
    b.part("indexNotes", Vocabulary.INDEX_STRATEGY, MarkdownText.bullets(d.indexNotes()));
    return b.finish(ctx.heading(), true);
  }

  /** The DDL block, when the table has DDL or raw content after it. */
  private static String ddl(TableSpec t) {
    boolean hasDdl =
        !t.ddl().isEmpty()
            || !t.ddlLanguage().isEmpty()
            || t.extras().stream().anyMatch(r -> r.anchor().equals("ddl"));
    return hasDdl ? Fences.write(t.ddlLanguage(), t.ddl()) : "";
  }
}
