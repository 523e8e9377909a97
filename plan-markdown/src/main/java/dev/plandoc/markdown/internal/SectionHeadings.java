package dev.plandoc.markdown.internal;

import dev.plandoc.model.Language;
import dev.plandoc.model.SectionKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a section by what its heading means rather than by a fixed list of whole titles: the
 * key words of each section in Korean and English, weighed, so that {@code 인프라 및 배포}, {@code 🧯 10.
 * 장애 대응 및 폴백}, {@code Recommendations & Next Steps} and {@code 관측성 (Observability)} map where a
 * reader would put them.
 *
 * <h2>The scoring rule</h2>
 *
 * <ol>
 *   <li>The heading is normalised: emphasis, emoji and other symbols, and a leading number ({@code
 *       7.}, {@code 3.2}, {@code 12)}) are removed, letters are lower-cased.
 *   <li>Every key word of every section is looked for ({@link #KEYWORDS}); English words match at
 *       word boundaries (a word marked as a stem also takes endings: {@code cost} → {@code costs}),
 *       Korean words anywhere, since Korean attaches particles and compounds without spaces. Where
 *       matches overlap the longest wins, so {@code 다음 단계} is next steps and not the {@code 단계} of
 *       a milestone phrase, and {@code 인프라 비용} is cost.
 *   <li>A section scores the weight of its best match: 6 for a phrase that names the section on its
 *       own ({@code 외부 연동}, {@code test plan}), 4 for the section's core noun ({@code 보안}, {@code
 *       budget}), 3 for {@code 아키텍처}/{@code architecture} (a noun that other sections use as a
 *       qualifier: {@code 배포 아키텍처} is deployment, {@code 보안 아키텍처} security), 2 for a weak hint that
 *       never maps a heading on its own ({@code 품질}, {@code 최적화}).
 *   <li>The heading maps to the best-scoring section when that score is at least 3, no other
 *       section has the same score (a heading naming two sections, {@code 보안 및 성능}, stays what it
 *       is), and at most {@value #MAX_OTHER_WORDS} other words remain once key words, words that
 *       say nothing about the topic ({@code 설계}, {@code 전략}, {@code overview}) and a trailing
 *       parenthesis are set aside: a sentence that merely mentions a cost is not the cost section.
 * </ol>
 *
 * <p>A match also reports its {@link #weight()}, so that callers can ask for more evidence where a
 * wrong guess is likelier, e.g. a {@code ###} sub-heading lifted out of another section.
 */
public final class SectionHeadings {
  /** The most words a heading may hold besides key words and neutral words. */
  static final int MAX_OTHER_WORDS = 3;

  /** A phrase that names a section on its own. */
  public static final int PHRASE = 6;

  /** A section's core noun. */
  public static final int NOUN = 4;

  private static final int QUALIFIER = 3;
  private static final int HINT = 2;

  private static final Pattern LEADING_NUMBER =
      Pattern.compile("^(?:\\d+(?:\\.\\d+)*[.)]?|[ivx]+\\.)\\s+");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s&/,·:+—–-]+");

  /** Words that say nothing about which section a heading is. */
  private static final List<String> NEUTRAL =
      List.of(
          """
          및 와 과 의 설계 전략 계획 방안 고려사항 고려 사항 개요 상세 요약 정리 분석 원칙 구조 방식 시스템 전체 주요 and the of for design strategy strategies plan planning considerations overview summary details detail approach system technical high-level key proposed initial v1 mvp
          """
              .strip()
              .split(" "));

  /**
   * Words that make a heading something other than a section even when it names one: an appendix on
   * load tests is not the testing section.
   */
  private static final Pattern NOT_A_SECTION =
      Pattern.compile(
          "부록|참고 자료|용어 정의|용어집|변경 이력|(?<![\\p{L}])(?:appendix|glossary|changelog|references)(?![\\p{L}])");

  /** A key word of a section: its spelling, weight, and whether English endings may follow. */
  /**
   * A key word; {@code bare} when it matches anywhere, as written (a Korean word), so that its
   * pattern is only the word itself.
   */
  record Keyword(
      SectionKind kind, String word, int weight, boolean stem, boolean bare, Pattern pattern) {
    Language language() {
      return Vocabulary.isKorean(word) ? Language.KOREAN : Language.ENGLISH;
    }
  }

  /**
   * The key words of every section, one line per section and weight: {@code KIND WEIGHT: word |
   * word}, a trailing {@code *} marking an English stem.
   */
  private static final String TABLE =
      """
      TECH_STACK PHRASE: 기술 스택 | tech stack | technology stack | 기술 선택 | 선택 기술 | 기술 선정 | 사용 기술 | 기술 구성 | 핵심 기술 | technology choices | tech choices
      TECH_STACK NOUN: 스택 | stack | technologies
      ARCHITECTURE PHRASE: system design | 시스템 설계 | high-level design | 시스템 구성 | 구조도 | 구성도 | architecture overview
      ARCHITECTURE QUALIFIER: 아키텍처 | architecture*
      API_DESIGN PHRASE: api 설계 | api design | api 명세 | api spec* | api 엔드포인트 | api endpoint* | api surface | api 라우트 | api route* | api reference | rest api | http api
      API_DESIGN NOUN: api | apis | endpoint* | 엔드포인트
      API_DESIGN HINT: 라우트 | routes
      DATABASE_SCHEMA PHRASE: 데이터베이스 스키마 | database schema | db 스키마 | db schema | 데이터 모델 | data model* | 데이터베이스 설계 | database design | db 설계 | erd | 테이블 설계 | table design | data schema | 스키마 설계 | schema design
      DATABASE_SCHEMA NOUN: 스키마 | schema* | 데이터베이스 | database | db
      DATABASE_SCHEMA HINT: 테이블 | tables | persistence
      EXTERNAL_SERVICES PHRASE: 외부 서비스 | 외부 연동 | external service* | external integration* | third-party | third party | 3rd-party | 외부 api | external api* | 서드파티 | 외부 시스템 | 외부 의존성 | external dependenc*
      EXTERNAL_SERVICES NOUN: integrations | 연동
      EXTERNAL_SERVICES HINT: integration
      SECURITY PHRASE: 보안 설계 | security design | security consideration*
      SECURITY NOUN: 보안 | security | 인증 | authentication | 개인정보 | privacy
      SECURITY HINT: 권한 | authorization | auth
      PERFORMANCE PHRASE: 성능 최적화 | performance optimization
      PERFORMANCE NOUN: 성능 | performance | scalability | 확장성
      PERFORMANCE HINT: 캐싱 | caching | 최적화 | optimization
      ERROR_HANDLING PHRASE: 에러 처리 | 오류 처리 | 예외 처리 | error handling | 에러 핸들링 | 오류 핸들링 | exception handling | failure handling | 장애 대응 | 장애 처리 | fault tolerance | error management
      ERROR_HANDLING NOUN: 에러 | 오류 | error* | 예외 | exception* | 장애 | failure* | resilien* | 복원력 | 폴백 | fallback*
      ERROR_HANDLING HINT: 재시도 | retr*
      MONITORING PHRASE: 모니터링 및 로깅 | monitoring and logging
      MONITORING NOUN: 모니터링 | monitoring | 로깅 | logging | 관측성 | observability | 로그 | logs | 텔레메트리 | telemetry
      MONITORING HINT: metrics | 메트릭 | alerting | tracing
      TESTING PHRASE: 테스트 전략 | test strategy | testing strategy | test plan | 테스트 계획
      TESTING NOUN: 테스트 | test* | qa
      TESTING HINT: 검증 | 품질 | quality
      DEPLOYMENT PHRASE: 배포 전략 | deployment strategy | ci/cd | 배포 계획
      DEPLOYMENT NOUN: 배포 | deploy* | rollout | 롤아웃 | 인프라 | infrastructure | infra
      DEPLOYMENT HINT: release* | 릴리스 | devops | hosting
      COST_ESTIMATE PHRASE: 비용 예측 | 비용 추정 | 비용 산정 | 예상 비용 | cost estimat* | estimated cost* | 운영 비용 | 인프라 비용 | infrastructure cost*
      COST_ESTIMATE NOUN: 비용 | cost* | budget* | 예산 | 요금 | pricing
      MILESTONES PHRASE: 마일스톤 | milestone* | 개발 일정 | 일정 계획 | 구현 단계 | 개발 단계 | 구현 순서 | 개발 로드맵 | build phases | development phases | implementation phases | delivery plan | work plan
      MILESTONES NOUN: 일정 | timeline* | 로드맵 | roadmap | schedule | phases
      MILESTONES HINT: 우선순위 | 단계별
      RISKS PHRASE: 리스크 및 완화 | risks and mitigation* | 위험 요소 | risk management | 리스크 관리 | 위험 관리
      RISKS NOUN: 리스크 | risk* | 위험
      RISKS HINT: mitigation* | 대응 | 완화
      NEXT_STEPS PHRASE: 다음 단계 | next step* | 후속 작업 | 향후 계획 | 향후 과제 | 향후 개선 | 향후 작업 | 남은 작업 | action item* | todo | to-do | future work | follow-up*
      NEXT_STEPS NOUN: 향후 | 후속
      NEXT_STEPS HINT: recommendations | open questions
      """;

  /** The key words of every section. */
  static final List<Keyword> KEYWORDS = new ArrayList<>();

  static {
    for (String line : TABLE.strip().split("\n")) {
      int colon = line.indexOf(':');
      String[] head = line.substring(0, colon).strip().split(" ");
      SectionKind kind = SectionKind.valueOf(head[0]);
      int weight =
          switch (head[1]) {
            case "PHRASE" -> PHRASE;
            case "NOUN" -> NOUN;
            case "QUALIFIER" -> QUALIFIER;
            default -> HINT;
          };
      for (String word : line.substring(colon + 1).split("\\|")) {
        add(kind, weight, word.strip());
      }
    }
  }

  private SectionHeadings() {}

  private static void add(SectionKind kind, int weight, String w) {
    {
      boolean stem = w.endsWith("*");
      String word = stem ? w.substring(0, w.length() - 1) : w;
      String quoted = Pattern.quote(word);
      boolean bare = Vocabulary.isKorean(word);
      Pattern p =
          bare
              ? Pattern.compile(quoted)
              : Pattern.compile(
                  "(?<![\\p{L}\\d])" + quoted + (stem ? "\\p{L}*" : "(?![\\p{L}\\d])"));
      KEYWORDS.add(new Keyword(kind, word, weight, stem, bare, p));
    }
  }

  /**
   * What a heading names.
   *
   * @param kind the section
   * @param language the language of the key word that decided it
   * @param weight the weight of that key word ({@link #PHRASE}, {@link #NOUN}, …)
   */
  public record Match(SectionKind kind, Language language, int weight) {}

  /** The section a heading names by its key words, when the evidence is clear (see above). */
  public static Optional<Match> recognise(String heading) {
    String h = normalise(heading);
    String bare = HeadingNumber.stripTrailingParens(h);
    if (NOT_A_SECTION.matcher(bare).find()) {
      return Optional.empty();
    }
    List<int[]> taken = new ArrayList<>();
    List<Keyword> found = new ArrayList<>();
    for (Hit hit : hits(h)) {
      if (taken.stream().noneMatch(t -> hit.start < t[1] && t[0] < hit.end)) {
        taken.add(new int[] {hit.start, hit.end});
        found.add(hit.keyword);
      }
    }
    Map<SectionKind, Keyword> best = new EnumMap<>(SectionKind.class);
    for (Keyword k : found) {
      best.merge(k.kind(), k, (a, b) -> a.weight() >= b.weight() ? a : b);
    }
    List<Keyword> ranked = new ArrayList<>(best.values());
    ranked.sort(Comparator.comparingInt(Keyword::weight).reversed());
    if (ranked.isEmpty()
        || ranked.get(0).weight() < QUALIFIER
        || ranked.size() > 1 && ranked.get(1).weight() == ranked.get(0).weight()
        || otherWords(bare, taken) > MAX_OTHER_WORDS) {
      return Optional.empty();
    }
    Keyword k = ranked.get(0);
    return Optional.of(new Match(k.kind(), k.language(), k.weight()));
  }

  private record Hit(Keyword keyword, int start, int end) {}

  private static List<Hit> hits(String h) {
    List<Hit> hits = new ArrayList<>();
    for (Keyword k : KEYWORDS) {
      // The word itself must be in the heading: looked for first, since a heading holds only a
      // few of the hundreds of key words and a regular expression costs far more than indexOf.
      int at = h.indexOf(k.word());
      if (at < 0) {
        continue;
      }
      if (k.bare() && !k.word().isEmpty()) {
        for (; at >= 0; at = h.indexOf(k.word(), at + k.word().length())) {
          hits.add(new Hit(k, at, at + k.word().length()));
        }
        continue;
      }
      Matcher m = k.pattern().matcher(h);
      while (m.find(at)) {
        hits.add(new Hit(k, m.start(), m.end()));
        at = m.end();
      }
    }
    // Longest first, then earliest: overlapping shorter matches lose.
    hits.sort(Comparator.<Hit>comparingInt(x -> x.start - x.end).thenComparingInt(x -> x.start));
    return hits;
  }

  /** The words of the heading (outside a trailing parenthesis) that no key word covers. */
  private static int otherWords(String bare, List<int[]> taken) {
    StringBuilder rest = new StringBuilder(bare);
    for (int[] t : taken) {
      for (int i = t[0]; i < Math.min(t[1], rest.length()); i++) {
        rest.setCharAt(i, ' ');
      }
    }
    int n = 0;
    for (String w : SEPARATORS.split(rest.toString())) {
      if (!w.isEmpty() && !NEUTRAL.contains(w) && w.codePoints().anyMatch(Character::isLetter)) {
        n++;
      }
    }
    return n;
  }

  /** Lower case, without emphasis, symbols (emoji) and a leading number. */
  static String normalise(String heading) {
    String s = Inline.stripDecoration(heading).replace("`", "");
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            c -> {
              int type = Character.getType(c);
              boolean symbol =
                  type == Character.OTHER_SYMBOL
                      || type == Character.SURROGATE
                      || type == Character.NON_SPACING_MARK && c >= 0xFE00 && c <= 0xFE0F
                      || c == 0x200D;
              if (!symbol) {
                sb.appendCodePoint(c);
              }
            });
    String lower = sb.toString().strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    return LEADING_NUMBER.matcher(lower).replaceFirst("").strip();
  }
}
