package dev.plandoc.model.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.instancio.Instancio;
import org.instancio.Random;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(InstancioExtension.class)
class TypedValuesFuzzTest {
  private static final List<String> FRAGMENTS =
      List.of(
          "1",
          "2.5",
          "45",
          ",000",
          "999999999999",
          "$",
          "₩",
          "€",
          "원",
          "USD",
          "%",
          "-",
          "시간",
          "일",
          "분",
          "days",
          "h",
          "m",
          "PT",
          "P",
          "H",
          "M",
          "D",
          "{",
          "}",
          "${",
          "|",
          " | ",
          "**",
          "`",
          "<",
          ">",
          "[",
          "](",
          ")",
          "https://",
          "example.com",
          "/",
          ".",
          " ",
          "High",
          "높음",
          "GET",
          "x",
          "2026",
          "-03-",
          "09",
          "xx",
          "\t");

  private static String fragmentText(Random r) {
    StringBuilder sb = new StringBuilder();
    int n = r.intRange(1, 8);
    for (int i = 0; i < n; i++) {
      sb.append(r.oneOf(FRAGMENTS));
    }
    String s = sb.toString().strip();
    return s.isEmpty() ? "x" : s;
  }

  @RepeatedTest(20)
  void parsersNeverThrowKeepTheTextAndAgreeWithTheirCanonicalText(RepetitionInfo info) {
    List<String> texts =
        Instancio.ofList(String.class)
            .size(250)
            .withSeed(700L + info.getCurrentRepetition())
            .supply(org.instancio.Select.all(String.class), TypedValuesFuzzTest::fragmentText)
            .create();

    for (String text : texts) {
      List<TypedText<?>> values =
          List.of(
              new DateText(text),
              new HttpMethodText(text),
              new StatusCodeText(text),
              new RiskLevelText(text),
              new UrlText(text),
              new PercentageText(text),
              new DurationText(text),
              new MoneyText(text),
              new CountText(text));
      for (TypedText<?> value : values) {
        assertThat(value.text()).isEqualTo(text);
        value.value();
        value.isPlaceholder();
      }
      MoneyText money = new MoneyText(text);
      if (money.isExact()) {
        assertThat(money.value()).as(text).isPresent();
      }
      money
          .value()
          .ifPresent(
              m ->
                  assertThat(MoneyText.of(m).value().orElseThrow().amount())
                      .as(text)
                      .isEqualByComparingTo(m.amount()));
      new DurationText(text)
          .value()
          .ifPresent(d -> assertThat(DurationText.of(d).value()).as(text).contains(d));
      new CountText(text)
          .value()
          .ifPresent(c -> assertThat(CountText.of(c).value()).as(text).contains(c));
      new DateText(text)
          .value()
          .ifPresent(d -> assertThat(DateText.of(d).value()).as(text).contains(d));
    }
  }
}
