package dev.plandoc.sql.internal;

import java.util.Locale;

/**
 * One token of SQL text, with where it is.
 *
 * @param kind what sort of token it is
 * @param start the offset of its first character
 * @param end the offset after its last character
 * @param text the token as written
 * @param keyword a word in upper case; empty for any other token
 */
public record SqlToken(Kind kind, int start, int end, String text, String keyword) {
  /**
   * A token; a word's keyword is its text in upper case, computed once (scans compare it often).
   */
  public SqlToken(Kind kind, int start, int end, String text) {
    this(kind, start, end, text, kind == Kind.WORD ? text.toUpperCase(Locale.ROOT) : "");
  }

  /** Token kinds. */
  public enum Kind {
    /** A keyword or an unquoted name. */
    WORD,
    /** A quoted name: {@code "x"}, {@code `x`} or {@code [x]}. */
    QUOTED,
    /** A string literal, {@code '…'}, or a PostgreSQL {@code $$ … $$} body. */
    STRING,
    /** A number. */
    NUMBER,
    /** Any other single character: {@code ( ) , ; . = :} and the rest. */
    SYMBOL
  }

  /** Whether this is the word {@code word}, in any case. */
  public boolean is(String word) {
    return kind == Kind.WORD && text.equalsIgnoreCase(word);
  }

  /** Whether this is the symbol {@code c}. */
  public boolean is(char c) {
    return kind == Kind.SYMBOL && text.length() == 1 && text.charAt(0) == c;
  }

  /** A name without its quotes: {@code "Users"} is {@code Users}; other tokens as written. */
  public String name() {
    return kind == Kind.QUOTED ? text.substring(1, text.length() - 1) : text;
  }
}
