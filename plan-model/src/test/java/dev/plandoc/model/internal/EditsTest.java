package dev.plandoc.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The list, map and optional-part edits every wither of the model goes through. */
class EditsTest {
  private static final List<String> ABC = List.of("a", "b", "c");

  @Test
  void replacedChangesOnlyTheItemAtTheIndex() {
    assertThat(Edits.replaced(ABC, 1, String::toUpperCase, "xs")).containsExactly("a", "B", "c");
  }

  @Test
  void replacedRefusesAChangeThatReturnsNullNamingTheItem() {
    assertThatThrownBy(() -> Edits.replaced(ABC, 2, s -> null, "risks.risks"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("risks.risks[2]: the change returned null");
  }

  @Test
  void insertedPutsTheItemAtTheIndexAndTheRestAfterIt() {
    assertThat(Edits.inserted(ABC, 0, "x", "xs")).containsExactly("x", "a", "b", "c");
    assertThat(Edits.inserted(ABC, 2, "x", "xs")).containsExactly("a", "b", "x", "c");
    assertThat(Edits.inserted(ABC, 3, "x", "xs")).containsExactly("a", "b", "c", "x");
  }

  @Test
  void insertedAcceptsTheSizeAsIndexButNothingBeyond() {
    assertThatThrownBy(() -> Edits.inserted(ABC, 4, "x", "risks.risks"))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("risks.risks: index 4 is out of bounds for adding to 3 items (0 to 3)");
    assertThatThrownBy(() -> Edits.inserted(ABC, -1, "x", "xs"))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void insertedRefusesNullNamingTheList() {
    assertThatThrownBy(() -> Edits.inserted(ABC, 0, null, "xs"))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("xs");
  }

  @Test
  void removedDropsOnlyTheItemAtTheIndex() {
    assertThat(Edits.removed(ABC, 0, "xs")).containsExactly("b", "c");
    assertThat(Edits.removed(ABC, 2, "xs")).containsExactly("a", "b");
  }

  @Test
  void indexErrorsNameTheListAndItsSize() {
    assertThatThrownBy(() -> Edits.removed(ABC, 3, "apiDesign.endpoints"))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("apiDesign.endpoints: index 3 is out of bounds for 3 items");
    assertThatThrownBy(() -> Edits.removed(List.of("a"), -1, "xs"))
        .hasMessage("xs: index -1 is out of bounds for 1 item");
    assertThatThrownBy(() -> Edits.replaced(List.<String>of(), 0, s -> s, "xs"))
        .hasMessage("xs: index 0 is out of bounds for 0 items");
  }

  @Test
  void movedPutsTheItemAtTheTargetIndexAndClosesUpTheRest() {
    assertThat(Edits.moved(ABC, 0, 2, "xs")).containsExactly("b", "c", "a");
    assertThat(Edits.moved(ABC, 2, 0, "xs")).containsExactly("c", "a", "b");
    assertThat(Edits.moved(ABC, 1, 1, "xs")).containsExactly("a", "b", "c");
  }

  @Test
  void movedNeedsBothIndexesInTheList() {
    assertThatThrownBy(() -> Edits.moved(ABC, 0, 3, "xs"))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessageContaining("index 3");
    assertThatThrownBy(() -> Edits.moved(ABC, -1, 0, "xs"))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessageContaining("index -1");
  }

  @Test
  void listEditsLeaveTheirArgumentAsItWasAndReturnUnmodifiableLists() {
    List<String> list = new ArrayList<>(ABC);
    List<List<String>> results =
        List.of(
            Edits.replaced(list, 0, s -> "x", "xs"),
            Edits.inserted(list, 0, "x", "xs"),
            Edits.removed(list, 0, "xs"),
            Edits.moved(list, 0, 1, "xs"));
    assertThat(list).containsExactly("a", "b", "c");
    for (List<String> result : results) {
      assertThatThrownBy(() -> result.add("y")).isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Test
  void putReplacesAValueInItsPlaceAndAppendsANewKey() {
    Map<String, String> cells = new LinkedHashMap<>();
    cells.put("z", "1");
    cells.put("a", "2");
    assertThat(Edits.put(cells, "z", "9"))
        .containsExactly(Map.entry("z", "9"), Map.entry("a", "2"));
    assertThat(Edits.put(cells, "m", "3"))
        .containsExactly(Map.entry("z", "1"), Map.entry("a", "2"), Map.entry("m", "3"));
    assertThat(cells).containsExactly(Map.entry("z", "1"), Map.entry("a", "2"));
  }

  @Test
  void changedPartAppliesTheChangeToAPresentPart() {
    assertThat(Edits.changedPart(Optional.of("a"), () -> "", s -> s + "b", "p")).contains("ab");
    // A present part stays present even when the change empties it.
    assertThat(Edits.changedPart(Optional.of("a"), () -> "", s -> "", "p")).contains("");
  }

  @Test
  void changedPartAppliesTheChangeToTheEmptyPartWhenAbsent() {
    assertThat(Edits.changedPart(Optional.empty(), () -> "", s -> s + "b", "p")).contains("b");
  }

  @Test
  void changedPartLeavesAnAbsentPartAbsentWhenTheChangeChangesNothing() {
    assertThat(Edits.changedPart(Optional.<String>empty(), () -> "", UnaryOperator.identity(), "p"))
        .isEmpty();
  }

  @Test
  void changedPartRefusesAChangeThatReturnsNullNamingThePart() {
    assertThatThrownBy(() -> Edits.changedPart(Optional.of("a"), () -> "", s -> null, "security"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("security: the change returned null");
  }
}
