package dev.plandoc.json.internal.mapping;

import org.jspecify.annotations.Nullable;

/**
 * The JSON Pointer of a value, kept as its parent and its last step and spelled out only when asked
 * for: a read names every value's place, but only an error, a diagnostic or a patch ever needs the
 * text, so building (and hashing) a string per value would be wasted work. Immutable.
 */
public final class Pointer {
  /** The pointer of the document's root, {@code ""}. */
  public static final Pointer ROOT = new Pointer(null, "", -1);

  private final @Nullable Pointer parent;
  private final @Nullable String name;
  private final int index;
  private @Nullable String text;

  private Pointer(@Nullable Pointer parent, @Nullable String name, int index) {
    this.parent = parent;
    this.name = name;
    this.index = index;
    this.text = parent == null ? "" : null;
  }

  /** The pointer of a property of the object this pointer names. */
  public Pointer property(String property) {
    return new Pointer(this, property, -1);
  }

  /** The pointer of an item of the array this pointer names. */
  public Pointer item(int i) {
    return new Pointer(this, null, i);
  }

  /** The pointer as RFC 6901 text: {@code /risks/risks/0/title}, {@code ""} for the root. */
  @Override
  public String toString() {
    String t = text;
    if (t == null) {
      // A benign race: two threads would compute the same string.
      String step = name == null ? Integer.toString(index) : Node.escape(name);
      t = parent + "/" + step;
      text = t;
    }
    return t;
  }
}
