package dev.plandoc.markdown.internal;

import dev.plandoc.model.Language;
import dev.plandoc.model.SectionKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The section vocabulary of DESIGN.md: the Korean and English headings, sub-headings, labels and
 * table column names, and the lenient matching of what authors actually write.
 */
public final class Vocabulary {

  private Vocabulary() {}

  static Term t(String ko, String en, String... aliases) {
    return new Term(ko, en, List.of(aliases));
  }

  /** Section headings (without numbers). */
  public static final Map<SectionKind, Term> SECTIONS = new EnumMap<>(SectionKind.class);

  static {
    SECTIONS.put(
        SectionKind.METADATA,
        t(
            "Metadata",
            "Metadata",
            "메타데이터",
            "메타 데이터",
            "메타 정보",
            "문서 정보",
            "Document Info",
            "Document Information"));
    SECTIONS.put(
        SectionKind.TECH_STACK,
        t(
            "기술 스택 선정",
            "Technology Stack",
            "기술 스택",
            "Tech Stack",
            "Technology Stack Selection",
            "Tech Stack Selection",
            "기술 선정"));
    SECTIONS.put(
        SectionKind.ARCHITECTURE, t("아키텍처 설계", "Architecture", "아키텍처", "Architecture Design"));
    SECTIONS.put(
        SectionKind.API_DESIGN,
        t(
            "API 설계",
            "API Design",
            "API",
            "API Endpoints",
            "Endpoints",
            "API 명세",
            "API Specification",
            "API 엔드포인트"));
    SECTIONS.put(
        SectionKind.DATABASE_SCHEMA,
        t(
            "데이터베이스 스키마",
            "Database Schema",
            "DB 스키마",
            "DB Schema",
            "데이터베이스 설계",
            "Database Design",
            "Data Model",
            "데이터 모델"));
    SECTIONS.put(
        SectionKind.EXTERNAL_SERVICES,
        t(
            "외부 서비스 통합",
            "External Services",
            "외부 서비스",
            "External Service Integration",
            "External Integrations",
            "외부 연동",
            "Third-party Services",
            "Integrations"));
    SECTIONS.put(
        SectionKind.SECURITY,
        t("보안 설계", "Security", "보안", "Security Design", "Security Considerations", "보안 고려사항"));
    SECTIONS.put(
        SectionKind.PERFORMANCE,
        t(
            "성능 최적화 전략",
            "Performance",
            "성능 최적화",
            "성능",
            "Performance Optimization",
            "Performance Optimization Strategy",
            "Performance Strategy"));
    SECTIONS.put(
        SectionKind.ERROR_HANDLING,
        t("에러 처리 전략", "Error Handling", "에러 처리", "오류 처리", "Error Handling Strategy"));
    SECTIONS.put(
        SectionKind.MONITORING,
        t(
            "모니터링 및 로깅",
            "Monitoring and Logging",
            "모니터링",
            "Monitoring & Logging",
            "Monitoring",
            "Observability",
            "모니터링 및 로그"));
    SECTIONS.put(
        SectionKind.TESTING,
        t("테스트 전략", "Testing Strategy", "테스트", "Testing", "Test Strategy", "Test Plan", "테스트 계획"));
    SECTIONS.put(
        SectionKind.DEPLOYMENT,
        t("배포 전략", "Deployment", "배포", "Deployment Strategy", "Deployment Plan", "배포 계획"));
    SECTIONS.put(
        SectionKind.COST_ESTIMATE,
        t(
            "비용 예측",
            "Cost Estimate",
            "비용",
            "비용 산정",
            "Cost",
            "Costs",
            "Cost Estimation",
            "예상 비용",
            "Estimated Cost",
            "Cost Estimates"));
    SECTIONS.put(SectionKind.MILESTONES, t("마일스톤", "Milestones", "Milestone", "일정", "Timeline"));
    SECTIONS.put(
        SectionKind.RISKS,
        t(
            "리스크 및 완화 방안",
            "Risks and Mitigations",
            "리스크",
            "위험 요소",
            "Risks",
            "Risks & Mitigations",
            "Risks & Mitigation",
            "Risks and Mitigation",
            "Risk Management",
            "리스크 관리",
            "위험 및 완화 방안"));
    SECTIONS.put(SectionKind.NEXT_STEPS, t("다음 단계", "Next Steps", "Next Step", "향후 계획"));
  }

