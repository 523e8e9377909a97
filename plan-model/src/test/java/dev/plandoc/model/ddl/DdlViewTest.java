package dev.plandoc.model.ddl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The values of the typed DDL view check what they are given and copy their lists. */
class DdlViewTest {
  private static final ColumnDefinition ID =
      new ColumnDefinitionBuilder()
          .name("Id")
          .type("UUID")
          .nullable(false)
          .primaryKey(true)
          .unique(false)
          .build();

  @Test
  void aTypedTableFindsItsColumnsWithoutRegardToCase() {
    TableDefinition t =
        new TableDefinitionBuilder()
            .name("users")
            .status(DdlStatus.TYPED)
            .addColumns(ID)
            .addPrimaryKey("Id")
            .build();

    assertThat(t.column("id")).contains(ID);
    assertThat(t.column("email")).isEmpty();
  }

  @Test
  void onlyAnUnreadableTableHasAProblem() {
    assertThatThrownBy(() -> TableDefinition.untyped("t", DdlStatus.UNREADABLE, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TableDefinition.untyped("t", DdlStatus.NO_SQL, Optional.of("why")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(TableDefinition.untyped("t", DdlStatus.UNREADABLE, Optional.of("why")).problem())
        .contains("why");
  }

  @Test
  void anUntypedTableHasNoColumnsKeysOrIndexes() {
    assertThatThrownBy(
            () ->
                new TableDefinition(
                    "t",
                    DdlStatus.NO_SQL,
                    Optional.empty(),
                    List.of(ID),
                    List.of(),
                    List.of(),
                    List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("only a typed table");
  }

  @Test
  void listsAreCopiedSoTheValueCannotChangeAfterwards() {
    List<String> columns = new ArrayList<>(List.of("a"));
    IndexDefinition index =
        new IndexDefinition(Optional.empty(), columns, false, Optional.empty(), Optional.empty());
    ForeignKeyTarget target = new ForeignKeyTarget("users", columns);
    columns.add("b");

    assertThat(index.columns()).containsExactly("a");
    assertThat(target.columns()).containsExactly("a");
    assertThat(new SchemaDefinition(List.of(), columns).otherTables()).containsExactly("a", "b");
  }

  @Test
  void aKeyIsAColumnNameOnlyWhenItIsAPlainName() {
    assertThat(IndexDefinition.isColumnName("user_id")).isTrue();
    assertThat(IndexDefinition.isColumnName("이름")).isTrue();
    assertThat(IndexDefinition.isColumnName("lower(email)")).isFalse();
    assertThat(IndexDefinition.isColumnName("a + b")).isFalse();
    assertThat(IndexDefinition.isColumnName("")).isFalse();
  }

  @Test
  void tableNamesAreTheSameWithoutCaseQuotesOrAnOmittedSchema() {
    assertThat(TableDefinition.sameTable("app.\"Users\"", "users")).isTrue();
    assertThat(TableDefinition.sameTable("`orders`", "ORDERS")).isTrue();
    assertThat(TableDefinition.sameTable("users", "app.users")).isTrue();
    assertThat(TableDefinition.sameTable("app.users", "audit.users")).isFalse();
    assertThat(TableDefinition.sameTable("users", "user")).isFalse();
  }

  @Test
  void noParserIsInstalledInTheModelAlone() {
    assertThat(DdlParser.installed()).isEmpty();
  }
}
