/**
 * JSON and YAML readers and writers for the PLAN model, built on Jackson 3, with a published JSON
 * Schema ({@code dev/plandoc/json/plan.schema.json}) and explicit limits for hostile input.
 *
 * <pre>{@code
 * PlanFormat json = PlanFormats.load().require("json");
 * String text = json.writer().write(plan);
 * Plan back = json.reader().read(text).plan();
 * }</pre>
 *
 * @provides dev.plandoc.model.format.PlanFormat as {@code json} and {@code yaml}
 */
module dev.plandoc.json {
  requires transitive dev.plandoc.model;
  requires dev.plandoc.sql;
  requires tools.jackson.core;
  requires transitive tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;
  requires org.snakeyaml.engine;
  requires static org.jspecify;

  exports dev.plandoc.json;

  provides dev.plandoc.model.format.PlanFormat with
      dev.plandoc.json.JsonPlanFormat,
      dev.plandoc.json.YamlPlanFormat;
}
