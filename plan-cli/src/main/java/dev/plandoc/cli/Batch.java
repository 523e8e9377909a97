package dev.plandoc.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.function.ObjIntConsumer;

/**
 * Work on many files at once, on every core, with the results in the files' order. At most a few
 * files per core are in flight, so a batch of large plans does not hold them all in memory.
 */
final class Batch {
  private Batch() {}

  /**
   * Runs {@code job} for 0 … {@code count - 1} and hands each result to {@code done} in that order,
   * as soon as it and all before it are done. With one core or one job, everything runs on the
   * calling thread. An error or unchecked exception of a job is rethrown as it was, after the
   * results before it were handed on.
   *
   * @param done called on the calling thread with each result and its index
   */
  static <T> void inOrder(int count, IntFunction<T> job, ObjIntConsumer<T> done) {
    int threads = Math.min(count, Runtime.getRuntime().availableProcessors());
    if (threads <= 1) {
      for (int i = 0; i < count; i++) {
        done.accept(job.apply(i), i);
      }
      return;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "plan-batch");
              t.setDaemon(true);
              return t;
            });
    try {
      int window = 4 * threads;
      List<Future<T>> futures = new ArrayList<>(count);
      int submitted = 0;
      for (int i = 0; i < count; i++) {
        while (submitted < count && submitted < i + window) {
          int index = submitted++;
          futures.add(pool.submit(() -> job.apply(index)));
        }
        T r = result(futures.get(i));
        futures.set(i, null);
        done.accept(r, i);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> T result(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }
}
