package dev.plandoc.json.internal;

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
import tools.jackson.core.JsonGenerator;

/**
 * Writes a plan in the published JSON shape to a Jackson generator, as it goes: the JSON and YAML
 * writers' generators write straight to the output, and a token buffer gives the pointer API its
 * tree ({@link JsonTrees#encode}). The plan's own properties here, each section through its codec
 * ({@link SectionCodecs}). Property names are the model's record component names, in component
 * order; absent optionals, empty lists and maps, and empty strings whose default is empty are left
 * out.
 */
public final class PlanEncoder {
  private PlanEncoder() {}

  /**
   * Writes a plan as one object.
   *
   * @param plan the plan
   * @param language the language to record, which also decides the canonical text of risk levels
   * @param o where to write
   */
  public static void encode(Plan plan, Language language, JsonGenerator o) {
    EncodeContext ctx = new EncodeContext(language);
    o.writeStartObject();
    o.writeNumberProperty("schemaVersion", PlanDecoder.SCHEMA_VERSION);
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
    o.writeEndObject();
  }

  /** Writes the section of a codec's kind, when the plan has it, under its key. */
  private static <T> void section(
      JsonGenerator o, Plan plan, SectionCodec<T> codec, EncodeContext ctx) {
    put(o, codec.kind().key(), codec.of(plan), (g, s) -> codec.encode(g, s, ctx));
  }

  /** Both texts, even when empty: an empty one is part of the form, not a default to leave out. */
  private static void titleForm(JsonGenerator o, TitleForm f) {
    o.writeStartObject();
    put(o, "before", f.before());
    put(o, "after", f.after());
    o.writeEndObject();
  }

  private static void extraSection(JsonGenerator o, ExtraSection s) {
    o.writeStartObject();
    putIfNotEmpty(o, "anchor", s.anchor());
    put(o, "heading", s.heading());
    putIfNotEmpty(o, "body", s.body());
    o.writeEndObject();
  }
}
