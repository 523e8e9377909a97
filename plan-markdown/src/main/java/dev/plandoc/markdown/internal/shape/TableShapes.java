package dev.plandoc.markdown.internal.shape;

import dev.plandoc.markdown.internal.Inline;
import dev.plandoc.model.TableSpec;
import dev.plandoc.model.TableSpecBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * The database-table shapes agents write besides the template's {@code ### 테이블: name} block, read
 * as views:
 *
 * <ul>
 *   <li>every {@code CREATE TABLE} statement of any code block (a block with five statements is
 *       five tables; a table's DDL runs from its statement to the next {@code CREATE TABLE}, so the
 *       indexes after it stay with it; a {@code PARTITION OF} adds no table);
 *   <li>every {@code model Name { … }} of a Prisma block ({@code enum}s are no tables);
 *   <li>a heading that names a table — {@code ### reservations 테이블}, {@code ### `flags`}, {@code
 *       ### orders table} — over a column table ({@code | 컬럼 | 타입 |}, {@code | Column | Type |})
 *       and no DDL.
 * </ul>
 *
 * <p>A table met twice (a heading and then its DDL) is one table.
 */
public final class TableShapes {
  private static final Pattern CREATE = Pattern.compile("(?i)\\bcreate\\b");
  private static final Pattern PRISMA_MODEL =
      Pattern.compile("(?m)^model\\s+([A-Za-z_][A-Za-z0-9_]*)\\s*\\{[^}]*^\\}");
  private static final Pattern TABLE_HEADING =
      Pattern.compile(
          "^(?:(?:table|테이블)\\s*[:：]?\\s*)?`?([A-Za-z_][A-Za-z0-9_.]*)`?(?:\\s*(?:테이블|table))?(?:\\s*[(（][^()（）]*[)）])?$",
          Pattern.CASE_INSENSITIVE);

  private TableShapes() {}

  /** The tables the kept Markdown defines, in order, each once. */
  public static List<TableSpec> read(KeptMarkdown kept) {
    String text = kept.text();
    if (!text.contains("|") && !text.contains("model ") && !CREATE.matcher(text).find()) {
      return List.of(); // no DDL, model or table anywhere: no parse
    }
    List<TableSpec> out = new ArrayList<>();
    Optional<String> named = Optional.empty();
    boolean namedHasDdl = false;
    for (Node b : kept.blocks()) {
      if (b instanceof Heading h) {
        named = tableName(kept.headingText(h));
        namedHasDdl = false;
      } else if (b instanceof FencedCodeBlock c) {
        List<TableSpec> found = codeBlock(c);
        namedHasDdl |= !found.isEmpty();
        found.forEach(t -> add(out, t));
      } else if (b instanceof TableBlock t
          && named.isPresent()
          && !namedHasDdl
          && isColumnTable(kept, t)) {
        add(out, new TableSpecBuilder().name(named.get()).ddlLanguage("").ddl("").build());
        named = Optional.empty();
      }
    }
    return out;
  }

  private static void add(List<TableSpec> out, TableSpec t) {
    if (out.stream().noneMatch(x -> x.name().equalsIgnoreCase(t.name()))) {
      out.add(t);
    }
  }

  /** The table a heading names, when the heading is only a table's name. */
  private static Optional<String> tableName(String heading) {
    String h = heading.replace("**", "").strip();
    Matcher m = TABLE_HEADING.matcher(h);
    // A bare word heading ("### Indexes") names a table only when written as code, with the word
    // table, or as a lower-case identifier (orders, user_roles); capitalised words are
    // sub-headings.
    if (!m.matches()) {
      return Optional.empty();
    }
    String name = m.group(1);
    boolean marked = !h.equals(name) || name.equals(name.toLowerCase(java.util.Locale.ROOT));
    return marked ? Optional.of(name) : Optional.empty();
  }

  private static boolean isColumnTable(KeptMarkdown kept, TableBlock t) {
    List<String> headers = HeaderMeaning.cells(kept.lines(t).get(0));
    return HeaderMeaning.column(headers, "컬럼", "컬럼명", "column", "field", "필드", "이름", "name") >= 0
        && HeaderMeaning.column(headers, "타입", "type", "데이터 타입", "자료형", "data type") >= 0;
  }

  private static List<TableSpec> codeBlock(FencedCodeBlock c) {
    String info = KeptMarkdown.info(c);
    String code = KeptMarkdown.literal(c);
    if (info.contains(" ") || info.contains("\n")) {
      return List.of();
    }
    List<TableSpec> out = new ArrayList<>();
    if (info.equalsIgnoreCase("prisma")
        || PRISMA_MODEL.matcher(code).find() && !code.contains(";")) {
      Matcher m = PRISMA_MODEL.matcher(code);
      while (m.find()) {
        out.add(spec(m.group(1), info, m.group()));
      }
      return out;
    }
    List<SqlStatements.Statement> statements = SqlStatements.split(code);
    List<Integer> starts = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (SqlStatements.Statement s : statements) {
      Optional<String> name = SqlStatements.createdTable(s.text());
      if (name.isPresent()) {
        starts.add(s.start() + SqlStatements.codeStart(s.text()));
        names.add(name.get());
      }
    }
    for (int i = 0; i < names.size(); i++) {
      int from = i == 0 ? 0 : starts.get(i);
      int to = i + 1 < names.size() ? starts.get(i + 1) : code.length();
      out.add(spec(names.get(i), info, code.substring(from, to).strip()));
    }
    return out;
  }

  private static TableSpec spec(String name, String language, String ddl) {
    return new TableSpecBuilder()
        .name(Inline.stripDecoration(name))
        .ddlLanguage(language)
        .ddl(ddl)
        .build();
  }
}