  // Sub-section headings, by the part name used for anchors.
  public static final Term SELECTED = t("선택된 기술", "Selected Technologies");
  public static final Term ALTERNATIVES =
      t(
          "대안 기술 (검토 후 제외)",
          "Alternatives Considered (Rejected)",
          "대안 기술",
          "Alternatives Considered",
          "Alternatives");
  public static final Term DIAGRAM =
      t("High-level Architecture", "High-level Architecture", "전체 아키텍처", "아키텍처 다이어그램");
  public static final Term COMPONENTS = t("컴포넌트 설계", "Components", "컴포넌트", "Component Design");
  public static final Term DATA_FLOW = t("데이터 흐름", "Data Flow");
  public static final Term INDEX_STRATEGY = t("인덱스 전략", "Index Strategy", "Indexes");
  public static final Term AUTHENTICATION = t("인증 (Authentication)", "Authentication", "인증");
  public static final Term AUTHORIZATION = t("권한 (Authorization)", "Authorization", "권한", "인가");
  public static final Term DATA_PROTECTION = t("데이터 보호", "Data Protection");
  public static final Term CACHING = t("캐싱", "Caching", "캐시");
  public static final Term DB_OPTIMIZATION =
      t("데이터베이스 최적화", "Database Optimization", "DB 최적화", "DB Optimization");
  public static final Term ASYNC = t("비동기 처리", "Async Processing", "Asynchronous Processing");
  public static final Term ERROR_CLASSES =
      t("에러 분류", "Error Classification", "오류 분류", "Error Classes");
  public static final Term RETRY = t("재시도 전략", "Retry Strategy", "재시도", "Retry Policy");
  public static final Term METRICS = t("메트릭", "Metrics", "지표");
  public static final Term LOGGING = t("로깅", "Logging");
  public static final Term ALERTS = t("알림", "Alerts", "Alerting");
  public static final Term CONTRACT = t("Contract Testing", "Contract Testing", "계약 테스트");
  public static final Term INTEGRATION = t("Integration Testing", "Integration Testing", "통합 테스트");
  public static final Term LOAD = t("Load Testing", "Load Testing", "부하 테스트");
  public static final Term ENVIRONMENTS = t("환경", "Environments", "Environment");
  public static final Term CI_CD = t("CI/CD", "CI/CD");
  public static final Term ROLLBACK = t("Rollback 계획", "Rollback Plan", "롤백 계획", "Rollback");

  // Item headings with a number and a name.
  public static final Term ENDPOINT = t("Endpoint", "Endpoint", "엔드포인트");
  public static final Term TABLE = t("테이블", "Table");
  public static final Term SERVICE = t("Service", "Service", "서비스");
  public static final Term RISK = t("리스크", "Risk", "위험");

  // Labels of bullet fields.
  public static final Term SPEC =
      t("SPEC", "SPEC", "스펙", "Spec", "관련 SPEC", "Related SPEC", "SPEC 문서");
  public static final Term DATE = t("작성일", "Date", "날짜", "Created");
  public static final Term AUTHOR = t("작성자", "Author", "Owner", "Written by", "Created by");
  public static final Term AGENT = t("담당 에이전트", "Agent", "에이전트", "Agents");
  public static final Term PURPOSE = t("용도", "Purpose", "목적");
  public static final Term COST = t("비용", "Cost");
  public static final Term API_DOCS = t("API 문서", "API Docs", "API Documentation", "문서");
  public static final Term AUTH_METHOD = t("인증 방식", "Authentication", "Auth");
  public static final Term METHOD = t("방식", "Method");
  public static final Term TOKEN_LIFETIME =
      t("토큰 유효 기간", "Token Lifetime", "Access Token", "Access 토큰");
  public static final Term REFRESH_TOKEN = t("Refresh 토큰", "Refresh Token", "리프레시 토큰");
  public static final Term ROLES = t("Roles", "Roles", "역할");
  public static final Term PII = t("개인정보 암호화", "PII Encryption");
  public static final Term TRANSPORT = t("전송 암호화", "Transport Encryption");
  public static final Term REDIS_CACHE = t("Redis 캐시", "Redis Cache", "캐시 대상");
  public static final Term TTL = t("TTL", "TTL");
  public static final Term INDEXING = t("인덱싱", "Indexing");
  public static final Term CONNECTION_POOL = t("커넥션 풀", "Connection Pool");
  public static final Term HEAVY_JOBS = t("무거운 작업", "Heavy Jobs");
  public static final Term LEVEL = t("레벨", "Level", "Levels");
  public static final Term FORMAT = t("포맷", "Format", "형식");
  public static final Term RETENTION = t("보관 기간", "Retention");
  public static final Term CRITICAL_PATHS = t("핵심 경로", "Critical Paths");
  public static final Term COVERAGE = t("목표 커버리지", "Coverage Target", "커버리지");
  public static final Term TARGET = t("목표", "Target");
  public static final Term TOOLS = t("도구", "Tools");
  public static final Term PROBABILITY =
      t("확률", "Probability", "발생 확률", "발생 가능성", "가능성", "Likelihood");
  public static final Term IMPACT = t("영향", "Impact", "영향도", "Severity", "심각도");
  public static final Term MITIGATION =
      t("완화 방안", "Mitigation", "대응 방안", "완화 전략", "대응", "대응 전략", "대책", "Mitigation Plan");
  public static final Term TOTAL =
      t(
          "총계",
          "Total",
          "합계",
          "총 비용",
          "총 월 비용",
          "월 합계",
          "Total Cost",
          "Monthly Total",
          "총합",
          "Total monthly cost",
          "Total Monthly",
          "월 총 비용",
          "월간 합계");

