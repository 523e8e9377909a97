package dev.plandoc.model.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plandoc.model.Language;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TypedValuesTest {

  @Nested
  class Dates {
    @ParameterizedTest
    @CsvSource({
      "2026-03-09, 2026-03-09",
      "2026/03/09, 2026-03-09",
      "2026.03.09, 2026-03-09",
      "2026.3.9., 2026-03-09",
      "**2026-03-09**, 2026-03-09",
      "2024-02-29, 2024-02-29"
    })
    void validDatesParse(String text, LocalDate expected) {
      assertThat(new DateText(text).value()).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "2026-13-01", "2025-02-29", "다음 주", "", "20260309"})
    void invalidDatesStayText(String text) {
      DateText date = new DateText(text);
      assertThat(date.value()).isEmpty();
      assertThat(date.isPlaceholder()).isFalse();
      assertThat(date.text()).isEqualTo(text);
    }

    @Test
    void datePlaceholderIsAPlaceholderWithoutValue() {
      DateText date = new DateText("{YYYY-MM-DD}");
      assertThat(date.isPlaceholder()).isTrue();
      assertThat(date.isParsed()).isFalse();
    }

    @Test
    void canonicalTextOfADateIsIso() {
      assertThat(DateText.of(LocalDate.of(2026, 3, 9)).text()).isEqualTo("2026-03-09");
    }
  }

  @Nested
  class RiskLevels {
    @ParameterizedTest
    @CsvSource({
      "High, HIGH",
      "high, HIGH",
      "**High**, HIGH",
      "Medium, MEDIUM",
      "Low, LOW",
      "높음, HIGH",
      "중간, MEDIUM",
      "보통, MEDIUM",
      "낮음, LOW",
      "상, HIGH",
      "중, MEDIUM",
      "하, LOW",
      "Med, MEDIUM",
      "Critical, HIGH",
      "매우 높음, HIGH",
      "Very High, HIGH",
      "매우 낮음, LOW",
      "🔴 High, HIGH"
    })
    void englishAndKoreanLevelsParse(String text, RiskLevel expected) {
      assertThat(new RiskLevelText(text).value()).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Very", "중상", "", "3", "High risk"})
    void otherLevelsStayText(String text) {
      assertThat(new RiskLevelText(text).value()).isEmpty();
      assertThat(new RiskLevelText(text).isPlaceholder()).isFalse();
    }

    @Test
    void templateAlternativeIsAPlaceholder() {
      RiskLevelText level = new RiskLevelText("High | Medium | Low");
      assertThat(level.isPlaceholder()).isTrue();
      assertThat(level.value()).isEmpty();
    }

    @Test
    void canonicalTextIsTheLabelInTheLanguage() {
      assertThat(RiskLevelText.korean(RiskLevel.MEDIUM).text()).isEqualTo("중간");
      assertThat(RiskLevelText.english(RiskLevel.MEDIUM).text()).isEqualTo("Medium");
      for (RiskLevel level : RiskLevel.values()) {
        for (Language language : Language.values()) {
          assertThat(
                  RiskLevel.parse(language == Language.KOREAN ? level.korean() : level.english()))
              .contains(level);
        }
      }
    }
  }

  @Nested
  class Methods {
    @ParameterizedTest
    @CsvSource({"GET, GET", "post, POST", "Patch, PATCH", "DELETE, DELETE", "OPTIONS, OPTIONS"})
    void methodsParseIgnoringCase(String text, HttpMethod expected) {
      assertThat(new HttpMethodText(text).value()).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"FETCH", "", "GET /a", "POST,"})
    void otherWordsAreNoMethod(String text) {
      assertThat(new HttpMethodText(text).value()).isEmpty();
    }

    @Test
    void methodPlaceholderIsAPlaceholder() {
      assertThat(new HttpMethodText("{METHOD}").isPlaceholder()).isTrue();
      assertThat(new HttpMethodText("{METHOD}").value()).isEmpty();
    }

    @Test
    void canonicalTextIsTheMethodName() {
      assertThat(HttpMethodText.of(HttpMethod.PATCH).text()).isEqualTo("PATCH");
    }
  }

  @Nested
  class StatusCodes {
    @ParameterizedTest
    @CsvSource({
      "200, 200",
      "100, 100",
      "599, 599",
      "**404**, 404",
      "`409`, 409",
      "200 OK, 200",
      "`201 Created`, 201",
      "101 Switching Protocols, 101"
    })
    void codesFrom100To599Parse(String text, int expected) {
      assertThat(new StatusCodeText(text).value()).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {"99", "600", "999", "20a", "2000", "", "4xx", "-200", "200OK", "200 404"})
    void otherTextIsNoStatusCode(String text) {
      assertThat(new StatusCodeText(text).value()).isEmpty();
    }

    @Test
    void statusPlaceholderIsAPlaceholder() {
      assertThat(new StatusCodeText("{코드}").isPlaceholder()).isTrue();
    }

    @Test
    void canonicalTextIsTheNumber() {
      assertThat(StatusCodeText.of(201)).isEqualTo(new StatusCodeText("201"));
    }
  }

  @Nested
  class Urls {
    @ParameterizedTest
    @CsvSource({
      "https://example.com/docs, https://example.com/docs",
      "http://example.com, http://example.com",
      "<https://firebase.google.com/docs>, https://firebase.google.com/docs",
      "[FCM 문서](https://firebase.google.com/docs), https://firebase.google.com/docs",
      "`https://example.com`, https://example.com"
    })
    void webAddressesParse(String text, URI expected) {
      assertThat(new UrlText(text).value()).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com", "example.com", "문서 참고", "", "https://"})
    void otherTextIsNoUrl(String text) {
      assertThat(new UrlText(text).value()).isEmpty();
    }

    @Test
    void urlPlaceholderIsAPlaceholder() {
      assertThat(new UrlText("{URL}").isPlaceholder()).isTrue();
      assertThat(new UrlText("{URL}").value()).isEmpty();
    }
  }

  @Nested
  class Percentages {
    @ParameterizedTest
    @CsvSource({"70%, 70", "**80%** (Testcontainers), 80", "12.5 %, 12.5", "-5%, -5", "120%, 120"})
    void leadingPercentagesParse(String text, BigDecimal expected) {
      assertThat(new PercentageText(text).value()).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"약 80%", "eighty", "", "80"})
    void otherTextIsNoPercentage(String text) {
      assertThat(new PercentageText(text).value()).isEmpty();
    }

    @Test
    void percentagePlaceholderIsAPlaceholder() {
      assertThat(new PercentageText("{커버리지}").isPlaceholder()).isTrue();
    }

    @Test
    void canonicalTextDropsTrailingZeros() {
      assertThat(PercentageText.of(new BigDecimal("75.0")).text()).isEqualTo("75%");
    }
  }

  @Nested
  class Durations {
    @ParameterizedTest
    @CsvSource({
      "1시간, PT1H",
      "7일, PT168H",
      "15분, PT15M",
      "3초, PT3S",
      "2주, PT336H",
      "30 days, PT720H",
      "30 Days, PT720H",
      "PT1H, PT1H",
      "pt30m, PT30M",
      "P1D, PT24H",
      "2.5 days, PT60H",
      "1.5h, PT1H30M",
      "10 minutes, PT10M",
      "15 mins, PT15M",
      "24h, PT24H",
      "0.5초, PT0.5S",
      "14일 (Rotation 적용), PT336H",
      "**1시간**, PT1H",
      "PT1H (1시간), PT1H",
      "1.5주, PT252H"
    })
    void koreanEnglishAndIsoDurationsParse(String text, Duration expected) {
      assertThat(new DurationText(text).value()).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({
      "1주차, PT168H",
      "**3–4주차**, PT336H",
      "Week 3, PT168H",
      "Weeks 1-2, PT336H",
      "week 2 – 4, PT504H"
    })
    void weekNumbersCountTheWeeksTheyName(String text, Duration expected) {
      assertThat(new DurationText(text).value()).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "4–3주차",
          "Week",
          "1개월",
          "2 months",
          "영구",
          "",
          "PTX",
          "Production",
          "99999999999999999999 weeks",
          "PT99999999999999999999H"
        })
    void otherTextIsNoDurationAndNeverThrows(String text) {
      assertThat(new DurationText(text).value()).isEmpty();
    }

    @Test
    void durationPlaceholderIsAPlaceholder() {
      assertThat(new DurationText("{시간}").isPlaceholder()).isTrue();
      assertThat(new DurationText("{시간}").value()).isEmpty();
    }

    @Test
    void canonicalTextIsIso() {
      assertThat(DurationText.of(Duration.ofMinutes(90)).text()).isEqualTo("PT1H30M");
      assertThat(DurationText.of(Duration.ofMinutes(90)).value()).contains(Duration.ofMinutes(90));
    }
  }

  @Nested
  class Amounts {
    @ParameterizedTest
    @CsvSource(
        delimiter = ';',
        value = {
          "$120; 120; USD; true",
          "₩45,000; 45000; KRW; true",
          "45,000원; 45000; KRW; true",
          "**$164**; 164; USD; true",
          "USD 12.50; 12.50; USD; true",
          "12.50 EUR; 12.50; EUR; true",
          "$1,234.56; 1234.56; USD; true",
          "€30; 30; EUR; true",
          "$0/month (free tier); 0; USD; false",
          "$109 + Redis; 109; USD; false",
          "월 $45; 45; USD; false",
          "$45 (최소 2 인스턴스); 45; USD; false"
        })
    void amountsParseAndSayWhetherTheyAreExact(
        String text, BigDecimal amount, String currency, boolean exact) {
      MoneyText money = new MoneyText(text);
      assertThat(money.value()).contains(new Money(amount, currency));
      assertThat(money.isExact()).isEqualTo(exact);
    }

    @ParameterizedTest
    @ValueSource(strings = {"무료", "", "10만원", "Free tier"})
    void otherTextIsNoAmount(String text) {
      assertThat(new MoneyText(text).value()).isEmpty();
      assertThat(new MoneyText(text).isExact()).isFalse();
    }

    @Test
    void moneyPlaceholderIsAPlaceholderWithoutValue() {
      MoneyText money = new MoneyText("${금액}");
      assertThat(money.isPlaceholder()).isTrue();
      assertThat(money.value()).isEmpty();
      assertThat(new MoneyText("월 ${금액} (예상 {건}건 기준)").isPlaceholder()).isTrue();
    }

    @Test
    void canonicalTextUsesTheCurrencySymbol() {
      assertThat(MoneyText.of(new Money(new BigDecimal("120"), "USD")).text()).isEqualTo("$120");
      assertThat(MoneyText.of(new Money(new BigDecimal("45000"), "KRW")).text())
          .isEqualTo("₩45,000");
      assertThat(MoneyText.of(new Money(new BigDecimal("12.50"), "EUR")).text())
          .isEqualTo("EUR 12.5");
      assertThat(MoneyText.of(new Money(new BigDecimal("2.5092"), "USD")).text())
          .isEqualTo("$2.5092");
    }

    @Test
    void moneyRejectsNegativeAmountsBadCurrenciesAndMixedSums() {
      assertThatThrownBy(() -> new Money(new BigDecimal("-1"), "USD"))
          .hasMessageContaining("negative");
      assertThatThrownBy(() -> new Money(BigDecimal.ONE, "usd")).hasMessageContaining("ISO-4217");
      Money usd = new Money(BigDecimal.ONE, "USD");
      assertThatThrownBy(() -> usd.plus(new Money(BigDecimal.ONE, "KRW")))
          .hasMessageContaining("currencies differ");
      assertThat(usd.plus(usd)).isEqualTo(new Money(new BigDecimal("2"), "USD"));
    }
  }

  @Nested
  class Counts {
    @ParameterizedTest
    @CsvSource(
        delimiter = ';',
        value = {"20; 20", "1,000; 1000", "3회 재시도; 3", "**10**; 10", "10 connections; 10"})
    void leadingWholeNumbersParse(String text, long expected) {
      assertThat(new CountText(text).value()).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "HikariCP maximumPoolSize=10",
          "",
          "many",
          "12345678901234567890",
          "999,999,999,999,999,999,999"
        })
    void otherTextIsNoCountAndNeverThrows(String text) {
      assertThat(new CountText(text).value()).isEmpty();
    }

    @Test
    void countPlaceholderIsAPlaceholder() {
      assertThat(new CountText("{크기}").isPlaceholder()).isTrue();
      assertThat(CountText.of(7).value()).contains(7L);
    }
  }

  @Nested
  class Texts {
    @Test
    void typedValuesAreEqualByTextAlone() {
      assertThat(new DurationText("1시간")).isEqualTo(new DurationText("1시간"));
      assertThat(new DurationText("1시간")).isNotEqualTo(new DurationText("PT1H"));
      assertThat(new DurationText("1시간").hashCode()).isEqualTo(new DurationText("1시간").hashCode());
    }

    @Test
    void typedValuesRejectLineBreaksSurroundingWhitespaceAndNull() {
      assertThatThrownBy(() -> new MoneyText("$1\n$2"))
          .hasMessageContaining("money must be a single line");
      assertThatThrownBy(() -> new DateText(" 2026-03-09"))
          .hasMessageContaining("date must not start or end");
      assertThatThrownBy(() -> new CountText(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessageContaining("count");
    }
  }

  @Test
  void moneyTextOfGroupsThousandsAndKeepsEverySignificantDecimalAsDecimalFormatDid() {
    java.text.DecimalFormat reference =
        new java.text.DecimalFormat(
            "#,##0.##", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
    java.util.Random random = new java.util.Random(5);
    for (int i = 0; i < 2000; i++) {
      java.math.BigDecimal amount =
          java.math.BigDecimal.valueOf(random.nextLong() % 10_000_000_000L, random.nextInt(6) - 1);
      reference.setMaximumFractionDigits(Math.max(0, amount.stripTrailingZeros().scale()));
      assertThat(MoneyText.grouped(amount))
          .as(amount.toPlainString())
          .isEqualTo(reference.format(amount));
    }
    assertThat(MoneyText.grouped(new java.math.BigDecimal("1234.50"))).isEqualTo("1,234.5");
    assertThat(MoneyText.grouped(new java.math.BigDecimal("1E+3"))).isEqualTo("1,000");
    assertThat(MoneyText.grouped(new java.math.BigDecimal("-999"))).isEqualTo("-999");
  }
}
