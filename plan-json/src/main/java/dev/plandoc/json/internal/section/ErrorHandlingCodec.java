package dev.plandoc.json.internal.section;

import static dev.plandoc.json.internal.mapping.JsonOut.putCells;
import static dev.plandoc.json.internal.mapping.JsonOut.putExtras;
import static dev.plandoc.json.internal.mapping.JsonOut.putIfNotEmpty;
import static dev.plandoc.json.internal.mapping.JsonOut.putList;
import static dev.plandoc.json.internal.mapping.JsonOut.putStrings;

import dev.plandoc.json.internal.mapping.DecodeContext;
import dev.plandoc.json.internal.mapping.EncodeContext;
import dev.plandoc.json.internal.mapping.Node;
import dev.plandoc.json.internal.mapping.Obj;
import dev.plandoc.json.internal.mapping.TypedKind;
import dev.plandoc.model.ErrorClass;
import dev.plandoc.model.ErrorHandling;
import dev.plandoc.model.Plan;
import dev.plandoc.model.RawMarkdown;
import dev.plandoc.model.SectionKind;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;

/** 8. The error handling strategy: the table of error classes and the retry rules. */
final class ErrorHandlingCodec extends SectionCodec<ErrorHandling> {
  ErrorHandlingCodec() {
    super(SectionKind.ERROR_HANDLING, Plan::errorHandling);
  }

  @Override
  public ErrorHandling decode(Node n, String path, DecodeContext ctx) {
    Obj o = ctx.object(n, path, "the error handling strategy");
    List<String> columns = ctx.strings(o, "columns");
    List<ErrorClass> errorClasses =
        ctx.list(
            o,
            "errorClasses",
            (v, p) -> {
              Obj r = ctx.object(v, p, "an error class");
              var code = ctx.required(r, "code", ctx.typed(TypedKind.STATUS));
              String type = ctx.string(r, "type", "");
              String handling = ctx.string(r, "handling", "");
              Map<String, String> cells = ctx.cells(r, "extraCells");
              return ctx.build(r, () -> new ErrorClass(code, type, handling, cells));
            });
    List<String> retryRules = ctx.strings(o, "retryRules");
    List<RawMarkdown> extras = ctx.extras(o);
    return ctx.build(o, () -> new ErrorHandling(columns, errorClasses, retryRules, extras));
  }

  @Override
  public void encode(JsonGenerator o, ErrorHandling e, EncodeContext ctx) {
    o.writeStartObject();
    putStrings(o, "columns", e.columns());
    putList(o, "errorClasses", e.errorClasses(), (g, c) -> errorClass(g, c, ctx));
    putStrings(o, "retryRules", e.retryRules());
    putExtras(o, e.extras());
    o.writeEndObject();
  }

  private static void errorClass(JsonGenerator o, ErrorClass c, EncodeContext ctx) {
    o.writeStartObject();
    ctx.typed(o, "code", c.code(), TypedKind.STATUS);
    putIfNotEmpty(o, "type", c.type());
    putIfNotEmpty(o, "handling", c.handling());
    putCells(o, "extraCells", c.extraCells());
    o.writeEndObject();
  }
}
