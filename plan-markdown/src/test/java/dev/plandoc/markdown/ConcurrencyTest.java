package dev.plandoc.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plandoc.markdown.testing.MarkdownSafePlans;
import dev.plandoc.model.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** One reader and one writer shared by eight threads give what single-threaded use gives. */
class ConcurrencyTest {
  private final MarkdownPlanReader reader = MarkdownPlanReader.builder().build();
  private final MarkdownPlanWriter writer = MarkdownPlanWriter.builder().build();

  @Test
  void sharedReaderAndWriterGiveTheSameResultsFromEightThreads() throws Exception {
    List<String> inputs = new ArrayList<>();
    Plans.ALL.forEach(n -> inputs.add(Plans.text(n)));
    MarkdownSafePlans.plans(1000, 40).forEach(p -> inputs.add(writer.write(p)));
    List<String> expected = inputs.stream().map(this::readWrite).collect(Collectors.toList());

    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int offset = t;
        Callable<List<String>> job =
            () ->
                IntStream.range(0, inputs.size() * 5)
                    .mapToObj(i -> (i + offset) % inputs.size())
                    .map(i -> i + "\u0000" + readWrite(inputs.get(i)))
                    .collect(Collectors.toList());
        futures.add(pool.submit(job));
      }
      for (Future<List<String>> f : futures) {
        for (String result : f.get()) {
          int cut = result.indexOf('\u0000');
          int index = Integer.parseInt(result.substring(0, cut));
          assertThat(result.substring(cut + 1)).isEqualTo(expected.get(index));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void oneDocumentEditedFromEightThreadsGivesWhatOneThreadGives() throws Exception {
    List<MarkdownDocument> docs =
        Plans.ALL.stream().map(n -> MarkdownDocument.read(Plans.text(n))).toList();
    List<String> expected = docs.stream().map(ConcurrencyTest::retitled).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        futures.add(pool.submit(() -> docs.stream().map(ConcurrencyTest::retitled).toList()));
      }
      for (Future<List<String>> f : futures) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** The document with its title and first risk's title changed, written faithfully. */
  private static String retitled(MarkdownDocument doc) {
    Plan edited =
        doc.plan().title().isEmpty() ? doc.plan() : doc.plan().withTitle(doc.plan().title() + " 2");
    if (edited.risks().map(r -> !r.risks().isEmpty()).orElse(false)) {
      edited = edited.withRisks(r -> r.withRisk(0, x -> x.withTitle(x.title() + " (검토)")));
    }
    return doc.with(edited).source();
  }

  private String readWrite(String markdown) {
    Plan plan = reader.read(markdown).plan();
    return writer.write(plan) + reader.read(markdown).diagnostics();
  }
}
