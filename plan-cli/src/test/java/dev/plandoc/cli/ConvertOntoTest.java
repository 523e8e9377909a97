package dev.plandoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plandoc.cli.Cli.Result;
import dev.plandoc.cli.Cli.Snapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code plan convert EDITED --onto PLAN.md}: edits made in JSON or YAML back onto the Markdown.
 */
class ConvertOntoTest {
  static final String SAMPLE = "ocr-receipt.ko.md";

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"json", "yaml"})
  void editsInJsonOrYamlComeBackOntoTheMarkdown(String extension) throws IOException {
    Path md = Cli.copy(SAMPLE, dir);
    Path edited = dir.resolve("plan." + extension);
    assertThat(Cli.run("convert", md.toString(), "-o", edited.toString()).code()).isZero();
    Files.writeString(edited, Files.readString(edited).replace("김도현", "이서준"));
    Result r = Cli.run("convert", edited.toString(), "--onto", md.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEmpty();
    assertThat(Cli.get(md, "/metadata/author")).isEqualTo("이서준");
    assertThat(Cli.run("get", md.toString()).out())
        .isEqualTo(Cli.run("get", edited.toString()).out());
    assertThat(Cli.filesIn(dir)).containsExactly(SAMPLE, edited.getFileName().toString());
  }

  @Test
  void anUneditedCopyLeavesTheMarkdownUntouched() throws IOException {
    Path md = Files.write(dir.resolve("messy.md"), Cli.messy(SAMPLE));
    Path yaml = dir.resolve("plan.yaml");
    assertThat(Cli.run("convert", md.toString(), "-o", yaml.toString()).code()).isZero();
    Snapshot before = Snapshot.of(md);
    assertThat(Cli.run("convert", yaml.toString(), "--onto", md.toString()).code()).isZero();
    assertThat(before.untouched()).isTrue();
    Result out = Cli.run("convert", yaml.toString(), "--onto", md.toString(), "-o", "-");
    assertThat(out.stdout()).isEqualTo(Cli.messy(SAMPLE));
  }

  @Test
  void outputElsewhereLeavesTheMarkdownAsItWas() throws IOException {
    Path md = Cli.copy(SAMPLE, dir);
    Snapshot before = Snapshot.of(md);
    String yaml = Cli.run("convert", md.toString(), "--to", "yaml").out().replace("김도현", "이서준");
    Path out = dir.resolve("new.md");
    Result r =
        Cli.runWithInput(
            yaml, "convert", "--from", "yaml", "-", "--onto", md.toString(), "-o", out.toString());
    assertThat(r.code()).isZero();
    assertThat(Cli.get(out, "/metadata/author")).isEqualTo("이서준");
    assertThat(before.untouched()).isTrue();
  }

  @Test
  void misuseIsAOneLineUsageError() throws IOException {
    Path md = Cli.copy(SAMPLE, dir);
    Path json = dir.resolve("plan.json");
    assertThat(Cli.run("convert", md.toString(), "-o", json.toString()).code()).isZero();
    Snapshot before = Snapshot.of(md);
    String[][] cases = {
      {"convert", json.toString(), "--onto", json.toString()},
      {"convert", json.toString(), json.toString(), "--onto", md.toString()},
      {"convert", json.toString(), "--onto", md.toString(), "--lang", "en"},
      {"convert", json.toString(), "--onto", md.toString(), "--to", "yaml"},
      {"convert", "-", "--onto", "-"},
    };
    String[] errors = {
      "plan: " + json + ": --onto needs a Markdown plan (.md, .markdown)",
      "plan: --onto takes one input: the plan to write onto " + md,
      "plan: --onto keeps the language of " + md + "; leave out --lang",
      "plan: --onto writes Markdown; leave out --to yaml",
      "plan: standard input (-) can be read only once: for IN or for --onto",
    };
    for (int i = 0; i < cases.length; i++) {
      Result r = Cli.run(cases[i]);
      assertThat(r.code()).as(errors[i]).isEqualTo(ExitCode.USAGE_OR_IO);
      assertThat(r.errLines()).containsExactly(errors[i]);
    }
    assertThat(before.untouched()).isTrue();
  }
}
