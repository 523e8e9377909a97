package dev.plandoc.bench;

import dev.plandoc.model.ApiDesign;
import dev.plandoc.model.CostEstimate;
import dev.plandoc.model.CostItem;
import dev.plandoc.model.CostTotal;
import dev.plandoc.model.DatabaseSchema;
import dev.plandoc.model.EndpointSpec;
import dev.plandoc.model.Header;
import dev.plandoc.model.Milestone;
import dev.plandoc.model.Milestones;
import dev.plandoc.model.NextSteps;
import dev.plandoc.model.Plan;
import dev.plandoc.model.ResponseSpec;
import dev.plandoc.model.Risk;
import dev.plandoc.model.Risks;
import dev.plandoc.model.Step;
import dev.plandoc.model.TableSpec;
import dev.plandoc.model.TechChoice;
import dev.plandoc.model.TechStack;
import dev.plandoc.model.value.DurationText;
import dev.plandoc.model.value.HttpMethodText;
import dev.plandoc.model.value.MoneyText;
import dev.plandoc.model.value.RiskLevelText;
import dev.plandoc.model.value.StatusCodeText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A large plan built in code, the same on every run: 40 endpoints, 12 tables, 20 risks, and longer
 * tables of technologies, costs and milestones; the other sections are those of a corpus plan.
 * Written as Markdown it has more than 2,000 lines.
 */
public final class LargePlan {
  /** Endpoints in the large plan. */
  public static final int ENDPOINTS = 40;

  /** Tables in the large plan. */
  public static final int TABLES = 12;

  /** Risks in the large plan. */
  public static final int RISKS = 20;

  private static final String[] METHODS = {"GET", "POST", "PUT", "PATCH", "DELETE"};
  private static final String[] RESOURCES = {
    "receipts", "campaigns", "users", "points", "stores", "reviews", "payouts", "reports"
  };
  private static final String[] LEVELS = {"High", "Medium", "Low"};

  private LargePlan() {}

  /** The large plan, with the sections it does not generate taken from {@code base}. */
  public static Plan plan(Plan base) {
    return Plan.builder()
        .from(base)
        .title("대규모 리워드 플랫폼")
        .techStack(techStack())
        .apiDesign(new ApiDesign(endpoints(), List.of()))
        .databaseSchema(new DatabaseSchema(tables(), indexNotes(), List.of()))
        .costEstimate(costs())
        .milestones(milestones())
        .risks(new Risks(risks(), List.of()))
        .nextSteps(
            new NextSteps(
                List.of(
                    new Step("SPEC 재검토 및 승인"),
                    new Step("TASKS 문서 생성"),
                    new Step("스키마 마이그레이션 작성"),
                    new Step("구현 시작")),
                List.of()))
        .build();
  }

  private static TechStack techStack() {
    List<TechChoice> rows = new ArrayList<>();
    String[] areas = {"백엔드", "프론트엔드", "데이터베이스", "캐시", "큐", "검색", "스토리지", "관측"};
    for (int i = 0; i < 16; i++) {
      rows.add(
          new TechChoice(
              areas[i % areas.length] + " " + (i + 1),
              "Technology " + (i + 1) + " (v" + (i % 5 + 1) + "." + i + ")",
              "기존 스택과 호환, 팀 경험 " + (i + 2) + "년, 운영 비용이 낮고 커뮤니티가 활발함",
              Map.of()));
    }
    return new TechStack(List.of(), rows, List.of(), List.of());
  }