  /**
   * The text the writer puts after {@code ## } for a section: {@code 3. API 설계}, {@code Metadata}.
   */
  public static String sectionHeading(SectionKind kind, Language language) {
    String title = SECTIONS.get(kind).in(language);
    return kind == SectionKind.METADATA ? title : kind.number() + ". " + title;
  }

  /**
   * A label in another language when it is the template's own wording: the term in either language,
   * after the author's number or none ({@code 7. 기술 스택 선정} becomes {@code 7. Technology Stack}).
   * Anything else is the author's and stays as it is.
   */
  public static String translated(String label, Term term, Language language) {
    int at = HeadingNumber.end(label);
    String words = label.substring(at);
    return words.equals(term.korean()) || words.equals(term.english())
        ? label.substring(0, at) + term.in(language)
        : label;
  }

  /** The section a {@code ##} heading names, and the language it is written in. */
  public static Optional<Map.Entry<SectionKind, Language>> section(String heading) {
    String raw = HeadingNumber.strip(heading);
    // Normalised once: each of the sixteen terms is compared with the same two spellings.
    String h = normalize(raw);
    String bare = normalize(HeadingNumber.stripTrailingParens(raw));
    for (Map.Entry<SectionKind, Term> e : SECTIONS.entrySet()) {
      Optional<Language> lang = e.getValue().matchNormalized(h);
      if (lang.isEmpty()) {
        lang = e.getValue().matchNormalized(bare);
      }
      if (lang.isPresent()) {
        return Optional.of(Map.entry(e.getKey(), lang.get()));
      }
    }
    // Not one of the known titles: recognise the section by the key words of its heading.
    return SectionHeadings.recognise(raw).map(m -> Map.entry(m.kind(), m.language()));
  }

  /** Whether a sub-heading names the term, ignoring numbers, case and a trailing parenthesis. */
  public static Optional<Language> matches(Term term, String heading) {
    String h = HeadingNumber.strip(heading);
    Optional<Language> l = term.match(h);
    return l.isPresent() ? l : term.match(HeadingNumber.stripTrailingParens(h));
  }

  private static final Map<Term, Pattern> ITEM_PATTERNS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * An item heading as written: the term's word ({@code Endpoint}, {@code 리스크}) and the name after
   * the number.
   */
  public record ItemHeading(String word, String name) {}

  /** An item heading {@code Endpoint 1: name}: its word and name, when the heading is one. */
  public static Optional<ItemHeading> itemHeading(Term term, String heading) {
    String h = HeadingNumber.strip(heading.strip());
    Pattern p =
        ITEM_PATTERNS.computeIfAbsent(
            term,
            t -> {
              StringBuilder words = new StringBuilder();
              for (String w : allSpellings(t)) {
                words.append(words.length() == 0 ? "" : "|").append(Pattern.quote(w));
              }
              return Pattern.compile(
                  "^(" + words + ")\\s*(?:#?\\d+)?\\s*(?:[:：.]|\\s[-–—])\\s*(.*)$",
                  Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
            });
    Matcher m = p.matcher(h);
    return m.matches()
        ? Optional.of(new ItemHeading(m.group(1), m.group(2).strip()))
        : Optional.empty();
  }

  private static List<String> allSpellings(Term term) {
    java.util.ArrayList<String> all = new java.util.ArrayList<>();
    all.add(term.korean());
    all.add(term.english());
    all.addAll(term.aliases());
    return all;
  }

  /**
   * The normalised form headings and labels are compared in: decoration removed, runs of whitespace
   * ({@code \s}: space, tab, line breaks, form feed, vertical tab) made one space, lower case.
   * Written out rather than with a regular expression: it runs for every heading and label.
   */
  static String normalize(String s) {
    String bare = Inline.stripDecoration(s);
    StringBuilder sb = null;
    int n = bare.length();
    for (int i = 0; i < n; i++) {
      char c = bare.charAt(i);
      if (HeadingNumber.isSpace(c)
          && (c != ' ' || i + 1 < n && HeadingNumber.isSpace(bare.charAt(i + 1)))) {
        if (sb == null) {
          sb = new StringBuilder(n).append(bare, 0, i);
        }
        sb.append(' ');
        while (i + 1 < n && HeadingNumber.isSpace(bare.charAt(i + 1))) {
          i++;
        }
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return (sb == null ? bare : sb.toString()).toLowerCase(Locale.ROOT);
  }

  /** Whether the text holds Hangul. */
  public static boolean isKorean(String s) {
    return s.codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3 || c >= 0x1100 && c <= 0x11FF);
  }

  /** Whether a spelling is the same in both languages, so it says nothing about the language. */
  public static boolean isNeutral(Term term, String written) {
    return term.sameInBothLanguages() && term.match(written).isPresent() && !isKorean(written);
  }
}
