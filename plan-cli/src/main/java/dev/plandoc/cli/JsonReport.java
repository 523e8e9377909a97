package dev.plandoc.cli;

import dev.plandoc.cli.ValidateCommand.FileResult;
import dev.plandoc.model.check.Diagnostic;
import dev.plandoc.model.check.Severity;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code plan validate --format json}: one document with every file's findings and a summary.
 *
 * <pre>{@code
 * {"files": [{"file": "PLAN.md", "format": "markdown", "diagnostics": [
 *     {"severity": "warning", "code": "PLAN-W002", "path": "metadata.date",
 *      "message": "...", "line": 5, "column": 1}]}],
 *  "summary": {"files": 1, "errors": 0, "warnings": 1, "infos": 0, "unreadable": 0, "passed": true}}
 * }</pre>
 */
final class JsonReport {
  static final JsonMapper MAPPER = JsonMapper.builder().build();

  private JsonReport() {}

  static String write(List<FileResult> results, boolean strict) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode files = root.putArray("files");
    long errors = 0;
    long warnings = 0;
    long infos = 0;
    long unreadable = 0;
    for (FileResult r : results) {
      ObjectNode file = files.addObject();
      file.put("file", r.file());
      r.format().ifPresent(f -> file.put("format", f));
      if (r.failure().isPresent()) {
        file.put("error", r.failure().get());
        unreadable++;
      }
      ArrayNode list = file.putArray("diagnostics");
      for (Diagnostic d : r.diagnostics()) {
        ObjectNode n = list.addObject();
        n.put("severity", d.severity().name().toLowerCase(Locale.ROOT));
        n.put("code", d.code());
        n.put("path", d.path());
        n.put("message", d.message());
        d.position()
            .ifPresent(
                p -> {
                  n.put("line", p.line());
                  n.put("column", p.column());
                });
      }
      errors += r.count(Severity.ERROR);
      warnings += r.count(Severity.WARNING);
      infos += r.count(Severity.INFO);
    }
    ObjectNode summary = root.putObject("summary");
    summary.put("files", results.size());
    summary.put("errors", errors);
    summary.put("warnings", warnings);
    summary.put("infos", infos);
    summary.put("unreadable", unreadable);
    summary.put("strict", strict);
    summary.put("passed", ValidateCommand.exitCode(results, strict) == ExitCode.OK);
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
  }
}
