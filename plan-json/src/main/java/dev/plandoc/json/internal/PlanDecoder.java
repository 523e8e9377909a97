package dev.plandoc.json.internal;

import dev.plandoc.json.internal.mapping.DecodeContext;
import dev.plandoc.json.internal.mapping.Node;
import dev.plandoc.json.internal.mapping.Obj;
import dev.plandoc.json.internal.section.SectionCodec;
import dev.plandoc.json.internal.section.SectionCodecs;
import dev.plandoc.model.ExtraSection;
import dev.plandoc.model.Language;
import dev.plandoc.model.Metadata;
import dev.plandoc.model.Plan;
import dev.plandoc.model.SectionKind;
import dev.plandoc.model.TitleForm;
import dev.plandoc.model.format.PlanFormatException;
import dev.plandoc.model.format.ReadResult;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps a located tree onto the model, property by property, with the rules of the published shape:
 * the plan's own properties here, each section through its codec ({@link SectionCodecs}). Used once
 * per read.
 */
public final class PlanDecoder {
  /** The schema version the encoder writes, and the newest this decoder reads. */
  public static final int SCHEMA_VERSION = 2;

  /**
   * The oldest schema version this decoder reads. Version 1 is version 2 without {@code
   * sectionOrder}: its plans are written in template order, and a {@code sectionOrder} in it is an
   * unknown property.
   */
  public static final int OLDEST_SCHEMA_VERSION = 1;

  private final DecodeContext ctx;

  private PlanDecoder(DecodeContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Reads a plan from its tree.
   *
   * @throws PlanFormatException for a wrong type, a missing property, a value the model rejects
   *     and, when strict, an unknown property or a value that contradicts its text
   */
  public static ReadResult decode(Node root, boolean strict) {
    DecodeContext ctx = new DecodeContext(strict);
    Plan plan = new PlanDecoder(ctx).plan(root);
    return ctx.result(plan);
  }

  private Plan plan(Node root) {
    Obj o = ctx.object(root, "", "a plan");
    int schemaVersion = schemaVersion(o.require("schemaVersion"));
    String title = ctx.string(o, "title");
    Node lang = o.require("language");
    Language language =
        Language.fromTag(ctx.text(lang))
            .orElseThrow(() -> ctx.fail(lang, "language must be \"ko\" or \"en\": " + lang.text()));
    ctx.language(language);
    Optional<String> beforeTitle = ctx.optString(o, "beforeTitle");
    Optional<String> afterTitle = ctx.optString(o, "afterTitle");
    // In template order (that of SectionKind): it is the order in which positions are recorded
    // and unknown properties reported.
    Map<SectionKind, Optional<?>> sections = new EnumMap<>(SectionKind.class);
    for (SectionCodec<?> codec : SectionCodecs.all()) {
      sections.put(codec.kind(), section(o, codec));
    }
    List<ExtraSection> extraSections = ctx.list(o, "extraSections", this::extraSection);
    Optional<TitleForm> titleForm = ctx.optional(o, "titleForm", this::titleForm);
    Optional<String> enclosingFence = ctx.optString(o, "enclosingFence");
    Map<String, String> labels = ctx.stringMap(o, "labels", "labels by path");
    List<SectionKind> sectionOrder =
        schemaVersion >= 2 ? ctx.list(o, "sectionOrder", this::sectionKind) : List.of();
    Optional<Metadata> metadata = get(sections, SectionCodecs.METADATA);
    // The plan's constructor is positional, so this is the one place that names every section.
    return ctx.build(
        o,
        () ->
            new Plan(
                title,
                language,
                beforeTitle,
                afterTitle,
                metadata,
                get(sections, SectionCodecs.TECH_STACK),
                get(sections, SectionCodecs.ARCHITECTURE),
                get(sections, SectionCodecs.API_DESIGN),
                get(sections, SectionCodecs.DATABASE_SCHEMA),
                get(sections, SectionCodecs.EXTERNAL_SERVICES),
                get(sections, SectionCodecs.SECURITY),
                get(sections, SectionCodecs.PERFORMANCE),
                get(sections, SectionCodecs.ERROR_HANDLING),
                get(sections, SectionCodecs.MONITORING),
                get(sections, SectionCodecs.TESTING),
                get(sections, SectionCodecs.DEPLOYMENT),
                get(sections, SectionCodecs.COST_ESTIMATE),
                get(sections, SectionCodecs.MILESTONES),
                get(sections, SectionCodecs.RISKS),
                get(sections, SectionCodecs.NEXT_STEPS),
                extraSections,
                titleForm,
                enclosingFence,
                labels,
                sectionOrder),
        e -> PlanRejections.find(root, title, beforeTitle, afterTitle, metadata, e));
  }

  /** The version of the shape, one this reader reads. */
  private int schemaVersion(Node version) {
    for (int v = OLDEST_SCHEMA_VERSION; v <= SCHEMA_VERSION; v++) {
      if (version.kind() == Node.Kind.NUMBER
          && version.number() != null
          && version.number().compareTo(BigDecimal.valueOf(v)) == 0) {
        return v;
      }
    }
    throw ctx.fail(
        version,
        "unsupported schemaVersion "
            + version.text()
            + "; this reader reads schemaVersion "
            + OLDEST_SCHEMA_VERSION
            + " to "
            + SCHEMA_VERSION);
  }

  /** A section named by its key, as in {@code sectionOrder}. */
  private SectionKind sectionKind(Node n, String path) {
    String key = ctx.text(n);
    return SectionKind.fromKey(key)
        .orElseThrow(
            () ->
                ctx.fail(
                    n,
                    "not a section key: \""
                        + key
                        + "\"; sectionOrder names sections by their keys (metadata, techStack,"
                        + " … nextSteps)"));
  }

  /** The section of a codec's kind, read from the plan object's property named by its key. */
  private <T> Optional<T> section(Obj o, SectionCodec<T> codec) {
    return ctx.optional(o, codec.kind().key(), (n, p) -> codec.decode(n, p, ctx));
  }

  /** A decoded section, typed by its codec: {@link #section} put it there under its kind. */
  @SuppressWarnings("unchecked")
  private static <T> Optional<T> get(Map<SectionKind, Optional<?>> sections, SectionCodec<T> c) {
    return (Optional<T>) sections.get(c.kind());
  }

  private ExtraSection extraSection(Node n, String path) {
    Obj o = ctx.object(n, path, "an extra section");
    String anchor = ctx.string(o, "anchor", "");
    String heading = ctx.string(o, "heading");
    String body = ctx.string(o, "body", "");
    return ctx.build(o, () -> new ExtraSection(anchor, heading, body));
  }

  private TitleForm titleForm(Node n, String path) {
    Obj o = ctx.object(n, path, "a title form");
    String before = ctx.string(o, "before");
    String after = ctx.string(o, "after");
    return ctx.build(o, () -> new TitleForm(before, after));
  }
}
