package dev.plandoc.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plandoc.model.DatabaseSchema;
import dev.plandoc.model.ddl.DdlStatus;
import dev.plandoc.model.ddl.SchemaDefinition;
import dev.plandoc.model.ddl.TableDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.instancio.Instancio;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * DDL cut, spliced and garbled never makes the parser throw, hang or type a table wrong: every
 * table is typed, not SQL, or unreadable with a reason.
 */
@ExtendWith(InstancioExtension.class)
class RobustnessTest {
  private static final List<String> DDL = corpusDdl();

  private static List<String> corpusDdl() {
    List<String> out = new ArrayList<>();
    for (String plan : Samples.WITH_TABLES) {
      Samples.plan(plan).databaseSchema().orElseThrow().tables().forEach(t -> out.add(t.ddl()));
    }
    return out;
  }

  private static void wellFormed(SchemaDefinition view, DatabaseSchema schema) {
    assertThat(view.tables()).hasSameSizeAs(schema.tables());
    for (TableDefinition t : view.tables()) {
      assertThat(t.problem().isPresent()).isEqualTo(t.status() == DdlStatus.UNREADABLE);
      if (t.status() == DdlStatus.TYPED) {
        // every column the view gives is a name written in the DDL
        t.columns()
            .forEach(
                c ->
                    assertThat(schema.tables().stream().anyMatch(s -> s.ddl().contains(c.name())))
                        .isTrue());
      }
    }
  }

  @RepeatedTest(200)
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void garbledCorpusDdlGivesAWellFormedView() {
    String ddl = DDL.get(Instancio.gen().ints().range(0, DDL.size() - 1).get());
    int cut = Instancio.gen().ints().range(0, ddl.length()).get();
    String noise =
        Instancio.gen().string().mixedCase().length(0, 12).get()
            + Instancio.gen()
                .oneOf("(", ")", ",", "'", "\"", "`", "--", "/*", "$$", ";", "[")
                .get();
    String garbled =
        ddl.substring(0, cut)
            + noise
            + ddl.substring(
                Math.min(ddl.length(), cut + Instancio.gen().ints().range(0, 40).get()));
    DatabaseSchema schema = Samples.schema(garbled);

    wellFormed(SqlDdlParser.create().parse(schema), schema);
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void deeplyNestedExpressionsEndQuickly() {
    String deep =
        "CREATE TABLE t (a INT CHECK (" + "(".repeat(200) + "a > 0" + ")".repeat(200) + "));";

    TableDefinition t = Samples.table(deep);

    assertThat(t.status()).isIn(DdlStatus.TYPED, DdlStatus.UNREADABLE);
  }

  @Test
  void aStatementLongerThanTheLimitIsUnreadableNotParsed() {
    StringBuilder ddl = new StringBuilder("CREATE TABLE wide (");
    for (int i = 0; i < 4000; i++) {
      ddl.append(i == 0 ? "" : ", ").append("column_").append(i).append(" INTEGER NOT NULL");
    }
    TableDefinition t = Samples.table(ddl.append(");").toString());

    assertThat(t.status()).isEqualTo(DdlStatus.UNREADABLE);
    assertThat(t.problem()).hasValueSatisfying(p -> assertThat(p).contains("longer than"));
  }

  @Test
  void theMemoChangesNothingTheParserGives() {
    for (String plan : Samples.WITH_TABLES) {
      DatabaseSchema schema = Samples.plan(plan).databaseSchema().orElseThrow();
      SchemaDefinition fresh = SqlDdlParser.withoutMemo().parse(schema);

      assertThat(SqlDdlParser.create().parse(schema)).as(plan).isEqualTo(fresh);
      assertThat(SqlDdlParser.create().parse(schema)).as(plan).isEqualTo(fresh);
    }
  }

  @Test
  void aProblemFromTheMemoIsPlacedOnItsOwnLine() {
    String table = "CREATE TABLE t (a INT,);";

    assertThat(Samples.table(table).problem())
        .hasValueSatisfying(p -> assertThat(p).contains("line 1"));
    assertThat(Samples.table("\n\n" + table).problem())
        .hasValueSatisfying(p -> assertThat(p).contains("line 3"));
  }

  @Test
  void theSameSchemaGivesTheSameViewFromManyThreads() throws Exception {
    DatabaseSchema schema =
        Samples.plan("wild/shared-photo-albums.en.md").databaseSchema().orElseThrow();
    SchemaDefinition expected = SqlDdlParser.create().parse(schema);
    List<Thread> threads = new ArrayList<>();
    List<SchemaDefinition> seen = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int i = 0; i < 8; i++) {
      Thread th =
          new Thread(
              () -> {
                for (int j = 0; j < 20; j++) {
                  seen.add(SqlDdlParser.create().parse(schema));
                }
              });
      threads.add(th);
      th.start();
    }
    for (Thread th : threads) {
      th.join();
    }
    assertThat(seen).hasSize(160).allMatch(expected::equals);
  }
}
