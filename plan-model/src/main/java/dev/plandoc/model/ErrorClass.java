package dev.plandoc.model;

import dev.plandoc.model.internal.Edits;
import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.*;
import java.util.*;
import org.immutables.value.Value;

/**
 * One row of the error classification table.
 *
 * <pre>{@code
 * new ErrorClass(StatusCodeText.of(404), "Not Found", "리소스 없음", Map.of());
 * errorClass.withCode("409").withType("Conflict");
 * }</pre>
 *
 * @param code the status code (코드)
 * @param type the error type (유형)
 * @param handling how it is handled (처리)
 * @param extraCells cells of extra columns, by header, in order
 */
@Value.Builder
public record ErrorClass(
    StatusCodeText code, String type, String handling, Map<String, String> extraCells)
    implements WithErrorClass {
  /** Checks the values. */
  public ErrorClass {
    Texts.required(code, "code");
    Texts.singleLine(type, "type");
    Texts.singleLine(handling, "handling");
    extraCells = Texts.orderedMap(extraCells, "extraCells");
  }

  /**
   * A copy with {@link #code() code} set to the text {@code code}, as written (a {@link
   * StatusCodeText}).
   */
  public ErrorClass withCode(String code) {
    return withCode(new StatusCodeText(code));
  }

  /**
   * A copy with the cell of the extra column {@code header} set to {@code value}: in its place when
   * the row has that cell, else after its other extra cells. The section's {@code columns} must
   * name the column.
   */
  public ErrorClass withExtraCell(String header, String value) {
    return withExtraCells(Edits.put(extraCells, header, value));
  }
}
