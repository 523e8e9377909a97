package dev.plandoc.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.plandoc.model.format.PlanFormatException;
import dev.plandoc.model.format.PlanReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Test;

/** Each limit, tested with a crafted document that must be rejected quickly and clearly. */
class HostileInputTest {
  static final PlanReader JSON = JsonPlanReader.builder().build();
  static final PlanReader YAML = YamlPlanReader.builder().build();
  static final Duration QUICKLY = Duration.ofSeconds(5);

  static PlanFormatException rejected(ThrowableAssert.ThrowingCallable read) {
    return assertTimeoutPreemptively(
        QUICKLY,
        () -> {
          try {
            read.call();
          } catch (PlanFormatException e) {
            assertThat(e.position()).as(e.describe()).isPresent();
            return e;
          }
          throw new AssertionError("the document was accepted");
        });
  }

  @Test
  void defaultsAreTheDocumentedValues() {
    ReadLimits d = ReadLimits.defaults();
    assertThat(d.maxDocumentChars()).isEqualTo(4_194_304);
    assertThat(d.maxNestingDepth()).isEqualTo(32);
    assertThat(d.maxStringLength()).isEqualTo(1_048_576);
    assertThat(d.maxNumberLength()).isEqualTo(100);
    assertThat(d.maxNameLength()).isEqualTo(1000);
    assertThat(d.maxValues()).isEqualTo(500_000);
    assertThat(d.maxYamlAliases()).isEqualTo(100);
  }

  @Test
  void documentOverTheSizeLimitIsRejectedBeforeParsing() {
    String big = "{\"title\": \"" + "x".repeat(ReadLimits.DEFAULT_MAX_DOCUMENT_CHARS) + "\"}";
    assertThat(rejected(() -> JSON.read(big)).getMessage()).contains("maxDocumentChars");
    assertThat(rejected(() -> YAML.read(big)).getMessage()).contains("maxDocumentChars");
  }

