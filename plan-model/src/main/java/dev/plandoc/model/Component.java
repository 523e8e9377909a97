package dev.plandoc.model;

import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.*;
import java.util.*;
import org.immutables.value.Value;

/**
 * A component of the architecture: {@code - **name**note: role}. An item that does not follow that
 * shape is kept whole in {@code role} with an empty name.
 *
 * <pre>{@code
 * new Component("Notification Dispatcher", " (existing)", "consumes events");
 * component.withRole("Document AI 호출").withNote("");
 * }</pre>
 *
 * @param name the component name (bold in Markdown), or empty
 * @param note text between the name and the colon, usually empty
 * @param role what the component does
 */
@Value.Builder
public record Component(String name, String note, String role) implements WithComponent {
  /** Checks the values. */
  public Component {
    Texts.singleLine(name, "component name");
    Texts.required(note, "note");
    Texts.required(role, "role");
    if (name.isEmpty() && !note.isEmpty()) {
      throw new IllegalArgumentException("component note needs a name");
    }
    if (name.contains("**")) {
      throw new IllegalArgumentException("component name must not contain ** : " + name);
    }
  }

  /** A component with just a name and a role. */
  public static Component of(String name, String role) {
    return new Component(name, "", role);
  }
}
