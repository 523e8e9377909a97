package dev.plandoc.model;

import dev.plandoc.model.internal.Texts;
import dev.plandoc.model.value.*;
import java.util.*;
import org.immutables.value.Value;

/**
 * Security: data protection, encryption of personal data and in transit.
 *
 * <pre>{@code
 * new DataProtectionBuilder().piiEncryption("AES-256").transportEncryption("TLS 1.3").build();
 * protection.withTransportEncryption("TLS 1.3");
 * }</pre>
 *
 * @param piiEncryption how personal data is encrypted (개인정보 암호화)
 * @param transportEncryption how data in transit is encrypted (전송 암호화)
 * @param extraItems other bullets, verbatim without the marker
 */
@Value.Builder
public record DataProtection(
    Optional<String> piiEncryption, Optional<String> transportEncryption, List<String> extraItems)
    implements WithDataProtection {
  /** Checks the values. */
  public DataProtection {
    piiEncryption.ifPresent(s -> Texts.singleLine(s, "piiEncryption"));
    transportEncryption.ifPresent(s -> Texts.singleLine(s, "transportEncryption"));
    extraItems = Texts.list(extraItems, "extraItems");
  }

  /** A copy without {@link #piiEncryption() piiEncryption}. */
  public DataProtection withoutPiiEncryption() {
    return withPiiEncryption(Optional.empty());
  }

  /** A copy without {@link #transportEncryption() transportEncryption}. */
  public DataProtection withoutTransportEncryption() {
    return withTransportEncryption(Optional.empty());
  }
}
