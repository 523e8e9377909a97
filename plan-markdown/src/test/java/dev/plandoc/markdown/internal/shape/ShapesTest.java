package dev.plandoc.markdown.internal.shape;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plandoc.model.EndpointSpec;
import dev.plandoc.model.Milestone;
import dev.plandoc.model.Risk;
import dev.plandoc.model.ServiceSpec;
import dev.plandoc.model.Step;
import dev.plandoc.model.TableSpec;
import dev.plandoc.model.value.RiskLevel;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each shape reads what it should out of kept Markdown, and nothing that only looks like it. */
class ShapesTest {
  private static List<String> endpoints(String markdown) {
    return EndpointShapes.read(KeptMarkdown.parse(markdown)).stream()
        .map(
            e ->
                e.method().text()
                    + " "
                    + e.path()
                    + e.responses().stream()
                        .findFirst()
                        .map(r -> " " + r.status().value().orElseThrow())
                        .orElse(""))
        .toList();
  }

  @Nested
  class Endpoints {
    @Test
    void tableWithMethodPathAndSuccessColumns() {
      String md =
          """
          | Method | Path | 설명 | 성공 응답 |
          |---|---|---|---|
          | GET | `/api/v1/rooms/{roomId}` | 방 조회 | 200 OK |
          | POST | `/api/v1/rooms?draft=true` | 방 생성 | 201 Created |
          | DELETE | `/api/v1/rooms/{roomId}` | 방 삭제 | 204 No Content |
          """;
      assertThat(endpoints(md))
          .containsExactly(
              "GET /api/v1/rooms/{roomId} 200",
              "POST /api/v1/rooms?draft=true 201",
              "DELETE /api/v1/rooms/{roomId} 204");
      assertThat(EndpointShapes.read(KeptMarkdown.parse(md)).get(1).name()).isEqualTo("방 생성");
    }

    @Test
    void tableWithMethodAndPathInOneCell() {
      assertThat(endpoints("| 엔드포인트 | 설명 |\n|---|---|\n| `GET /health` | 상태 |\n"))
          .containsExactly("GET /health");
    }

    @Test
    void tableWithoutMethodColumnIsNoEndpointTable() {
      assertThat(endpoints("| 상황 | HTTP | code |\n|---|---|---|\n| 정원 초과 | 409 | FULL |\n"))
          .isEmpty();
    }

    @Test
    void plainBlockOfMethodLinesWithArrowStatuses() {
      String md =
          """
          ```
          GET    /api/notes?tag=        → 200  목록
          POST   /api/notes             → 201  작성
          DELETE /api/notes/{id}        → 204  삭제
          ```
          """;
      assertThat(endpoints(md))
          .containsExactly(
              "GET /api/notes?tag= 200", "POST /api/notes 201", "DELETE /api/notes/{id} 204");
    }

    @Test
    void httpExampleAndBlockWithHeadersAreInstancesNotEndpoints() {
      String md =
          """
          ```http
          POST /api/v1/rooms/42/join
          Authorization: Bearer x
          ```

          ```
          POST /api/v1/rooms/42/join
          Content-Type: application/json
          ```
          """;
      assertThat(endpoints(md)).isEmpty();
    }

    @Test
    void headingsWithResponseLabelsAndBodies() {
      String md =
          """
          #### POST /v1/notes

          Creates a note. Fails with `409 Conflict` when the key exists.

          Request:
          ```json
          { "title": "a" }
          ```

          Response: `201 Created` with the note.

          #### GET /v1/notes/{id}

          Unchanged → `304 Not Modified`.

          **Response 200 OK**
          ```json
          { "id": 1 }
          ```

          #### DELETE /v1/notes/{id}

          Response (204): No Content

          #### **PATCH /v1/notes/{id}**

          **응답** (200 OK):
          """;
      List<EndpointSpec> read = EndpointShapes.read(KeptMarkdown.parse(md));
      assertThat(endpoints(md))
          .containsExactly(
              "POST /v1/notes 201",
              "GET /v1/notes/{id} 200",
              "DELETE /v1/notes/{id} 204",
              "PATCH /v1/notes/{id} 200");
      assertThat(read.get(0).requestBody()).hasValue("{ \"title\": \"a\" }");
      assertThat(read.get(1).responses().get(0).body()).isEqualTo("{ \"id\": 1 }");
    }

    @Test
    void bulletsWithCodeSpansAndLabelledFields() {
      String md =
          """
          ### 예약 취소
          - **엔드포인트**: `DELETE /v1/bookings/{id}`
          - **응답**: 204 No Content

          - **목록** — `GET /v1/bookings` → `200 OK`
          - **상세** — `GET /v1/bookings/{id}` (첨부 포함)
          """;
      assertThat(endpoints(md))
          .containsExactly(
              "GET /v1/bookings 200", "GET /v1/bookings/{id}", "DELETE /v1/bookings/{id} 204");
    }

    @Test
    void anEndpointMetTwiceIsOneEndpointWithTheDetailOfBoth() {
      String md =
          "| Method | Path |\n|---|---|\n| GET | /a |\n\n#### GET /a\n\n**Response 200 OK**\n";
      assertThat(endpoints(md)).containsExactly("GET /a 200");
    }
  }

  @Nested
  class Tables {
    private List<String> names(String md) {
      return TableShapes.read(KeptMarkdown.parse(md)).stream().map(TableSpec::name).toList();
    }

