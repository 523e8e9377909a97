package dev.plandoc.model.ddl;

import java.util.Optional;
import java.util.ServiceLoader;

/** The {@link DdlParser} service, looked up once, on first use (the holder idiom). */
final class InstalledParser {
  static final Optional<DdlParser> PARSER = ServiceLoader.load(DdlParser.class).findFirst();

  private InstalledParser() {}
}
