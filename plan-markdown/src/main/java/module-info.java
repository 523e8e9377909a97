/**
 * Reads and writes PLAN documents as Markdown, in Korean and English, without losing anything.
 *
 * @provides dev.plandoc.model.format.PlanFormat the {@code markdown} format
 */
module dev.plandoc.markdown {
  requires transitive dev.plandoc.model;
  requires org.commonmark;
  requires org.commonmark.ext.gfm.tables;
  requires static org.jspecify;

  exports dev.plandoc.markdown;

  provides dev.plandoc.model.format.PlanFormat with
      dev.plandoc.markdown.MarkdownPlanFormat;
}
