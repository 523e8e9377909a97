package dev.plandoc.model.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plandoc.model.Plan;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanReaderWriterTest {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final PlanFormat format = new TitleOnlyFormat();

  private static byte[] withBom(String text) {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[BOM.length + body.length];
    System.arraycopy(BOM, 0, all, 0, BOM.length);
    System.arraycopy(body, 0, all, BOM.length, body.length);
    return all;
  }

  @Test
  void readerStripsAByteOrderMarkFromStreamsAndFiles(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("plan.title");
    Files.write(file, withBom("PLAN: 영수증\n"));

    assertThat(format.reader().read(file).plan().title()).isEqualTo("영수증");
    assertThat(format.reader().read(new ByteArrayInputStream(withBom("PLAN: 영수증"))).plan().title())
        .isEqualTo("영수증");
    assertThat(PlanReader.decode(withBom("x"))).isEqualTo("x");
    assertThat(PlanReader.decode("\uFEFFx".getBytes(StandardCharsets.UTF_8))).isEqualTo("x");
  }

  @Test
  void readerKeepsAByteOrderMarkThatIsNotLeading() {
    assertThat(PlanReader.decode("a\uFEFF".getBytes(StandardCharsets.UTF_8))).isEqualTo("a\uFEFF");
  }

  @Test
  void readerReadsCharacterStreams() {
    assertThat(format.reader().read(new StringReader("PLAN: 알림")).plan().title()).isEqualTo("알림");
  }

  @Test
  void readerReportsAMissingFileAsUncheckedIoException(@TempDir Path dir) {
    assertThatThrownBy(() -> format.reader().read(dir.resolve("missing.title")))
        .isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void writerWritesUtf8ToStreamsStringsAndFiles(@TempDir Path dir) throws IOException {
    Plan plan = Plan.builder().title("푸시 설정").build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    format.writer().write(plan, out);
    Path file = dir.resolve("plan.title");
    format.writer().write(plan, file);

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("PLAN: 푸시 설정\n");
    assertThat(format.writer().write(plan)).isEqualTo("PLAN: 푸시 설정\n");
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("PLAN: 푸시 설정\n");
  }

  @Test
  void writingThroughASymbolicLinkReplacesTheFileItPointsToAndKeepsTheLink(@TempDir Path dir)
      throws IOException {
    Path real = Files.writeString(dir.resolve("real.plan"), "PLAN: old\n");
    Path link = Files.createSymbolicLink(dir.resolve("link.plan"), real);
    format.writer().write(Plan.builder().title("new").build(), link);
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).isEqualTo("PLAN: new\n");
  }

  @Test
  void writingOverADirectoryFailsAndLeavesItAlone(@TempDir Path dir) throws IOException {
    Path sub = Files.createDirectory(dir.resolve("plans"));
    assertThatThrownBy(() -> AtomicFile.write(sub, "x"))
        .isInstanceOf(IOException.class)
        .hasMessage("is a directory");
    assertThat(Files.isDirectory(sub)).isTrue();
  }

  @Test
  void replacingAFileKeepsItsPermissionsAndANewFileIsReadableByAll(@TempDir Path dir)
      throws IOException {
    Path existing = dir.resolve("shared.plan");
    Files.writeString(existing, "PLAN: old\n");
    Files.setPosixFilePermissions(
        existing, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));
    format.writer().write(Plan.builder().title("new").build(), existing);
    assertThat(Files.getPosixFilePermissions(existing))
        .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));
    Path fresh = dir.resolve("fresh.plan");
    format.writer().write(Plan.builder().title("new").build(), fresh);
    assertThat(Files.getPosixFilePermissions(fresh))
        .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
  }

  @Test
  void writingToAnExistingFileReplacesItAndLeavesNoTemporaryFile(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("plan.title");
    Files.writeString(file, "PLAN: old\n");

    format.writer().write(Plan.builder().title("new").build(), file);

    assertThat(Files.readString(file)).isEqualTo("PLAN: new\n");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void failingWriterLeavesTheExistingFileUntouchedAndNoTemporaryFile(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("plan.title");
    Files.writeString(file, "PLAN: old\n");
    Plan failing = Plan.builder().title(TitleOnlyFormat.FAILING_TITLE).build();

    assertThatThrownBy(() -> format.writer().write(failing, file))
        .isInstanceOf(IllegalStateException.class);

    assertThat(Files.readString(file)).isEqualTo("PLAN: old\n");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void writingIntoAMissingDirectoryFailsWithUncheckedIoException(@TempDir Path dir) {
    Path file = dir.resolve("no-such-dir").resolve("plan.title");

    assertThatThrownBy(() -> format.writer().write(Plan.builder().title("x").build(), file))
        .isInstanceOf(UncheckedIOException.class);
    assertThat(Files.exists(file)).isFalse();
  }
}
