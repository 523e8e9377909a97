package dev.plandoc.model.check;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the parts of a plan read from text came from: a map from model paths ({@code
 * apiDesign.endpoints[1].responses[0]}) to source positions. Kept beside the plan rather than in
 * it, so that two plans with the same content are equal wherever they were read from.
 *
 * <pre>{@code
 * result.sourceMap().find("risks.risks[0].probability");   // Optional[212:3]
 * }</pre>
 *
 * @param positions positions by path, in document order
 */
public record SourceMap(Map<String, SourcePosition> positions) {
  private static final SourceMap EMPTY = new SourceMap(Map.of());

  /** Copies the map, keeping its order. */
  public SourceMap {
    Objects.requireNonNull(positions, "positions must not be null");
    positions = Collections.unmodifiableMap(new LinkedHashMap<>(positions));
  }

  /** The map of a plan that was not read from text. */
  public static SourceMap empty() {
    return EMPTY;
  }

  /**
   * The position of the path, or of its nearest recorded parent ({@code a.b[2].c} falls back to
   * {@code a.b[2]}, then {@code a.b}, then {@code a}).
   */
  public Optional<SourcePosition> find(String path) {
    String p = path;
    while (!p.isEmpty()) {
      SourcePosition at = positions.get(p);
      if (at != null) {
        return Optional.of(at);
      }
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      if (cut <= 0) {
        break;
      }
      p = p.substring(0, cut);
    }
    return Optional.ofNullable(positions.get(p));
  }
}
