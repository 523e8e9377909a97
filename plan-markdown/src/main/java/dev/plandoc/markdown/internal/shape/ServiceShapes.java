package dev.plandoc.markdown.internal.shape;

import dev.plandoc.markdown.internal.Inline;
import dev.plandoc.markdown.internal.ReadContext;
import dev.plandoc.markdown.internal.Vocabulary;
import dev.plandoc.model.ServiceSpec;
import dev.plandoc.model.ServiceSpecBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.Heading;
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

  private static final Pattern FIELD =
      Pattern.compile("^(?:\\*\\*)?([^*:：\\n]{1,20}?)(?:\\*\\*)?\\s*[:：]\\s*(?:\\*\\*)?\\s*(.*)$");
  private static final Pattern LEADING_NUMBER =
      Pattern.compile("^(?:\\d+(?:\\.\\d+)*[.)]?|Service\\s*\\d+\\s*[:.]|서비스\\s*\\d+\\s*[:.])\\s*");

  private ServiceShapes() {}

  /** The services the kept Markdown lists, in order, each once. */
  public static List<ServiceSpec> read(KeptMarkdown kept) {
    List<ServiceSpec> out = new ArrayList<>();
    String heading = "";
    for (Node b : kept.blocks()) {
      if (b instanceof Heading h) {
        heading = LEADING_NUMBER.matcher(kept.headingText(h).strip()).replaceFirst("").strip();
      } else if (b instanceof TableBlock t) {
        table(kept, t).forEach(s -> add(out, s));
      } else if (b instanceof ListBlock l) {
        List<String> items = kept.items(l);
        Optional<ServiceSpec> fields = fields(heading, items);
        if (fields.isPresent()) {
          add(out, fields.get());
          heading = "";
        } else {
          list(items).forEach(s -> add(out, s));
        }
      }
    }
    return out;
  }

  /**
   * A service written as a heading over its own fields, {@code ### 5.1 토스페이먼츠} then {@code - 용도: 결제
   * 승인} and {@code - 인증: API 키}: the template's {@code ### Service N:} item with a heading of the
   * author's own. Two of the template's field labels are the evidence.
   */
  private static Optional<ServiceSpec> fields(String heading, List<String> items) {
    if (heading.isEmpty() || heading.indexOf('\n') >= 0) {
      return Optional.empty();
    }
    Optional<String> purpose = Optional.empty();
    Optional<String> auth = Optional.empty();
    int labels = 0;
    for (String item : items) {
      Matcher m = FIELD.matcher(item.lines().findFirst().orElse(""));
      if (!m.matches()) {
        continue;
      }
      String label = m.group(1).strip();
      String value = m.group(2).strip();
      if (ReadContext.isTerm(Vocabulary.PURPOSE, label)) {
        purpose = nonEmpty(value);
        labels++;
      } else if (ReadContext.isTerm(Vocabulary.AUTH_METHOD, label)) {
        auth = nonEmpty(value);
        labels++;
      } else if (isFieldLabel(label)) {
        labels++;
      }
    }
    return labels >= 2 ? service(Inline.stripDecoration(heading), purpose, auth) : Optional.empty();
  }

  /** A label of a service's own fields (용도, 비용, API 문서, 인증 방식), not a service's name. */
  private static boolean isFieldLabel(String label) {
    return ReadContext.isTerm(Vocabulary.PURPOSE, label)
        || ReadContext.isTerm(Vocabulary.COST, label)
        || ReadContext.isTerm(Vocabulary.API_DOCS, label)
        || ReadContext.isTerm(Vocabulary.AUTH_METHOD, label)
        || ReadContext.isTerm(Vocabulary.METHOD, label);
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
      if (!m.matches() || isFieldLabel(m.group(1))) {
        return List.of(); // a list of notes, or a service's own fields, not a list of services
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
