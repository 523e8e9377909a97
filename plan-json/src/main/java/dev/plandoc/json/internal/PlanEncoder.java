package dev.plandoc.json.internal;

import static dev.plandoc.json.internal.mapping.JsonOut.object;
import static dev.plandoc.json.internal.mapping.JsonOut.put;
import static dev.plandoc.json.internal.mapping.JsonOut.putCells;
import static dev.plandoc.json.internal.mapping.JsonOut.putIfNotEmpty;
import static dev.plandoc.json.internal.mapping.JsonOut.putList;
import static dev.plandoc.json.internal.mapping.JsonOut.putStrings;

import dev.plandoc.json.internal.mapping.EncodeContext;
import dev.plandoc.json.internal.section.SectionCodec;
import dev.plandoc.json.internal.section.SectionCodecs;
import dev.plandoc.model.ExtraSection;
import dev.plandoc.model.Language;
import dev.plandoc.model.Plan;
import dev.plandoc.model.SectionKind;
import dev.plandoc.model.TitleForm;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Maps a plan onto the published JSON shape, as a Jackson tree that the JSON and YAML writers
 * serialise: the plan's own properties here, each section through its codec ({@link
 * SectionCodecs}). Property names are the model's record component names, in component order;
 * absent optionals, empty lists and maps, and empty strings whose default is empty are left out.
 */
public final class PlanEncoder {
  private PlanEncoder() {}

  /**
   * The tree of a plan.
   *
   * @param plan the plan
   * @param language the language to record, which also decides the canonical text of risk levels
   */
  public static ObjectNode encode(Plan plan, Language language) {
    EncodeContext ctx = new EncodeContext(language);
    ObjectNode o = object();
    o.put("schemaVersion", PlanDecoder.SCHEMA_VERSION);
    put(o, "title", plan.title());
    put(o, "language", language.tag());
    put(o, "beforeTitle", plan.beforeTitle());
    put(o, "afterTitle", plan.afterTitle());
    for (SectionCodec<?> codec : SectionCodecs.all()) {
      section(o, plan, codec, ctx);
    }
    putList(o, "extraSections", plan.extraSections(), PlanEncoder::extraSection);
    put(o, "titleForm", plan.titleForm(), PlanEncoder::titleForm);
    put(o, "enclosingFence", plan.enclosingFence());
    putCells(o, "labels", plan.labels());
    putStrings(o, "sectionOrder", plan.sectionOrder().stream().map(SectionKind::key).toList());
    return o;
  }

  /** Writes the section of a codec's kind, when the plan has it, under its key. */
  private static <T> void section(
      ObjectNode o, Plan plan, SectionCodec<T> codec, EncodeContext ctx) {
    put(o, codec.kind().key(), codec.of(plan), s -> codec.encode(s, ctx));
  }

  /** Both texts, even when empty: an empty one is part of the form, not a default to leave out. */
  private static JsonNode titleForm(TitleForm f) {
    ObjectNode o = object();
    put(o, "before", f.before());
    return put(o, "after", f.after());
  }

  private static JsonNode extraSection(ExtraSection s) {
    ObjectNode o = object();
    putIfNotEmpty(o, "anchor", s.anchor());
    put(o, "heading", s.heading());
    putIfNotEmpty(o, "body", s.body());
    return o;
  }
}
