package dev.plandoc.model.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PlanFormatsTest {

  @Test
  void loadFindsTheFormatRegisteredInMetaInfServicesByNameAndExtension() {
    PlanFormats formats = PlanFormats.load();

    assertThat(formats.names()).contains("title-only");
    assertThat(formats.require("Title-Only")).isInstanceOf(TitleOnlyFormat.class);
    assertThat(formats.findByExtension(".TTL")).get().isInstanceOf(TitleOnlyFormat.class);
    assertThat(formats.forPath(Path.of("dir", "PLAN.title"))).isInstanceOf(TitleOnlyFormat.class);
  }

  @Test
  void loadWithAClassLoaderFindsTheSameFormats() {
    assertThat(PlanFormats.load(getClass().getClassLoader()).names()).contains("title-only");
  }

  @Test
  void unknownNameFailsNamingTheKnownFormats() {
    assertThatThrownBy(() -> PlanFormats.load().require("docx"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown format 'docx'")
        .hasMessageContaining("title-only (.title, .ttl)");
  }

  @Test
  void unknownExtensionFailsNamingTheKnownFormats() {
    assertThatThrownBy(() -> PlanFormats.load().forPath(Path.of("plan.docx")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("plan.docx")
        .hasMessageContaining("title-only (.title, .ttl)");
    assertThatThrownBy(() -> PlanFormats.load().forPath(Path.of("Makefile")))
        .hasMessageContaining("known formats");
  }

  @Test
  void emptyRegistryExplainsThatNoFormatModuleIsPresent() {
    assertThatThrownBy(() -> PlanFormats.of().require("markdown"))
        .hasMessageContaining("none (is a plandoc format module on the class path?)");
    assertThat(PlanFormats.of().find("markdown")).isEmpty();
  }

  /** A format that writes the title files {@link TitleOnlyFormat} reads, and reads nothing. */
  static final class TitleReport implements PlanFormat {
    private final TitleOnlyFormat titles = new TitleOnlyFormat();

    @Override
    public String name() {
      return "title-report";
    }

    @Override
    public java.util.List<String> fileExtensions() {
      return titles.fileExtensions();
    }

    @Override
    public String mediaType() {
      return titles.mediaType();
    }

    @Override
    public boolean canRead() {
      return false;
    }

    @Override
    public PlanReader reader(ReadOptions options) {
      throw new UnsupportedOperationException("write-only");
    }

    @Override
    public PlanWriter writer(WriteOptions options) {
      return titles.writer(options);
    }
  }

  @Test
  void aWriteOnlyFormatIsFoundByNameButNeverByExtension() {
    TitleReport report = new TitleReport();
    PlanFormats writeOnlyFirst = PlanFormats.of(report, new TitleOnlyFormat());
    assertThat(writeOnlyFirst.require("title-report")).isSameAs(report);
    assertThat(writeOnlyFirst.findByExtension("ttl")).get().isInstanceOf(TitleOnlyFormat.class);
    assertThat(writeOnlyFirst.findByExtension("ttl").get().canRead()).isTrue();
    assertThat(PlanFormats.of(report).findByExtension("ttl")).isEmpty();
    assertThatThrownBy(() -> PlanFormats.of(report).forPath(Path.of("a.ttl")))
        .hasMessageContaining("title-report (write-only: .title, .ttl)");
  }

  @Test
  void aFormatIsItselfForEveryFileExtensionUnlessItSaysOtherwise() {
    TitleOnlyFormat f = new TitleOnlyFormat();
    assertThat(f.forFileExtension("ttl")).isSameAs(f);
    assertThat(f.forFileExtension("")).isSameAs(f);
  }

  @Test
  void registryOfGivenFormatsKeepsTheirOrder() {
    TitleOnlyFormat f = new TitleOnlyFormat();
    assertThat(PlanFormats.of(f).all()).containsExactly(f);
  }
}
