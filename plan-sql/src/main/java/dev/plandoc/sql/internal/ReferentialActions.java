package dev.plandoc.sql.internal;

import dev.plandoc.sql.internal.Tokens.Run;
import java.util.List;

/**
 * The clauses after a foreign key's {@code REFERENCES t (c)} that say what happens on a change
 * ({@code ON DELETE SET NULL}, {@code MATCH FULL}, {@code DEFERRABLE INITIALLY DEFERRED}). The
 * typed view has no place for them, and JSqlParser does not read all of them (5.3 stops at {@code
 * SET NULL}), so they are blanked before a second parse.
 */
final class ReferentialActions {
  private ReferentialActions() {}

  /** Blanks the clauses in one element, after its {@code REFERENCES}. */
  static void blank(List<SqlToken> tokens, Run element, Blanks into) {
    int ref = Tokens.indexAtTop(tokens, element, "REFERENCES");
    if (ref < 0) {
      return;
    }
    int i = ref + 1;
    while (i < element.to()) {
      int n = clause(tokens, i, element.to());
      if (n > 0) {
        into.blank(new Run(i, i + n));
        i += n;
      } else {
        i++;
      }
    }
  }

  /** The length of the clause at {@code i}, or 0. */
  private static int clause(List<SqlToken> t, int i, int end) {
    if (at(t, i, end, "ON") && (at(t, i + 1, end, "DELETE") || at(t, i + 1, end, "UPDATE"))) {
      if (at(t, i + 2, end, "SET") || at(t, i + 2, end, "NO")) {
        return i + 3 < end ? 4 : 0;
      }
      return i + 2 < end ? 3 : 0;
    }
    if (at(t, i, end, "MATCH")) {
      return i + 1 < end ? 2 : 0;
    }
    if (at(t, i, end, "NOT") && at(t, i + 1, end, "DEFERRABLE")) {
      return 2;
    }
    if (at(t, i, end, "DEFERRABLE")) {
      return 1;
    }
    if (at(t, i, end, "INITIALLY")) {
      return i + 1 < end ? 2 : 0;
    }
    return 0;
  }

  private static boolean at(List<SqlToken> t, int i, int end, String word) {
    return i < end && t.get(i).is(word);
  }
}
