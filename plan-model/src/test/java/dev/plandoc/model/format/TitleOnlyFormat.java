package dev.plandoc.model.format;

import dev.plandoc.model.Plan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A tiny format for tests, registered in {@code META-INF/services}: a plan is one line, {@code
 * PLAN: title}. Writing a plan titled {@code boom} fails halfway, after some output.
 *
 * <pre>{@code
 * new TitleOnlyFormat().writer().write(Plan.builder().title("x").build());   // "PLAN: x\n"
 * }</pre>
 */
public final class TitleOnlyFormat implements PlanFormat {
  /** The title that makes the writer fail. */
  public static final String FAILING_TITLE = "boom";

  /** The format; {@link java.util.ServiceLoader} calls this. */
  public TitleOnlyFormat() {}

  @Override
  public String name() {
    return "title-only";
  }

  @Override
  public List<String> fileExtensions() {
    return List.of("title", "ttl");
  }

  @Override
  public String mediaType() {
    return "text/x-plan-title";
  }

  @Override
  public PlanReader reader(ReadOptions options) {
    return text -> {
      String line = text.lines().findFirst().orElse("");
      String title = line.startsWith("PLAN: ") ? line.substring(6).strip() : "";
      return ReadResult.of(Plan.builder().title(title).build());
    };
  }

  @Override
  public PlanWriter writer(WriteOptions options) {
    return (plan, out) -> {
      try {
        out.append("PLAN: ");
        if (plan.title().equals(FAILING_TITLE)) {
          throw new IllegalStateException("cannot write " + FAILING_TITLE);
        }
        out.append(plan.title()).append('\n');
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }
}