  @Test
  void endlessStreamIsCutAtTheSizeLimit() {
    PlanReader small =
        JsonPlanReader.builder().limits(ReadLimits.defaults().withMaxDocumentChars(1000)).build();
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            return ' ';
          }
        };
    assertThat(rejected(() -> small.read(endless)).getMessage()).contains("maxDocumentChars");
  }

  @Test
  void deepNestingIsRejected() {
    String json = "{\"x\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
    PlanFormatException e = rejected(() -> JSON.read(json));
    assertThat(e.getMessage()).contains("maxNestingDepth");
    String yamlFlow = "x: " + "[".repeat(100_000) + "]".repeat(100_000);
    assertThat(rejected(() -> YAML.read(yamlFlow)).getMessage()).contains("maxNestingDepth");
    StringBuilder block = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      block.append(" ".repeat(i)).append("a:\n");
    }
    assertThat(rejected(() -> YAML.read(block.toString())).getMessage())
        .contains("maxNestingDepth");
  }

  @Test
  void longStringIsRejected() {
    PlanReader small =
        JsonPlanReader.builder().limits(ReadLimits.defaults().withMaxStringLength(1000)).build();
    String doc = "{\"schemaVersion\": 1, \"title\": \"" + "가".repeat(5000) + "\"}";
    assertThat(rejected(() -> small.read(doc)).getMessage()).contains("maxStringLength");
    PlanReader smallYaml =
        YamlPlanReader.builder().limits(ReadLimits.defaults().withMaxStringLength(1000)).build();
    assertThat(rejected(() -> smallYaml.read("title: " + "x".repeat(5000))).getMessage())
        .contains("maxStringLength");
  }

  @Test
  void longNumberIsRejected() {
    String digits = "{\"schemaVersion\": " + "9".repeat(10_000) + "}";
    assertThat(rejected(() -> JSON.read(digits)).getMessage()).contains("maxNumberLength");
    String exponent = "{\"schemaVersion\": 1e999999999}";
    assertThat(rejected(() -> JSON.read(exponent)).getMessage()).contains("maxNumberLength");
    assertThat(rejected(() -> YAML.read("schemaVersion: 1e999999999\n")).getMessage())
        .contains("maxNumberLength");
  }

  @Test
  void longPropertyNameIsRejected() {
    String doc = "{\"" + "k".repeat(5000) + "\": 1}";
    assertThat(rejected(() -> JSON.read(doc)).getMessage()).contains("maxNameLength");
    assertThat(rejected(() -> YAML.read("? " + "k".repeat(5000) + "\n: 1\n")).getMessage())
        .contains("maxNameLength");
    rejected(() -> YAML.read("k".repeat(5000) + ": 1\n")); // snakeyaml's own 1,024 limit
  }

  @Test
  void tooManyValuesAreRejected() {
    PlanReader small =
        JsonPlanReader.builder().limits(ReadLimits.defaults().withMaxValues(1000)).build();
    String doc = "{\"x\": [" + "0,".repeat(5000) + "0]}";
    assertThat(rejected(() -> small.read(doc)).getMessage()).contains("maxValues");
  }

  @Test
  void billionLaughsIsRejected() {
    StringBuilder yaml = new StringBuilder("a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (int i = 1; i < 10; i++) {
      yaml.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 9; j++) {
        yaml.append(j == 0 ? "" : ",").append("*a").append(i - 1);
      }
      yaml.append("]\n");
    }
    PlanFormatException e = rejected(() -> YAML.read(yaml.toString()));
    assertThat(e.getMessage()).containsAnyOf("maxValues", "maxYamlAliases");
  }

  @Test
  void aliasCountIsCappedAndCanForbidAliases() {
    StringBuilder yaml = new StringBuilder("a: &x [lol]\nlist:\n");
    for (int i = 0; i < 200; i++) {
      yaml.append("- *x\n");
    }
    assertThat(rejected(() -> YAML.read(yaml.toString())).getMessage()).contains("maxYamlAliases");
    PlanReader none =
        YamlPlanReader.builder().limits(ReadLimits.defaults().withMaxYamlAliases(0)).build();
    assertThat(rejected(() -> none.read("a: &x [1]\nb: *x\n")).getMessage())
        .contains("not allowed");
  }

  @Test
  void aliasesWithinLimitsResolveToTheirAnchor() {
    var plan =
        YAML.read(
                "schemaVersion: 1\ntitle: t\nlanguage: en\nrisks:\n  risks:\n"
                    + "  - title: a\n    extraItems: &items [x, y]\n"
                    + "  - title: b\n    extraItems: *items\n")
            .plan();
    assertThat(plan.risks().orElseThrow().risks().get(1).extraItems()).containsExactly("x", "y");
  }

  @Test
  void aliasOfASingleValueIsRejectedClearly() {
    // Jackson's YAML parser does not report anchors on scalars, so they cannot be resolved.
    assertThat(rejected(() -> YAML.read("a: &t x\nb: *t\n")).getMessage())
        .contains("anchors on single values");
  }

  @Test
  void recursiveOrUnknownAliasIsRejected() {
    assertThat(rejected(() -> YAML.read("a: &x [1, *x]\n")).getMessage()).contains("*x");
    assertThat(rejected(() -> YAML.read("a: *nowhere\n")).getMessage()).contains("*nowhere");
  }

  @Test
  void yamlTagsNeverConstructObjects() {
    PlanFormatException e =
        rejected(
            () ->
                YAML.read(
                    "schemaVersion: 1\ntitle: !!javax.script.ScriptEngineManager"
                        + " [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x/\"]]]]\n"));
    assertThat(e.getMessage()).contains("YAML tag").contains("not allowed");
    assertThat(e.path()).isEqualTo("/title");
    assertThat(rejected(() -> YAML.read("title: !custom x\n")).getMessage()).contains("!custom");
    assertThat(rejected(() -> YAML.read("title: !!binary aGVsbG8=\n")).getMessage())
        .contains("!!binary");
  }

  @Test
  void coreTagsAreAccepted() {
    var plan = YAML.read("schemaVersion: 1\ntitle: !!str 007\nlanguage: !!str en\n").plan();
    assertThat(plan.title()).isEqualTo("007");
  }

  @Test
  void bytesThatAreNotUtf8DoNotEscapeAsOtherExceptions() {
    byte[] junk = {(byte) 0xC3, (byte) 0x28, '{', (byte) 0xFF};
    rejected(() -> JSON.read(new ByteArrayInputStream(junk)));
    rejected(() -> YAML.read(new ByteArrayInputStream(junk)));
    rejected(() -> JSON.read(new String(new char[] {'{', '"', '\uD800', '"'})));
    rejected(() -> YAML.read(new String("\u0000\u0001".getBytes(StandardCharsets.UTF_8))));
  }
}
