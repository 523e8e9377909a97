package dev.plandoc.openapi.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes the {@code operationId}s of one document: lower camel case ASCII identifiers, which every
 * code generator can use as a method name, unique in the document. An English name gives the id
 * ({@code Get Notification Settings} → {@code getNotificationSettings}); a name in another script
 * (Korean), a placeholder or no name gives it from the method and the path, without {@code api} and
 * version segments, with {@code By} before a parameter ({@code GET /api/v1/events/{eventId}} →
 * {@code getEventsByEventId}). A repeat gets {@code 2}, {@code 3}, … Not thread-safe: one per
 * document.
 *
 * <pre>{@code
 * OperationIds ids = new OperationIds();
 * ids.next("Get Notification Settings", "get", "/users/me");   // "getNotificationSettings"
 * ids.next("내 쿠폰함", "get", "/api/v1/me/coupons");           // "getMeCoupons"
 * }</pre>
 */
public final class OperationIds {
  private static final Pattern WORDS = Pattern.compile("[^A-Za-z0-9]+");
  private static final Pattern ENGLISH =
      Pattern.compile("[\\p{ASCII}&&[^{}$]]*[A-Za-z][\\p{ASCII}&&[^{}$]]*");
  private static final Pattern SKIPPED_SEGMENT = Pattern.compile("(?i)api|v\\d+(\\.\\d+)*");

  private final Set<String> taken = new HashSet<>();

  /**
   * The next unique id.
   *
   * @param name the endpoint's name as written, or empty when it is unusable (a placeholder)
   * @param method the method, any case
   * @param pathKey the OpenAPI path key
   */
  public String next(String name, String method, String pathKey) {
    String base =
        ENGLISH.matcher(name).matches() ? camel(name) : camel(method + " " + pathWords(pathKey));
    if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
      base = "op" + capitalised(base);
    }
    String id = base;
    for (int n = 2; !taken.add(id); n++) {
      id = base + n;
    }
    return id;
  }

  private static String pathWords(String pathKey) {
    StringBuilder sb = new StringBuilder();
    for (String segment : pathKey.split("/")) {
      if (segment.isEmpty() || SKIPPED_SEGMENT.matcher(segment).matches()) {
        continue;
      }
      sb.append(segment.startsWith("{") ? " by " + segment : " " + segment);
    }
    return sb.toString();
  }

  /** {@code "get coupon-events by {eventId}"} → {@code getCouponEventsByEventId}. */
  static String camel(String text) {
    StringBuilder sb = new StringBuilder();
    for (String word : WORDS.split(text)) {
      if (word.isEmpty()) {
        continue;
      }
      // A word in capitals is normalised (URL → Url); a camelCase word keeps its inner capitals.
      String w = word.equals(word.toUpperCase(Locale.ROOT)) ? word.toLowerCase(Locale.ROOT) : word;
      sb.append(
          sb.length() == 0 ? Character.toLowerCase(w.charAt(0)) + w.substring(1) : capitalised(w));
    }
    return sb.toString();
  }

  private static String capitalised(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
