package dev.plandoc.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.plandoc.model.format.PlanFormatException;
import dev.plandoc.model.format.PlanReader;
import java.nio.charset.StandardCharsets;

/**
 * Any input either reads or fails with {@link PlanFormatException}; nothing else escapes. In the
 * normal build Jazzer runs in regression mode: each file under {@code
 * src/test/resources/dev/plandoc/json/ReaderFuzzTestInputs/<method>/} is one input. Fuzz for real
 * with {@code JAZZER_FUZZ=1 mvn test -Dtest=ReaderFuzzTest#fuzzJson}.
 */
class ReaderFuzzTest {
  static final PlanReader JSON = JsonPlanReader.builder().build();
  static final PlanReader STRICT_JSON = JsonPlanReader.builder().strict(true).build();
  static final PlanReader YAML = YamlPlanReader.builder().build();
  static final PlanReader STRICT_YAML = YamlPlanReader.builder().strict(true).build();

  @FuzzTest(maxDuration = "30s")
  void fuzzJson(byte[] input) {
    readOrFail(JSON, STRICT_JSON, input);
  }

  @FuzzTest(maxDuration = "30s")
  void fuzzYaml(byte[] input) {
    readOrFail(YAML, STRICT_YAML, input);
  }

  private static void readOrFail(PlanReader lenient, PlanReader strict, byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    for (PlanReader reader : new PlanReader[] {lenient, strict}) {
      try {
        reader.read(text);
      } catch (PlanFormatException expected) {
        // the documented failure
      }
    }
  }
}
