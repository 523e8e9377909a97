package dev.plandoc.json.internal.mapping;

import dev.plandoc.model.check.SourcePosition;
import java.util.ArrayList;
import java.util.List;

/**
 * The positions a read records, by model path in the order they were recorded, as two lists: the
 * {@link dev.plandoc.model.check.SourceMap} copies what it is given into a map of its own, so
 * gathering them in a map first would hash every path twice. A path recorded twice names the same
 * value (the same property of the same object), so its position is the same both times and the
 * copy's map keeps it once, where it was first recorded. Only {@link #entrySet} and {@link #size}
 * are meant to be used: lookups scan.
 */
final class Positions extends IndexedMap<SourcePosition> {
  private final List<String> paths = new ArrayList<>();
  private final List<SourcePosition> positions = new ArrayList<>();

  void add(String path, SourcePosition at) {
    paths.add(path);
    positions.add(at);
  }

  @Override
  public int size() {
    return paths.size();
  }

  @Override
  String key(int i) {
    return paths.get(i);
  }

  @Override
  SourcePosition value(int i) {
    return positions.get(i);
  }
}
