package dev.plandoc.json;

import dev.plandoc.json.internal.Jackson;
import dev.plandoc.model.Language;
import dev.plandoc.model.Plan;
import dev.plandoc.model.format.PlanWriter;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Writes a plan as JSON: pretty-printed with a 2-space indent by default, or on one line when
 * compact; always with a final line break. Immutable and safe to share between threads.
 *
 * <p>The {@code language} property is the plan's own language unless the writer is given one; that
 * language also decides whether a risk level's text is canonical ({@code High} in English, {@code
 * 높음} in Korean).
 *
 * <pre>{@code
 * String json = JsonPlanWriter.builder().compact(true).build().write(plan);
 * }</pre>
 */
public final class JsonPlanWriter implements PlanWriter {
  private final boolean compact;
  private final Optional<Language> language;

  private JsonPlanWriter(boolean compact, Optional<Language> language) {
    this.compact = compact;
    this.language = language;
  }

  /** A builder for a pretty writer that keeps the plan's language. */
  public static Builder builder() {
    return new Builder(false, Optional.empty());
  }

  @Override
  public void write(Plan plan, Appendable out) {
    Jackson.writeJson(plan, language.orElse(plan.language()), compact, out);
  }

  /** Writes the plan to a string, gathered in segments and made into a string once. */
  @Override
  public String write(Plan plan) {
    return Jackson.text(out -> write(plan, out));
  }

  /**
   * Writes a JSON value in this writer's style (pretty or compact, with a final line break): a part
   * of a plan's JSON form, such as {@link PlanPointer#get} gives.
   *
   * <pre>{@code
   * String json = JsonPlanWriter.builder().build().writeValue(PlanPointer.parse("/risks").get(plan));
   * }</pre>
   *
   * @param value any JSON value
   * @return its JSON text
   */
  public String writeValue(JsonNode value) {
    return Jackson.json(Objects.requireNonNull(value, "value"), compact);
  }

  /**
   * An immutable builder: each setter returns a new builder.
   *
   * <pre>{@code
   * PlanWriter w = JsonPlanWriter.builder().language(Optional.of(Language.ENGLISH)).build();
   * }</pre>
   */
  public static final class Builder {
    private final boolean compact;
    private final Optional<Language> language;

    private Builder(boolean compact, Optional<Language> language) {
      this.compact = compact;
      this.language = language;
    }

    /** Whether to write everything on one line (default false). */
    public Builder compact(boolean on) {
      return new Builder(on, language);
    }

    /** The language to record; empty (the default) for the plan's own. */
    public Builder language(Optional<Language> value) {
      return new Builder(compact, Objects.requireNonNull(value, "language"));
    }

    /** The writer. */
    public JsonPlanWriter build() {
      return new JsonPlanWriter(compact, language);
    }
  }
}