    @Test
    void everyCreateTableOfABlockIsATableAndIndexesStayWithTheirTable() {
      String md =
          """
          ```sql
          CREATE TABLE IF NOT EXISTS app."users" (id BIGINT PRIMARY KEY);
          CREATE INDEX idx_users ON app.users (id);
          CREATE TABLE orders (id BIGINT, note TEXT DEFAULT 'a;b');
          CREATE TABLE orders_2026 PARTITION OF orders FOR VALUES IN (2026);
          ALTER TABLE legacy ADD COLUMN x INT;
          ```
          """;
      List<TableSpec> tables = TableShapes.read(KeptMarkdown.parse(md));
      assertThat(tables).extracting(TableSpec::name).containsExactly("app.users", "orders");
      assertThat(tables.get(0).ddl()).endsWith("CREATE INDEX idx_users ON app.users (id);");
      assertThat(tables.get(1).ddl()).startsWith("CREATE TABLE orders").contains("PARTITION OF");
      assertThat(tables.get(0).ddlLanguage()).isEqualTo("sql");
    }

    @Test
    void prismaModelsAreTablesAndEnumsAreNot() {
      String md =
          """
          ```prisma
          enum Kind {
            A
          }

          model Owner {
            id Int @id
          }

          model Pet {
            id Int @id
          }
          ```
          """;
      assertThat(names(md)).containsExactly("Owner", "Pet");
    }

    @Test
    void headingOverAColumnTableNamesATable() {
      String md =
          """
          ### `sessions`

          | Column | Type | Notes |
          |---|---|---|
          | id | uuid | |

          ### penalties 테이블

          | 컬럼 | 타입 |
          |---|---|
          | id | BIGINT |

          ### Redis 키 설계

          | 키 | 타입 |
          |---|---|
          | a | string |

          ### Indexes

          | Name | Type |
          |---|---|
          | idx | btree |
          """;
      assertThat(names(md)).containsExactly("sessions", "penalties");
    }
  }

  @Test
  void servicesFromATableAndFromABoldList() {
    String table =
        "| 서비스 | 용도 | 인증 |\n|---|---|---|\n| Okta | SSO | OIDC |\n| Slack | 알림 | webhook |\n";
    assertThat(ServiceShapes.read(KeptMarkdown.parse(table)))
        .extracting(
            ServiceSpec::name, s -> s.purpose().orElse(""), s -> s.authentication().orElse(""))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Okta", "SSO", "OIDC"),
            org.assertj.core.groups.Tuple.tuple("Slack", "알림", "webhook"));
    String list = "1. **NCP SENS** — SMS 발송\n2. **Amazon S3** — 첨부 저장\n\n- 월 비용: {금액}\n";
    assertThat(ServiceShapes.read(KeptMarkdown.parse(list)))
        .extracting(ServiceSpec::name)
        .containsExactly("NCP SENS", "Amazon S3");
  }

  @Test
  void milestonesFromPhaseHeadingsAndWeekBullets() {
    String md =
        """
        ### Phase 1: 색인 파이프라인 (2주)
        ### Phase 2: 검색 API (1.5주)
        ### Phase 3: 파일럿 (권장)

        - **1주차**: 스키마
        - **3–4주차**: 콘솔
        """;
    List<Milestone> read = MilestoneShapes.read(KeptMarkdown.parse(md));
    assertThat(read)
        .extracting(Milestone::phase)
        .containsExactly("Phase 1", "Phase 2", "Phase 3", "1주차", "3–4주차");
    assertThat(read)
        .extracting(m -> m.estimate().value().map(Duration::toHours).orElse(-1L))
        .containsExactly(336L, 252L, -1L, 168L, 336L);
    assertThat(read.get(2).work()).isEqualTo("파일럿 (권장)");
  }

  @Test
  void aListWithOtherItemsIsNoListOfPhases() {
    assertThat(MilestoneShapes.read(KeptMarkdown.parse("- **1주차**: 스키마\n- 나머지는 추후\n"))).isEmpty();
  }

  @Test
  void riskBulletsWithLevelsInParentheses() {
    String md =
        """
        - **이중 입력 부담** (가능성: 높음 / 영향: 중간)
          → 자유 텍스트 위주
        - **Quota disputes** (Likelihood: Low, Impact: High)
        - **그냥 메모** (나중에)
        """;
    List<Risk> read = RiskShapes.read(KeptMarkdown.parse(md));
    assertThat(read).extracting(Risk::title).containsExactly("이중 입력 부담", "Quota disputes");
    assertThat(read.get(0).probability().flatMap(l -> l.value())).hasValue(RiskLevel.HIGH);
    assertThat(read.get(0).impact().flatMap(l -> l.value())).hasValue(RiskLevel.MEDIUM);
    assertThat(read.get(0).mitigation()).hasValue("자유 텍스트 위주");
    assertThat(read.get(1).impact().flatMap(l -> l.value())).hasValue(RiskLevel.HIGH);
  }

  @Test
  void checklistStepsKeepTheirStateAndQuestionsAreNoSteps() {
    String md =
        """
        ### Open questions
        - Do we need SSO?

        ### Next steps
        - [ ] Write the ADR
        - [x] Ask the vendor
          - nested detail
        """;
    List<Step> read = StepShapes.read(KeptMarkdown.parse(md));
    assertThat(read)
        .extracting(Step::text)
        .containsExactly("Write the ADR", "Ask the vendor\n- nested detail");
    assertThat(read)
        .extracting(Step::checked)
        .containsExactly(Optional.of(false), Optional.of(true));
  }

  @Test
  void numberedStepsWhenThereIsNoChecklist() {
    assertThat(StepShapes.read(KeptMarkdown.parse("1. 첫째\n2. 둘째\n\n- 메모\n")))
        .extracting(Step::text)
        .containsExactly("첫째", "둘째");
  }
}
