package dev.plandoc.bench;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The sizes of one benchmark document in each format, as the benchmarks see them. */
record Sizes(int markdownBytes, int markdownOutBytes, int jsonBytes, int yamlBytes, int lines) {

  /** The sizes of every document, prepared as {@link Inputs} prepares them. */
  static Map<String, Sizes> measure() {
    Map<String, Sizes> sizes = new LinkedHashMap<>();
    for (String name : Documents.NAMES) {
      Inputs in = new Inputs();
      in.doc = name;
      in.setUp();
      sizes.put(
          name,
          new Sizes(
              bytes(in.markdown),
              bytes(in.markdownOut),
              bytes(in.json),
              bytes(in.yaml),
              (int) in.markdown.lines().count()));
    }
    return sizes;
  }

  private static int bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  double markdownKb() {
    return markdownBytes / 1024.0;
  }

  double jsonKb() {
    return jsonBytes / 1024.0;
  }

  double yamlKb() {
    return yamlBytes / 1024.0;
  }

  int markdownLines() {
    return lines;
  }

  /** KB of the operation's document: the input of a read, the output of a write. */
  double kb(String operation) {
    switch (operation) {
      case "Markdown read":
        return markdownKb();
      case "Markdown write":
        return markdownOutBytes / 1024.0;
      case "JSON read":
      case "JSON write":
        return jsonKb();
      default:
        return yamlKb();
    }
  }
}
