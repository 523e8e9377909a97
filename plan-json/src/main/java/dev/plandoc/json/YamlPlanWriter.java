package dev.plandoc.json;

import dev.plandoc.json.internal.Jackson;
import dev.plandoc.model.Language;
import dev.plandoc.model.Plan;
import dev.plandoc.model.format.PlanWriter;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes a plan as YAML a person can read: block style, no document start marker, quotes only where
 * a string would otherwise read as something else ({@code "yes"}, {@code "007"}, {@code "- x"}),
 * and multi-line text (diagrams, DDL, bodies, raw Markdown) as literal blocks ({@code |}). The
 * shape is the JSON shape. Immutable and safe to share between threads.
 *
 * <pre>{@code
 * String yaml = YamlPlanWriter.builder().build().write(plan);
 * }</pre>
 */
public final class YamlPlanWriter implements PlanWriter {
  private final Optional<Language> language;

  private YamlPlanWriter(Optional<Language> language) {
    this.language = language;
  }

  /** A builder for a writer that keeps the plan's language. */
  public static Builder builder() {
    return new Builder(Optional.empty());
  }

  @Override
  public void write(Plan plan, Appendable out) {
    Jackson.writeYaml(plan, language.orElse(plan.language()), out);
  }

  /** Writes the plan to a string, gathered in segments and made into a string once. */
  @Override
  public String write(Plan plan) {
    return Jackson.text(out -> write(plan, out));
  }

  /**
   * An immutable builder: each setter returns a new builder.
   *
   * <pre>{@code
   * PlanWriter w = YamlPlanWriter.builder().language(Optional.of(Language.KOREAN)).build();
   * }</pre>
   */
  public static final class Builder {
    private final Optional<Language> language;

    private Builder(Optional<Language> language) {
      this.language = language;
    }

    /** The language to record; empty (the default) for the plan's own. */
    public Builder language(Optional<Language> value) {
      return new Builder(Objects.requireNonNull(value, "language"));
    }

    /** The writer. */
    public YamlPlanWriter build() {
      return new YamlPlanWriter(language);
    }
  }
}
