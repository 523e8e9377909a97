package dev.plandoc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class BatchTest {
  @Test
  void resultsAreHandedOnInInputOrderWhateverOrderTheJobsFinishIn() {
    List<Integer> seen = new ArrayList<>();
    Set<String> threads = ConcurrentHashMap.newKeySet();
    Batch.inOrder(
        40,
        i -> {
          threads.add(Thread.currentThread().getName());
          sleep((40 - i) % 7);
          return i * i;
        },
        (r, i) -> {
          assertThat(r).isEqualTo(i * i);
          assertThat(Thread.currentThread().getName()).isNotEqualTo("plan-batch");
          seen.add(i);
        });
    assertThat(seen).hasSize(40).isSorted();
    if (Runtime.getRuntime().availableProcessors() > 1) {
      assertThat(threads).containsOnly("plan-batch");
    }
  }

  @Test
  void anErrorOfAJobIsRethrownAfterTheResultsBeforeIt() {
    List<Integer> seen = new ArrayList<>();
    assertThatThrownBy(
            () ->
                Batch.inOrder(
                    10,
                    i -> {
                      if (i == 6) {
                        throw new OutOfMemoryError("test");
                      }
                      return i;
                    },
                    (r, i) -> seen.add(r)))
        .isInstanceOf(OutOfMemoryError.class)
        .hasMessage("test");
    assertThat(seen).containsExactly(0, 1, 2, 3, 4, 5);
  }

  @Test
  void anUncheckedExceptionOfAJobIsRethrownAsItWas() {
    assertThatThrownBy(
            () ->
                Batch.inOrder(
                    3,
                    i -> {
                      throw new CliException("bad " + i);
                    },
                    (r, i) -> {}))
        .isInstanceOf(CliException.class)
        .hasMessage("bad 0");
  }

  private static void sleep(int ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
