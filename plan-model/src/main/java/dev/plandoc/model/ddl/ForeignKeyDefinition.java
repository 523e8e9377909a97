package dev.plandoc.model.ddl;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A foreign key of a table, declared on a column ({@code REFERENCES}) or on the table ({@code
 * FOREIGN KEY (…) REFERENCES}).
 *
 * <pre>{@code
 * new ForeignKeyDefinition(Optional.empty(), List.of("user_id"), new ForeignKeyTarget("users", List.of("id")));
 * }</pre>
 *
 * @param name the constraint's name, when it has one
 * @param columns the referencing columns
 * @param target what they reference
 */
public record ForeignKeyDefinition(
    Optional<String> name, List<String> columns, ForeignKeyTarget target) {
  /** Checks the values. */
  public ForeignKeyDefinition {
    Objects.requireNonNull(name, "name must not be null");
    columns = List.copyOf(columns);
    Objects.requireNonNull(target, "target must not be null");
  }
}
