/**
 * The typed PLAN model, its validation and the format SPI. No runtime dependencies.
 *
 * @uses dev.plandoc.model.format.PlanFormat
 * @uses dev.plandoc.model.ddl.DdlParser
 */
module dev.plandoc.model {
  requires static org.immutables.value;
  requires static org.jspecify;

  exports dev.plandoc.model;
  exports dev.plandoc.model.value;
  exports dev.plandoc.model.format;
  exports dev.plandoc.model.check;
  exports dev.plandoc.model.ddl;
  exports dev.plandoc.model.diff;

  uses dev.plandoc.model.format.PlanFormat;
  uses dev.plandoc.model.ddl.DdlParser;
}
