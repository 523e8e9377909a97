package dev.plandoc.model.format;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * A registry of {@link PlanFormat}s, looked up by name or file extension. Immutable.
 *
 * <pre>{@code
 * PlanFormats formats = PlanFormats.load();
 * PlanFormat yaml = formats.require("yaml");
 * PlanFormat md = formats.forPath(Path.of("PLAN.md"));
 * }</pre>
 */
public final class PlanFormats {
  private final List<PlanFormat> formats;

  private PlanFormats(List<PlanFormat> formats) {
    this.formats = List.copyOf(formats);
  }

  /** The formats found by {@link ServiceLoader} from this module's layer or class path. */
  public static PlanFormats load() {
    return from(ServiceLoader.load(PlanFormat.class));
  }

  /** The formats found by {@link ServiceLoader} through the given class loader. */
  public static PlanFormats load(ClassLoader loader) {
    return from(ServiceLoader.load(PlanFormat.class, loader));
  }

  /** A registry of exactly the given formats. */
  public static PlanFormats of(PlanFormat... formats) {
    return new PlanFormats(List.of(formats));
  }

  private static PlanFormats from(ServiceLoader<PlanFormat> loader) {
    List<PlanFormat> found = new ArrayList<>();
    for (PlanFormat f : loader) {
      if (found.stream().noneMatch(g -> g.name().equals(f.name()))) {
        found.add(f);
      }
    }
    return new PlanFormats(found);
  }

  /** All formats, in discovery order. */
  public List<PlanFormat> all() {
    return formats;
  }

  /** The names of all formats. */
  public List<String> names() {
    return formats.stream().map(PlanFormat::name).collect(Collectors.toList());
  }

  /** The format with the given name, ignoring case. */
  public Optional<PlanFormat> find(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    return formats.stream().filter(f -> f.name().equals(n)).findFirst();
  }

  /**
   * The format for a file extension (with or without the dot), ignoring case. Only formats that
   * {@link PlanFormat#canRead() can be read} are considered: an extension such as {@code .yaml}
   * names the plan's own YAML, and a write-only format that also writes YAML is chosen by name.
   */
  public Optional<PlanFormat> findByExtension(String extension) {
    String e = extension.strip().toLowerCase(Locale.ROOT);
    String ext = e.startsWith(".") ? e.substring(1) : e;
    return formats.stream()
        .filter(f -> f.canRead() && f.fileExtensions().contains(ext))
        .findFirst();
  }

  /**
   * The format with the given name.
   *
   * @throws IllegalArgumentException naming the known formats when none matches
   */
  public PlanFormat require(String name) {
    return find(name)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown format '" + name + "'; known formats: " + describe()));
  }

  /**
   * The format for a file, by its extension.
   *
   * @throws IllegalArgumentException naming the known extensions when none matches
   */
  public PlanFormat forPath(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1);
    return findByExtension(ext)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "cannot tell the format of '"
                        + file
                        + "' from its extension; known formats: "
                        + describe()));
  }

  private String describe() {
    if (formats.isEmpty()) {
      return "none (is a plandoc format module on the class path?)";
    }
    return formats.stream()
        .map(
            f ->
                f.name()
                    + (f.canRead() ? " (." : " (write-only: .")
                    + String.join(", .", f.fileExtensions())
                    + ")")
        .collect(Collectors.joining(", "));
  }
}
