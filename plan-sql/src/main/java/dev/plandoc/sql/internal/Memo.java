package dev.plandoc.sql.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The last {@code capacity} results of a pure function, by their argument (least recently used
 * first out). Safe to share between threads: the map is locked only to look up and to store, the
 * function runs outside the lock (two threads may compute the same value; both are equal).
 *
 * @param <K> the argument
 * @param <V> the result, immutable or only read once stored
 */
public final class Memo<K, V> {
  private final int capacity;
  private final Map<K, V> map;

  /**
   * A memo of {@code capacity} results; 0 remembers nothing.
   *
   * @param capacity how many results to keep
   */
  public Memo(int capacity) {
    this.capacity = capacity;
    this.map =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > Memo.this.capacity;
          }
        };
  }

  /** The result for {@code key}: remembered, or computed (and remembered). */
  public V get(K key, Function<K, V> compute) {
    if (capacity == 0) {
      return compute.apply(key);
    }
    V v;
    synchronized (map) {
      v = map.get(key);
    }
    if (v == null) {
      v = compute.apply(key);
      synchronized (map) {
        map.put(key, v);
      }
    }
    return v;
  }
}
