package dev.plandoc.openapi.internal;

import dev.plandoc.model.Plan;
import dev.plandoc.model.check.Diagnostic;
import dev.plandoc.model.check.Placeholder;
import dev.plandoc.model.check.Placeholders;
import dev.plandoc.model.check.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one conversion leaves out, as diagnostics, and the plan's unfilled placeholders by the model
 * path of their field, found once with the validator's own rules ({@link Placeholders}): a brace
 * around an ASCII name in a path or header is HTTP notation, not a placeholder.
 */
final class Problems {
  static final String SKIPPED = "PLAN-O001";
  static final String NOT_HTTP_STATUS = "PLAN-O002";
  static final String PLACEHOLDER = "PLAN-O003";
  static final String REPEAT = "PLAN-O004";

  private final List<Diagnostic> found = new ArrayList<>();
  private final Map<String, List<String>> placeholders = new LinkedHashMap<>();

  Problems(Plan plan) {
    for (Placeholder p : Placeholders.find(plan)) {
      placeholders.computeIfAbsent(p.path(), k -> new ArrayList<>()).add(p.text());
    }
  }

  /** Records a diagnostic. */
  void warn(String code, String path, String message) {
    found.add(Diagnostic.of(Severity.WARNING, code, path, message));
  }

  /**
   * Whether the field at the path holds an unfilled placeholder; when it does, a {@link
   * #PLACEHOLDER} diagnostic says what is left out.
   */
  boolean placeholder(String path, String leftOut) {
    List<String> in = placeholders.get(path);
    if (in == null) {
      return false;
    }
    warn(PLACEHOLDER, path, "unfilled placeholder " + String.join(", ", in) + ": " + leftOut);
    return true;
  }

  /** Like {@link #placeholder(String, String)}, for text the model does not search (bodies). */
  boolean placeholderIn(String text, String path, String leftOut) {
    List<String> in = Placeholders.in(text);
    if (in.isEmpty()) {
      return false;
    }
    warn(PLACEHOLDER, path, "unfilled placeholder " + String.join(", ", in) + ": " + leftOut);
    return true;
  }

  List<Diagnostic> diagnostics() {
    return List.copyOf(found);
  }
}
