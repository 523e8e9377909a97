package dev.plandoc.json.internal.mapping;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A read-only map kept as entries by index, in order, which a read fills faster than a hash map:
 * the subclass says how many entries there are and what the i-th holds; iteration comes from here.
 *
 * @param <V> the type of the values
 */
abstract class IndexedMap<V> extends AbstractMap<String, V> {
  /** The key of the i-th entry. */
  abstract String key(int i);

  /** The value of the i-th entry. */
  abstract V value(int i);

  @Override
  public final Set<Entry<String, V>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return IndexedMap.this.size();
      }

      @Override
      public Iterator<Entry<String, V>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < IndexedMap.this.size();
          }

          @Override
          public Entry<String, V> next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new SimpleImmutableEntry<>(key(i), value(i));
          }
        };
      }
    };
  }
}