  private static List<EndpointSpec> endpoints() {
    List<EndpointSpec> list = new ArrayList<>();
    for (int i = 0; i < ENDPOINTS; i++) {
      String method = METHODS[i % METHODS.length];
      String resource = RESOURCES[i % RESOURCES.length];
      String path = "/api/v1/" + resource + "/{id}/action-" + (i + 1);
      Optional<String> request =
          method.equals("GET") || method.equals("DELETE")
              ? Optional.empty()
              : Optional.of(
                  "{\n"
                      + "  \"name\": \"항목 "
                      + (i + 1)
                      + "\",\n"
                      + "  \"amount\": "
                      + (1000 + 37 * i)
                      + ",\n"
                      + "  \"currency\": \"KRW\",\n"
                      + "  \"tags\": [\"a\", \"b\", \"c\"],\n"
                      + "  \"note\": \"요청 본문 예시 "
                      + i
                      + "\"\n"
                      + "}");
      List<ResponseSpec> responses =
          List.of(
              new ResponseSpec(
                  "Response",
                  new StatusCodeText(method.equals("POST") ? "201" : "200"),
                  "{\n"
                      + "  \"id\": \"9f1c2a9e-4b7d-4e21-9a3f-"
                      + String.format("%012d", i)
                      + "\",\n"
                      + "  \"status\": \"success\",\n"
                      + "  \"resource\": \""
                      + resource
                      + "\",\n"
                      + "  \"updated_at\": \"2026-03-09T12:00:00Z\",\n"
                      + "  \"items\": [\n"
                      + "    {\"sku\": \"A-"
                      + i
                      + "\", \"qty\": 1},\n"
                      + "    {\"sku\": \"B-"
                      + i
                      + "\", \"qty\": 2}\n"
                      + "  ]\n"
                      + "}"),
              new ResponseSpec(
                  "Error",
                  new StatusCodeText("400"),
                  "{\n  \"error\": \"Invalid request\",\n  \"details\": \"필드 검증 실패 " + i + "\"\n}"),
              new ResponseSpec(
                  "Error",
                  new StatusCodeText("404"),
                  "{\n  \"error\": \"Not found\",\n  \"details\": \"" + resource + " 없음\"\n}"));
      list.add(
          new EndpointSpec(
              resource + " 작업 " + (i + 1),
              new HttpMethodText(method),
              path,
              List.of(
                  new Header("Authorization", "Bearer {token}"),
                  new Header("Content-Type", "application/json"),
                  new Header("X-Request-Id", "{uuid}")),
              request,
              responses,
              List.of()));
    }
    return list;
  }

  private static List<TableSpec> tables() {
    List<TableSpec> list = new ArrayList<>();
    for (int t = 0; t < TABLES; t++) {
      String name = RESOURCES[t % RESOURCES.length] + "_" + (t + 1);
      StringBuilder ddl = new StringBuilder("CREATE TABLE ").append(name).append(" (\n");
      ddl.append("  id UUID PRIMARY KEY,\n");
      for (int c = 0; c < 10; c++) {
        ddl.append("  field_").append(c).append(c % 3 == 0 ? " BIGINT" : " VARCHAR(255)");
        ddl.append(c % 2 == 0 ? " NOT NULL" : "").append(",\n");
      }
      ddl.append("  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),\n");
      ddl.append("  updated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()\n");
      ddl.append(");\n");
      ddl.append("CREATE INDEX idx_").append(name).append("_field_1 ON ").append(name);
      ddl.append(" (field_1);");
      list.add(new TableSpec(name, "sql", ddl.toString(), List.of()));
    }
    return list;
  }

  private static List<String> indexNotes() {
    List<String> notes = new ArrayList<>();
    for (int t = 0; t < TABLES; t++) {
      notes.add("`idx_" + RESOURCES[t % RESOURCES.length] + "_" + (t + 1) + "_field_1`: 조회 성능 향상");
    }
    return notes;
  }

  private static CostEstimate costs() {
    List<CostItem> items = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      items.add(
          new CostItem(
              "항목 " + (i + 1),
              new MoneyText("$" + (10 + 7 * i)),
              "월 " + (i + 1) + "만 건 기준",
              Map.of()));
    }
    return new CostEstimate(
        List.of(),
        items,
        Optional.of(new CostTotal(new MoneyText("$1530"), "", Map.of())),
        List.of());
  }

  private static Milestones milestones() {
    List<Milestone> rows = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      rows.add(
          new Milestone(
              String.valueOf(i + 1),
              "단계 " + (i + 1) + ": " + RESOURCES[i % RESOURCES.length] + " 구현 및 테스트",
              new DurationText((i % 4 + 1) + "일"),
              Map.of()));
    }
    return new Milestones(List.of(), rows, List.of());
  }

  private static List<Risk> risks() {
    List<Risk> list = new ArrayList<>();
    for (int i = 0; i < RISKS; i++) {
      list.add(
          new Risk(
              "리스크 제목 " + (i + 1) + ": " + RESOURCES[i % RESOURCES.length] + " 처리 지연",
              Optional.of(new RiskLevelText(LEVELS[i % 3])),
              Optional.of(new RiskLevelText(LEVELS[(i + 1) % 3])),
              Optional.of("재시도 큐와 서킷 브레이커로 완화, 지표 " + (i + 1) + " 모니터링"),
              List.of(),
              List.of()));
    }
    return list;
  }
}
