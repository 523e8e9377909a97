package dev.plandoc.markdown.internal.shape;

import dev.plandoc.markdown.internal.Inline;
import dev.plandoc.model.ServiceSpec;
import dev.plandoc.model.ServiceSpecBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;

/**
 * The external-service shapes agents write besides the template's {@code ### Service N:} block,
 * read as views:
 *
 * <ul>
 *   <li>a table with a service column ({@code 서비스}, {@code Service}, {@code 이름}, {@code Provider})
 *       and a purpose or authentication column ({@code 용도}, {@code Purpose}, {@code 인증}, {@code 연동
 *       방식});
 *   <li>a list whose every item starts with the service's name in bold, {@code 1. **NCP SENS** — 접종
 *       리마인더 SMS}; the text after the separator is the purpose.
 * </ul>
 */
public final class ServiceShapes {
  private static final Pattern BOLD_ITEM =
      Pattern.compile("^\\*\\*([^*\\n]+?)\\*\\*\\s*(?:[—–:-]|[:：])?\\s*(.*)$");

  private ServiceShapes() {}

  /** The services the kept Markdown lists, in order, each once. */
  public static List<ServiceSpec> read(KeptMarkdown kept) {
    List<ServiceSpec> out = new ArrayList<>();
    for (Node b : kept.blocks()) {
      if (b instanceof TableBlock t) {
        table(kept, t).forEach(s -> add(out, s));
      } else if (b instanceof ListBlock l) {
        list(kept.items(l)).forEach(s -> add(out, s));
      }
    }
    return out;
  }

  private static void add(List<ServiceSpec> out, ServiceSpec s) {
    if (out.stream().noneMatch(x -> x.name().equals(s.name()))) {
      out.add(s);
    }
  }

  private static List<ServiceSpec> table(KeptMarkdown kept, TableBlock t) {
    List<String> lines = kept.lines(t);
    List<String> headers = HeaderMeaning.cells(lines.get(0));
    int name =
        HeaderMeaning.column(
            headers, "서비스", "service", "외부 서비스", "서비스명", "provider", "제공자", "연동 대상", "이름", "name");
    int purpose = HeaderMeaning.column(headers, "용도", "purpose", "목적", "역할", "use", "usage");
    int auth = HeaderMeaning.column(headers, "인증", "인증 방식", "auth", "authentication");
    int method = HeaderMeaning.column(headers, "연동 방식", "integration");
    if (name < 0 || purpose < 0 && auth < 0 && method < 0) {
      return List.of();
    }
    List<ServiceSpec> out = new ArrayList<>();
    for (String line : lines.subList(Math.min(2, lines.size()), lines.size())) {
      List<String> cells = HeaderMeaning.cells(line);
      String n = Inline.stripDecoration(HeaderMeaning.cell(cells, name));
      Optional<String> p = nonEmpty(purpose < 0 ? "" : HeaderMeaning.cell(cells, purpose));
      Optional<String> a = nonEmpty(auth < 0 ? "" : HeaderMeaning.cell(cells, auth));
      service(n, p, a).ifPresent(out::add);
    }
    return out;
  }

  private static List<ServiceSpec> list(List<String> items) {
    List<ServiceSpec> out = new ArrayList<>();
    for (String item : items) {
      Matcher m = BOLD_ITEM.matcher(item.lines().findFirst().orElse(""));
      if (!m.matches()) {
        return List.of(); // a list of notes, not of services
      }
      service(m.group(1).strip(), nonEmpty(m.group(2)), Optional.empty()).ifPresent(out::add);
    }
    return out;
  }

  private static Optional<String> nonEmpty(String s) {
    String t = s.strip();
    return t.isEmpty() ? Optional.empty() : Optional.of(t);
  }

  private static Optional<ServiceSpec> service(
      String name, Optional<String> purpose, Optional<String> auth) {
    if (name.isEmpty() || name.equals("-") || name.equals("–")) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new ServiceSpecBuilder().name(name).purpose(purpose).authentication(auth).build());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
