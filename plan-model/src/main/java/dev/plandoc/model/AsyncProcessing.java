package dev.plandoc.model;

import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.*;
import java.util.*;
import org.immutables.value.Value;

/**
 * Performance: asynchronous processing.
 *
 * <pre>{@code
 * new AsyncProcessingBuilder().heavyJobs("백그라운드 Job").build();
 * async.withHeavyJobs("OCR 호출은 Cloud Tasks");
 * }</pre>
 *
 * @param heavyJobs what runs in the background (무거운 작업)
 * @param extraItems other bullets, verbatim without the marker
 */
@Value.Builder
public record AsyncProcessing(Optional<String> heavyJobs, List<String> extraItems)
    implements WithAsyncProcessing {
  /** Checks the values. */
  public AsyncProcessing {
    heavyJobs.ifPresent(s -> Texts.singleLine(s, "heavyJobs"));
    extraItems = Texts.list(extraItems, "extraItems");
  }

  /** A copy without {@link #heavyJobs() heavyJobs}. */
  public AsyncProcessing withoutHeavyJobs() {
    return withHeavyJobs(Optional.empty());
  }
}
