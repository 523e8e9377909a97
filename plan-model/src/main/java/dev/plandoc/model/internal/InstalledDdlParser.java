package dev.plandoc.model.internal;

import dev.plandoc.model.ddl.DdlParser;
import java.util.Optional;
import java.util.ServiceLoader;

/** The {@link DdlParser} service, looked up once, on first use (the holder idiom). */
public final class InstalledDdlParser {
  private InstalledDdlParser() {}

  private static final class Holder {
    static final Optional<DdlParser> PARSER = ServiceLoader.load(DdlParser.class).findFirst();
  }

  /** The installed parser, or empty. */
  public static Optional<DdlParser> get() {
    return Holder.PARSER;
  }
}
