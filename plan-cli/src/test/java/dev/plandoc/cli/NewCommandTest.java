package dev.plandoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plandoc.cli.Cli.Result;
import dev.plandoc.model.Language;
import dev.plandoc.model.Plan;
import dev.plandoc.model.format.PlanFormats;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {
  static final PlanFormats FORMATS = PlanFormats.load();

  @TempDir Path dir;

  static Plan readMarkdown(String text) {
    return FORMATS.require("markdown").reader().read(text).plan();
  }

  @Test
  void printsExactlyTheTemplate() {
    byte[] template = Cli.sample("plan-template.ko.md");
    assertThat(Cli.run("new").stdout()).isEqualTo(template);
    assertThat(Cli.run("new", "--lang", "ko").stdout()).isEqualTo(template);
    assertThat(Cli.run("new", "-o", "-").stdout()).isEqualTo(template);
  }

  @Test
  void theShippedTemplateIsTheWriterOutputOfItself() {
    String template = Cli.sampleText("plan-template.ko.md");
    assertThat(FORMATS.require("markdown").writer().write(readMarkdown(template)))
        .isEqualTo(template);
  }

  @Test
  void titleReplacesOnlyTheTitle() {
    Result r = Cli.run("new", "--title", "영수증 OCR");
    assertThat(r.code()).isZero();
    List<String> lines = r.outLines();
    List<String> template = Cli.sampleText("plan-template.ko.md").lines().toList();
    assertThat(lines.get(0)).isEqualTo("# PLAN: 영수증 OCR");
    assertThat(lines.subList(1, lines.size())).isEqualTo(template.subList(1, template.size()));
  }

  @Test
  void englishTemplate() {
    Result r = Cli.run("new", "--lang", "en", "--title", "Login");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("# PLAN: Login\n").contains("## 1. Technology Stack");
    Plan plan = readMarkdown(r.out());
    assertThat(plan.language()).isEqualTo(Language.ENGLISH);
    Plan korean = readMarkdown(Cli.sampleText("plan-template.ko.md"));
    assertThat(plan.risks()).isEqualTo(korean.risks());
  }

  @Test
  void writesAFileInTheFormatOfItsExtension() throws IOException {
    Path md = dir.resolve("PLAN.md");
    assertThat(Cli.run("new", "--title", "x", "-o", md.toString()).code()).isZero();
    assertThat(readMarkdown(Files.readString(md)).title()).isEqualTo("x");

    Path yaml = dir.resolve("plan.yaml");
    Result r = Cli.run("new", "-o", yaml.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(FORMATS.require("yaml").reader().read(Files.readString(yaml)).plan())
        .isEqualTo(readMarkdown(Cli.sampleText("plan-template.ko.md")));
  }

  @Test
  void keepsAnExistingFileUnlessForced() throws IOException {
    Path md = Files.writeString(dir.resolve("PLAN.md"), "mine\n");
    Result r = Cli.run("new", "-o", md.toString());
    assertThat(r.code()).isEqualTo(ExitCode.USAGE_OR_IO);
    assertThat(r.errLines())
        .containsExactly("plan: " + md + ": already exists; use --force to replace it");
    assertThat(Files.readString(md)).isEqualTo("mine\n");
    assertThat(Cli.run("new", "--force", "-o", md.toString()).code()).isZero();
    assertThat(Files.readAllBytes(md)).isEqualTo(Cli.sample("plan-template.ko.md"));
  }

  @Test
  void userErrors() {
    Result title = Cli.run("new", "--title", "two\nlines");
    assertThat(title.code()).isEqualTo(ExitCode.USAGE_OR_IO);
    assertThat(title.errLines()).hasSize(1);
    assertThat(title.errLines()).containsExactly("plan: --title must be one line");

    Result ext = Cli.run("new", "-o", dir.resolve("plan.txt").toString());
    assertThat(ext.code()).isEqualTo(ExitCode.USAGE_OR_IO);
    assertThat(ext.err()).contains("cannot tell the format");

    Result nowhere = Cli.run("new", "-o", dir.resolve("no/dir/PLAN.md").toString());
    assertThat(nowhere.code()).isEqualTo(ExitCode.USAGE_OR_IO);
    assertThat(nowhere.err()).contains("cannot write: no such file or directory");
    assertThat(new String(Cli.run("new", "--title", " 공백 ").stdout(), StandardCharsets.UTF_8))
        .startsWith("# PLAN: 공백\n");
  }
}
