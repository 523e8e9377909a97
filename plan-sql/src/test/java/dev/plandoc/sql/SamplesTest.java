package dev.plandoc.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plandoc.model.Plan;
import dev.plandoc.model.ddl.DdlStatus;
import dev.plandoc.model.ddl.SchemaDefinition;
import dev.plandoc.model.ddl.TableDefinition;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Every table of every sample plan, typed: the golden file {@code typed/NAME.txt} holds each
 * table's columns (name, type as written, nullability, default, keys, references), its primary key,
 * its indexes and foreign keys, checked against the DDL by reading it.
 */
class SamplesTest {
  static final List<String> PLANS = Samples.WITH_TABLES;

  @ParameterizedTest
  @FieldSource("PLANS")
  void everyTableOfTheSampleIsTypedAsItsDdlSays(String resource) {
    Plan plan = Samples.plan(resource);
    SchemaDefinition schema = SqlDdlParser.create().parse(plan.databaseSchema().orElseThrow());

    String golden = resource.substring(resource.indexOf('/') + 1).replace(".md", ".txt");
    assertThat(Samples.describe(schema)).isEqualTo(Samples.text("typed/" + golden));
  }

  @ParameterizedTest
  @FieldSource("PLANS")
  void theViewHasOneDefinitionPerTableOfThePlanAndEverySqlTableIsTyped(String resource) {
    Plan plan = Samples.plan(resource);
    SchemaDefinition schema = SqlDdlParser.create().parse(plan.databaseSchema().orElseThrow());

    assertThat(schema.tables()).hasSameSizeAs(plan.databaseSchema().get().tables());
    for (int i = 0; i < schema.tables().size(); i++) {
      TableDefinition t = schema.tables().get(i);
      boolean hasCreateTable =
          plan.databaseSchema().get().tables().get(i).ddl().contains("CREATE TABLE");
      assertThat(t.status())
          .as("%s table %d", resource, i)
          .isEqualTo(hasCreateTable ? DdlStatus.TYPED : DdlStatus.NO_SQL);
      if (t.status() == DdlStatus.TYPED) {
        assertThat(t.columns()).isNotEmpty();
        assertThat(t.columns()).allSatisfy(c -> assertThat(c.type()).isNotBlank());
      }
    }
  }
}
