package dev.plandoc.markdown.internal.edit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TableCellsTest {
  @Test
  void aShorterValueInAPaddedCellGetsMorePaddingSoThePipeStaysWhereItWas() {
    String row = "| Backend  | Kotlin 2.1   | same stack |";
    int start = row.indexOf("Kotlin 2.1");
    String out = TableCells.replaced(row, start, start + "Kotlin 2.1".length(), "Go 1");
    assertThat(out).isEqualTo("| Backend  | Go 1         | same stack |");
  }

  @Test
  void aLongerValueEatsThePaddingButKeepsOneSpace() {
    String row = "| a   | b |";
    int start = row.indexOf('a');
    assertThat(TableCells.replaced(row, start, start + 1, "abc")).isEqualTo("| abc | b |");
    assertThat(TableCells.replaced(row, start, start + 1, "abcdefg")).isEqualTo("| abcdefg | b |");
  }

  @Test
  void aCellThatIsNotPaddedIsWrittenAsIs() {
    String row = "| a | b |";
    int start = row.indexOf('b');
    assertThat(TableCells.replaced(row, start, start + 1, "longer")).isEqualTo("| a | longer |");
  }

  @Test
  void aValueFollowedByMoreTextInItsCellLeavesThePaddingAlone() {
    String row = "| 16h (est.)   | x |";
    int start = row.indexOf("16h");
    assertThat(TableCells.replaced(row, start, start + 3, "2d")).isEqualTo("| 2d (est.)   | x |");
  }

  @Test
  void paddingCountsCharactersNotUtf16Units() {
    String row = "| 😀  | x |";
    int start = row.indexOf("😀");
    // One character for one: the padding stays two spaces, not three as UTF-16 units would say.
    assertThat(TableCells.replaced(row, start, start + 2, "a")).isEqualTo("| a  | x |");
  }
}
