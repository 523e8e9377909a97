package dev.plandoc.model.ddl;

import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One column of a {@code CREATE TABLE}.
 *
 * <pre>{@code
 * // receipt_id UUID NOT NULL REFERENCES receipts(id)
 * ColumnDefinition c = new ColumnDefinitionBuilder().name("receipt_id").type("UUID")
 *     .nullable(false).primaryKey(false).unique(false)
 *     .references(new ForeignKeyTarget("receipts", List.of("id"))).build();
 * }</pre>
 *
 * @param name the column's name without quotes
 * @param type the type as written ({@code VARCHAR(255)}, {@code TIMESTAMP WITH TIME ZONE}, {@code
 *     INT UNSIGNED}, {@code ENUM('A', 'B')})
 * @param nullable false when the column is {@code NOT NULL} or part of the primary key
 * @param defaultValue the {@code DEFAULT} expression as written ({@code now()}, {@code 'USER'}),
 *     when it has one
 * @param primaryKey whether the column is (part of) the primary key
 * @param unique whether the column is unique on its own: {@code UNIQUE} on the column, or a
 *     one-column {@code UNIQUE} constraint of the table (a unique index, which may be partial, does
 *     not count)
 * @param references what the column references, when it is a one-column foreign key
 */
@Value.Builder
public record ColumnDefinition(
    String name,
    String type,
    boolean nullable,
    Optional<String> defaultValue,
    boolean primaryKey,
    boolean unique,
    Optional<ForeignKeyTarget> references) {
  /** Checks the values. */
  public ColumnDefinition {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(type, "type must not be null");
    Objects.requireNonNull(defaultValue, "defaultValue must not be null");
    Objects.requireNonNull(references, "references must not be null");
  }
}
