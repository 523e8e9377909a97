package dev.plandoc.cli;

import dev.plandoc.model.Language;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --lang ko|en}: the language to write headings and labels in. */
final class LanguageConverter implements ITypeConverter<Language> {
  @Override
  public Language convert(String value) {
    return Language.fromTag(value)
        .orElseThrow(
            () -> new TypeConversionException("'" + value + "' is not a language; use ko or en"));
  }
}
