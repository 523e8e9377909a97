package dev.plandoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plandoc.cli.Cli.Result;
import dev.plandoc.cli.Cli.Snapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SetCommandTest {
  static final String SAMPLE = "ocr-receipt.ko.md";

  @TempDir Path dir;

  Path plan(String extension) {
    return Cli.planFile(SAMPLE, extension, dir);
  }

  @ParameterizedTest
  @ValueSource(strings = {"md", "json", "yaml"})
  void setsAStringInPlaceAndTheValueReadsBack(String extension) {
    Path file = plan(extension);
    String title = Cli.get(file, "/title");
    Result r = Cli.run("set", file.toString(), "/metadata/author", "이서준");
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEmpty();
    assertThat(Cli.get(file, "/metadata/author")).isEqualTo("이서준");
    assertThat(Cli.get(file, "/title")).isEqualTo(title);
    assertThat(Cli.filesIn(dir)).containsExactly(file.getFileName().toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "yaml"})
  void jsonAndYamlAreWrittenBackByTheirOwnWriter(String extension) throws IOException {
    Path file = plan(extension);
    Path expected = dir.resolve("expected." + extension);
    Files.copy(file, expected);
    assertThat(Cli.run("set", file.toString(), "/title", "영수증").code()).isZero();
    Result convert = Cli.run("convert", file.toString(), "--to", extension);
    assertThat(Files.readString(file)).isEqualTo(convert.out());
    assertThat(Cli.run("set", file.toString(), "/title", Cli.get(expected, "/title")).code())
        .isZero();
    assertThat(Files.readAllBytes(file)).isEqualTo(Files.readAllBytes(expected));
  }

  @Test
  void jsonSetsANumberOrAnObject() {
    Path md = plan("md");
    assertThat(
            Cli.run("set", md.toString(), "/testing/integration/coverageTarget", "90", "--json")
                .code())
        .isZero();
    assertThat(Cli.get(md, "/testing/integration/coverageTarget")).isEqualTo("90");
    assertThat(
            Cli.run("set", "--json", md.toString(), "/nextSteps/steps/-", "{\"text\": \"부하 테스트\"}")
                .code())
        .isZero();
    assertThat(Cli.get(md, "/nextSteps/steps/3/text")).isEqualTo("부하 테스트");
    assertThat(Cli.run("set", md.toString(), "/risks/risks/0/impact", "LOW", "--json").code())
        .isEqualTo(ExitCode.USAGE_OR_IO);
    assertThat(Cli.run("set", md.toString(), "/risks/risks/0/impact", "\"LOW\"", "--json").code())
        .isZero();
    assertThat(Cli.get(md, "/risks/risks/0/impact")).isEqualTo("LOW");
  }

  @ParameterizedTest
  @ValueSource(strings = {"md", "json", "yaml"})
  void settingTheValueThatIsThereLeavesTheFileUntouched(String extension) throws IOException {
    Path file = plan(extension);
    if (extension.equals("md")) {
      Files.write(file, Cli.messy(SAMPLE)); // a BOM, CRLF, a heading without its number
    } else if (extension.equals("json")) {
      Files.writeString(file, Files.readString(file).replace("\n", "\n\n"));
    } else {
      Files.writeString(file, "# edited by hand\n" + Files.readString(file));
    }
    Snapshot before = Snapshot.of(file);
    String author = Cli.get(file, "/metadata/author");
    assertThat(Cli.run("set", file.toString(), "/metadata/author", author).code()).isZero();
    assertThat(before.untouched()).isTrue();
    Result stdout = Cli.run("set", file.toString(), "/metadata/author", author, "-o", "-");
    assertThat(stdout.stdout()).isEqualTo(before.bytes());
  }

  @Test
  void outputElsewhereLeavesTheFileAsItWas() throws IOException {
    Path md = plan("md");
    Snapshot before = Snapshot.of(md);
    Result r = Cli.run("set", md.toString(), "/metadata/author", "이서준", "-o", "-");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("이서준").startsWith("# PLAN: OCR 영수증 인증");
    Path copy = dir.resolve("copy.md");
    assertThat(
            Cli.run("set", md.toString(), "/metadata/author", "이서준", "-o", copy.toString()).code())
        .isZero();
    assertThat(Files.readString(copy)).isEqualTo(r.out());
    Path json = dir.resolve("copy.json");
    assertThat(
            Cli.run("set", md.toString(), "/metadata/author", "이서준", "-o", json.toString()).code())
        .isZero();
    assertThat(Cli.get(json, "/metadata/author")).isEqualTo("이서준");
    assertThat(Files.readString(json)).startsWith("{");
    assertThat(before.untouched()).isTrue();
  }

  @Test
  void standardInputGoesToStandardOutput() {
    Result r = Cli.runWithInput(Cli.sampleText(SAMPLE), "set", "-", "/metadata/author", "이서준");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("이서준").doesNotContain("김도현");
  }

  @ParameterizedTest
  @ValueSource(strings = {"md", "json", "yaml"})
  void eachFailureIsOneLineExitsTwoAndLeavesTheFileUntouched(String extension) {
    Path file = plan(extension);
    Snapshot before = Snapshot.of(file);
    String name = file.toString();
    record Case(List<String> args, String err) {}
    List<Case> cases =
        List.of(
            new Case(
                List.of("/metadata/owner/name", "x"),
                "plan: "
                    + name
                    + ": cannot set /metadata/owner/name: no such value: /metadata has"
                    + " no property \"owner\" (at /metadata/owner/name)"),
            new Case(
                List.of("/risks/risks/7", "x"),
                "plan: "
                    + name
                    + ": cannot set /risks/risks/7: no such value: /risks/risks has 3"
                    + " items, so there is no item 7 (at /risks/risks/7)"),
            new Case(
                List.of("/apiDesign/endpoints/0/path", "/api/v1/receipts upload"),
                "plan: "
                    + name
                    + ": cannot set /apiDesign/endpoints/0/path: invalid value: path"
                    + " must not contain spaces: '/api/v1/receipts upload' (at"
                    + " /apiDesign/endpoints/0)"),
            new Case(
                List.of("/metadata/author", "42", "--json"),
                "plan: "
                    + name
                    + ": cannot set /metadata/author: expected a string, found number"
                    + " 42 (at /metadata/author)"),
            new Case(
                List.of("/risks/risks/0/colour", "red"),
                "plan: "
                    + name
                    + ": cannot set /risks/risks/0/colour: unknown property 'colour'"
                    + " (strict mode) (at /risks/risks/0/colour)"),
            new Case(
                List.of("/databaseSchema/tables/0/definition/columns/0/type", "TEXT"),
                "plan: "
                    + name
                    + ": cannot set /databaseSchema/tables/0/definition/columns/0/type:"
                    + " /databaseSchema/tables/0/definition is derived from the table's DDL and"
                    + " cannot be edited: change /databaseSchema/tables/0/ddl instead (at"
                    + " /databaseSchema/tables/0/definition/columns/0/type)"),
            new Case(
                List.of("/title", "{\"x\": ", "--json"),
                "plan: VALUE is not JSON: 1:7: malformed JSON: Unexpected end-of-input"
                    + " within/between Object entries (at /x); without --json it is taken as a"
                    + " string"),
            new Case(
                List.of("metadata/author", "x"),
                "plan: not a JSON Pointer: 'metadata/author' (a pointer is empty for the whole"
                    + " plan or starts with /, as in /metadata/author)"));
    for (Case c : cases) {
      List<String> args = new java.util.ArrayList<>(List.of("set", name));
      args.addAll(c.args());
      Result r = Cli.run(args.toArray(String[]::new));
      assertThat(r.code()).as("%s", c.args()).isEqualTo(ExitCode.USAGE_OR_IO);
      assertThat(r.errLines()).as("%s", c.args()).containsExactly(c.err());
      assertThat(r.out()).isEmpty();
    }
    assertThat(before.untouched()).isTrue();
    assertThat(Cli.filesIn(dir)).containsExactly(file.getFileName().toString());
  }

  @Test
  void aTitleTheModelRejectsNamesTheField() {
    Path md = plan("md");
    Result r = Cli.run("set", md.toString(), "/title", "two\nlines");
    assertThat(r.code()).isEqualTo(ExitCode.USAGE_OR_IO);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err()).contains("cannot set /title: invalid value: title must be a single line");
  }

  @Test
  void verboseAddsTheStackTrace() {
    Path md = plan("md");
    assertThat(Cli.run("set", md.toString(), "/nope/x", "1").err()).doesNotContain("\tat ");
    Result r = Cli.run("--verbose", "set", md.toString(), "/nope/x", "1");
    assertThat(r.err()).contains("PlanPatchException", "\tat ");
  }

  @Test
  void keepsPermissionsAndFollowsLinks() throws IOException {
    Path real = plan("md");
    Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-rw----"));
    Path link = Files.createSymbolicLink(dir.resolve("link.md"), real.getFileName());
    assertThat(Cli.run("set", link.toString(), "/metadata/author", "이서준").code()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Cli.get(real, "/metadata/author")).isEqualTo("이서준");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(real)))
        .isEqualTo("rw-rw----");
    assertThat(Cli.filesIn(dir)).containsExactly("PLAN.md", "link.md");
  }

  @Test
  void aFailedWriteLeavesTheFileUntouched() throws IOException {
    // The temporary file beside it (".NAME.<random>.tmp") would be longer than a file name may be.
    Path file = Files.move(plan("md"), dir.resolve("p".repeat(240) + ".md"));
    Snapshot before = Snapshot.of(file);
    Result r = Cli.run("set", file.toString(), "/metadata/author", "이서준");
    assertThat(r.code()).isEqualTo(ExitCode.USAGE_OR_IO);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err()).contains(": cannot write: file name too long");
    assertThat(before.untouched()).isTrue();
    assertThat(Cli.filesIn(dir)).containsExactly(file.getFileName().toString());
  }
}
