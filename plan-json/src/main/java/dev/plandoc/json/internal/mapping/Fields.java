package dev.plandoc.json.internal.mapping;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An object's properties in document order, as two arrays: most objects of a plan have a handful of
 * properties, for which a scan beats hashing every name into a map built per object. Past {@link
 * #INDEXED} properties a hash index is added, so that a huge object (an attack, or a wide table's
 * cells) stays linear to read. Unmodifiable once built; the builder is the reader's.
 */
public final class Fields extends IndexedMap<Node> {
  private static final int INDEXED = 12;

  // Each name's hash beside it: the parser hands out one instance per distinct name, whose hash is
  // cached, so comparing hashes first makes a miss cheap.
  private int[] hashes = new int[4];
  private String[] names = new String[4];
  private Node[] values = new Node[4];
  private int size;
  private @Nullable Map<String, Integer> index;

  /** Whether a property of the name is here. */
  @Override
  public boolean containsKey(@Nullable Object name) {
    return find(name) >= 0;
  }

  @Override
  public @Nullable Node get(@Nullable Object name) {
    int i = find(name);
    return i < 0 ? null : values[i];
  }

  private int find(@Nullable Object name) {
    if (index != null) {
      Integer i = index.get(name);
      return i == null ? -1 : i;
    }
    if (name == null) {
      return -1;
    }
    int h = name.hashCode();
    for (int i = 0; i < size; i++) {
      if (hashes[i] == h && names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Adds a property while the object is read, before its node is built; the reader has checked that
   * the name is new.
   */
  public void add(String name, Node value) {
    if (size == names.length) {
      hashes = Arrays.copyOf(hashes, size * 2);
      names = Arrays.copyOf(names, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    hashes[size] = name.hashCode();
    names[size] = name;
    values[size] = value;
    if (index != null) {
      index.put(name, size);
    } else if (size == INDEXED) {
      Map<String, Integer> m = new HashMap<>();
      for (int i = 0; i <= size; i++) {
        m.put(names[i], i);
      }
      index = m;
    }
    size++;
  }

  @Override
  public int size() {
    return size;
  }

  /** The name of the i-th property, in document order. */
  @Override
  String key(int i) {
    return names[i];
  }

  /** The value of the i-th property, in document order. */
  @Override
  Node value(int i) {
    return values[i];
  }

  @Override
  public void forEach(java.util.function.BiConsumer<? super String, ? super Node> action) {
    for (int i = 0; i < size; i++) {
      action.accept(names[i], values[i]);
    }
  }
}
