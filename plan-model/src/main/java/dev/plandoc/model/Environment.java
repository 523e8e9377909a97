package dev.plandoc.model;

import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.*;
import java.util.*;
import org.immutables.value.Value;

/**
 * A deployment environment: {@code - name: description}. An item without a colon is kept whole in
 * {@code name} with an empty description.
 *
 * <pre>{@code
 * new Environment("Staging", "Cloud Run (1 instance)");
 * environment.withDescription("Cloud Run (2 instances)");
 * }</pre>
 *
 * @param name the environment name
 * @param description where and how it runs
 */
@Value.Builder
public record Environment(String name, String description) implements WithEnvironment {
  /** Checks the values. */
  public Environment {
    Texts.required(name, "name");
    Texts.required(description, "description");
    if (name.isBlank()) {
      throw new IllegalArgumentException("environment name must not be blank");
    }
    if (!description.isEmpty() && name.contains(": ")) {
      throw new IllegalArgumentException(
          "environment name must not contain \": \" when a description is given: " + name);
    }
  }
}
