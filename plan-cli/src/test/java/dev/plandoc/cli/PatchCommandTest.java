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

class PatchCommandTest {
  static final String SAMPLE = "ocr-receipt.ko.md";

  /** Checks the author, changes it, moves the first risk last and adds a step. */
  static final String PATCH =
      """
      [{"op": "test", "path": "/metadata/author", "value": "김도현"},
       {"op": "replace", "path": "/metadata/author", "value": "이서준"},
       {"op": "move", "from": "/risks/risks/0", "path": "/risks/risks/-"},
       {"op": "add", "path": "/nextSteps/steps/-", "value": {"text": "부하 테스트"}}]
      """;

  @TempDir Path dir;

  Path plan(String extension) {
    return Cli.planFile(SAMPLE, extension, dir);
  }

  Path patchFile(String text) throws IOException {
    return Files.writeString(dir.resolve("patch.json"), text);
  }

  void assertPatched(Path file, String firstRisk) {
    assertThat(Cli.get(file, "/metadata/author")).isEqualTo("이서준");
    assertThat(Cli.get(file, "/risks/risks/2/title")).isEqualTo(firstRisk);
    assertThat(Cli.get(file, "/nextSteps/steps/3/text")).isEqualTo("부하 테스트");
  }

  @ParameterizedTest
  @ValueSource(strings = {"md", "json", "yaml"})
  void aPatchFileIsAppliedInPlace(String extension) throws IOException {
    Path file = plan(extension);
    String firstRisk = Cli.get(file, "/risks/risks/0/title");
    Path patch = patchFile(PATCH);
    Result r = Cli.run("patch", file.toString(), patch.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEmpty();
    assertPatched(file, firstRisk);
    if (!extension.equals("md")) {
      assertThat(Files.readString(file))
          .isEqualTo(Cli.run("convert", file.toString(), "--to", extension).out());
    }
    assertThat(Cli.filesIn(dir)).containsExactly(file.getFileName().toString(), "patch.json");
  }

  @Test
  void thePatchIsReadFromStandardInputForDash() {
    Path md = plan("md");
    String firstRisk = Cli.get(md, "/risks/risks/0/title");
    Result r = Cli.runWithInput(PATCH, "patch", md.toString(), "-");
    assertThat(r.code()).isZero();
    assertPatched(md, firstRisk);
  }

  @Test
  void outputToStandardOutputLeavesTheFileAsItWas() throws IOException {
    Path md = plan("md");
    Snapshot before = Snapshot.of(md);
    Result r = Cli.run("patch", md.toString(), patchFile(PATCH).toString(), "-o", "-");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("이서준", "부하 테스트");
    assertThat(before.untouched()).isTrue();
    Path yaml = dir.resolve("patched.yaml");
    assertThat(
            Cli.run("patch", md.toString(), patchFile(PATCH).toString(), "-o", yaml.toString())
                .code())
        .isZero();
    assertThat(Cli.get(yaml, "/metadata/author")).isEqualTo("이서준");
    assertThat(Files.readString(yaml)).startsWith("schemaVersion: 2\n");
    assertThat(before.untouched()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"md", "json", "yaml"})
  void aFailingTestExitsOneAndChangesNothing(String extension) throws IOException {
    Path file = plan(extension);
    Snapshot before = Snapshot.of(file);
    Path patch = patchFile(PATCH.replace("\"김도현\"", "\"박지민\""));
    Result r = Cli.run("patch", file.toString(), patch.toString());
    assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
    assertThat(r.errLines())
        .containsExactly(
            "plan: "
                + file
                + ": patch not applied: operation 0 (test /metadata/author): test failed: the"
                + " value is \"김도현\", not \"박지민\" (at /metadata/author)");
    assertThat(r.out()).isEmpty();
    assertThat(before.untouched()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"md", "json", "yaml"})
  void eachFailureIsOneLineExitsTwoAndChangesNothing(String extension) throws IOException {
    Path file = plan(extension);
    Snapshot before = Snapshot.of(file);
    String name = file.toString();
    String patch = dir.resolve("patch.json").toString();
    record Case(String patch, String err) {}
    List<Case> cases =
        List.of(
            new Case(
                "[{\"op\": \"replace\", \"path\": \"/title\", \"value\": \"x\"},\n"
                    + " {\"op\": \"remove\", \"path\": \"/risks/risks/3\"}]",
                "plan: "
                    + name
                    + ": patch not applied: operation 1 (remove /risks/risks/3): no"
                    + " such value: /risks/risks has 3 items, so there is no item 3 (at"
                    + " /risks/risks/3)"),
            new Case(
                "[{\"op\": \"move\", \"from\": \"/risks\", \"path\": \"/risks/risks/0/x\"}]",
                "plan: "
                    + name
                    + ": patch not applied: operation 0 (move /risks to"
                    + " /risks/risks/0/x): cannot move /risks into itself (at /risks/risks/0/x)"),
            new Case(
                "[{\"op\": \"replace\", \"path\": \"/apiDesign/endpoints/0/method\", \"value\":"
                    + " 7}]",
                "plan: "
                    + name
                    + ": patch not applied: expected an HTTP method (GET, POST, ...), its text as"
                    + " a string, or {\"value\", \"text\"}; found number 7 (at"
                    + " /apiDesign/endpoints/0/method)"),
            new Case(
                "[{\"op\": \"remove\", \"path\": \"/title\"}]",
                "plan: "
                    + name
                    + ": patch not applied: missing required property 'title' (at"
                    + " /title)"),
            new Case(
                "[{\"op\": \"replace\", \"path\": \"/title\",\n  \"value\": }]",
                "plan: "
                    + patch
                    + ":2:12: malformed JSON: Unexpected character ('}' (code"
                    + " 125)): expected a value (at /0/value)"),
            new Case(
                "{\"op\": \"remove\", \"path\": \"/title\"}",
                "plan: "
                    + patch
                    + ":1:1: not a JSON Patch: a JSON Patch is an array of operations"
                    + " such as [{\"op\": \"replace\", \"path\": \"/title\", \"value\": \"Login\"}],"
                    + " found an object"),
            new Case(
                "[{\"op\": \"rename\", \"path\": \"/title\"}]",
                "plan: "
                    + patch
                    + ":1:9: not a JSON Patch: unknown op \"rename\"; the operations"
                    + " of a JSON Patch are add, remove, replace, move, copy and test (at /0/op)"),
            new Case(
                "[{\"op\": \"add\", \"path\": \"/title\"}]",
                "plan: "
                    + patch
                    + ":1:2: not a JSON Patch: the operation has no \"value\" (at"
                    + " /0/value)"));
    for (Case c : cases) {
      Files.writeString(dir.resolve("patch.json"), c.patch());
      Result r = Cli.run("patch", name, patch);
      assertThat(r.code()).as(c.patch()).isEqualTo(ExitCode.USAGE_OR_IO);
      assertThat(r.errLines()).as(c.patch()).containsExactly(c.err());
      assertThat(r.err()).doesNotContain("\tat ");
    }
    assertThat(before.untouched()).isTrue();
    assertThat(Cli.filesIn(dir)).containsExactly(file.getFileName().toString(), "patch.json");
  }

  @Test
  void anEmptyPatchLeavesAnyFileByteIdentical() throws IOException {
    Path md = Files.write(dir.resolve("messy.md"), Cli.messy(SAMPLE));
    Snapshot before = Snapshot.of(md);
    assertThat(Cli.runWithInput("[]", "patch", md.toString(), "-").code()).isZero();
    assertThat(before.untouched()).isTrue();
    Result out = Cli.runWithInput("[]", "patch", md.toString(), "-", "-o", "-");
    assertThat(out.stdout()).isEqualTo(Cli.messy(SAMPLE));
  }

  @Test
  void standardInputCannotBeBothThePlanAndThePatch() {
    Result r = Cli.runWithInput(PATCH, "patch", "-", "-");
    assertThat(r.code()).isEqualTo(ExitCode.USAGE_OR_IO);
    assertThat(r.errLines())
        .containsExactly("plan: standard input (-) can be read only once: for FILE or for PATCH");
  }

  @Test
  void aMissingOrNonUtf8PatchIsOneLine() throws IOException {
    Path md = plan("md");
    Result missing = Cli.run("patch", md.toString(), dir.resolve("gone.json").toString());
    assertThat(missing.code()).isEqualTo(ExitCode.USAGE_OR_IO);
    assertThat(missing.errLines())
        .containsExactly(
            "plan: " + dir.resolve("gone.json") + ": cannot read: no such file or directory");
    Path latin1 = Files.write(dir.resolve("latin1.json"), new byte[] {'[', (byte) 0xE9, ']'});
    assertThat(Cli.run("patch", md.toString(), latin1.toString()).err())
        .startsWith("plan: " + latin1 + ":1:2: not UTF-8");
  }

  @Test
  void keepsPermissionsAndFollowsLinks() throws IOException {
    Path real = plan("yaml");
    Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-r-----"));
    Path link = Files.createSymbolicLink(dir.resolve("link.yaml"), real.getFileName());
    String firstRisk = Cli.get(real, "/risks/risks/0/title");
    assertThat(Cli.run("patch", link.toString(), patchFile(PATCH).toString()).code()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertPatched(real, firstRisk);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(real)))
        .isEqualTo("rw-r-----");
  }
}
