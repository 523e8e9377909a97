package dev.plandoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The real standard input of a process is a pipe when a patch or a plan is piped in ({@code echo
 * '[...]' | plan patch PLAN.md -}); Java 17's {@code FileInputStream.readAllBytes} fails on pipes,
 * so this runs the command in a process of its own, with its standard input a pipe.
 */
class StandardInputPipeTest {
  @Test
  void aPlanPipedIntoStandardInputIsRead() throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    PlanCommand.class.getName(),
                    "get",
                    "-",
                    "/title"))
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    try (OutputStream in = p.getOutputStream()) {
      in.write(Cli.sample("ocr-receipt.ko.md"));
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
    assertThat(out).isEqualTo("OCR 영수증 인증\n");
  }
}
