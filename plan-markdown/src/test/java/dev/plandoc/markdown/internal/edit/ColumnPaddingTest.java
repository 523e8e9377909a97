package dev.plandoc.markdown.internal.edit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColumnPaddingTest {
  @Test
  void aShorterValueInAPaddedCellGetsMorePaddingSoThePipeStaysWhereItWas() {
    String row = "| Backend  | Kotlin 2.1   | same stack |";
    int start = row.indexOf("Kotlin 2.1");
    String out = ColumnPadding.inCell(row, start, start + "Kotlin 2.1".length(), "Go 1");
    assertThat(out).isEqualTo("| Backend  | Go 1         | same stack |");
  }

  @Test
  void aLongerValueEatsThePaddingButKeepsOneSpace() {
    String row = "| a   | b |";
    int start = row.indexOf('a');
    assertThat(ColumnPadding.inCell(row, start, start + 1, "abc")).isEqualTo("| abc | b |");
    assertThat(ColumnPadding.inCell(row, start, start + 1, "abcdefg")).isEqualTo("| abcdefg | b |");
  }

  @Test
  void aCellThatIsNotPaddedIsWrittenAsIs() {
    String row = "| a | b |";
    int start = row.indexOf('b');
    assertThat(ColumnPadding.inCell(row, start, start + 1, "longer")).isEqualTo("| a | longer |");
  }

  @Test
  void aValueFollowedByMoreTextInItsCellLeavesThePaddingAlone() {
    String row = "| 16h (est.)   | x |";
    int start = row.indexOf("16h");
    assertThat(ColumnPadding.inCell(row, start, start + 3, "2d")).isEqualTo("| 2d (est.)   | x |");
  }

  @Test
  void paddingCountsCharactersNotUtf16Units() {
    String row = "| 😀  | x |";
    int start = row.indexOf("😀");
    // One character for one: the padding stays two spaces, not three as UTF-16 units would say.
    assertThat(ColumnPadding.inCell(row, start, start + 2, "a")).isEqualTo("| a  | x |");
  }

  @Test
  void aValueInAListingKeepsTheNextColumnWhereItWas() {
    String line = "GET    /api/search?q=       → 200  검색";
    int start = line.indexOf("/api");
    int end = start + "/api/search?q=".length();
    assertThat(ColumnPadding.inText(line, start, end, "/v2/find"))
        .isEqualTo("GET    /v2/find             → 200  검색");
  }

  @Test
  void aListingValueThatOutgrowsItsColumnKeepsAGapOfTwo() {
    String line = "GET  /a  → 200";
    int start = line.indexOf("/a");
    assertThat(ColumnPadding.inText(line, start, start + 2, "/longer"))
        .isEqualTo("GET  /longer  → 200");
  }

  @Test
  void proseWithSingleSpacesIsWrittenAsIs() {
    String line = "the /a path";
    int start = line.indexOf("/a");
    assertThat(ColumnPadding.inText(line, start, start + 2, "/bcd")).isEqualTo("the /bcd path");
  }
}
