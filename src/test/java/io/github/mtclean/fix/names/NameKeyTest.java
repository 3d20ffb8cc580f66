package io.github.mtclean.fix.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeyTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Yoon Suk Yeol|Yoon Seok-yeol", "Yoon Suk Yeol|Yun Suk-yeol", "Yoon Suk Yeol|YOON SEOK YEOL",
      "Yoon Suk Yeol|Yun S\u014Fk-y\u014Fl", "Kim Jong Un|Kim Jong-un", "Kim Jong Un|Kim Jong-eun", "Kim Jong Un|Kimjong Un",
      "Dmitry Peskov|Dmitriy Peskov", "Dmitry Peskov|Dmitrii Peskov", "Dmitry Peskov|Dmitri Peskov",
      "Volodymyr Zelensky|Volodymyr Zelenskyy", "Volodymyr Zelensky|Volodymyr Zelenskiy", "Volodymyr Zelensky|Volodymyr Zelenskyi",
      "Volodymyr Zelensky|Wolodymyr Zelensky", "Sergei Shoigu|Sergey Shoygu",
      "Hossein Amirabdollahian|Hossein Amir-Abdollahian", "Ali Khamenei|Ali Khamene'i", "Ren\u00E9 Zelensky|Rene\u0301 Zelensky",
  })
  void variantsShareAKey(String canonical, String variant) {
    assertEquals(NameKey.of(canonical), NameKey.of(variant));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Kim Jong Un|Kim Yo Jong", "Kim Jong Un|Kim Jong Il", "Kim Jong Un|Kim Jong-nam", "Yoon Suk Yeol|Yoon Ji-ho",
      "Yoon|Yong", "Yoon|Yang", "Dmitry Peskov|Dmitry Polyansky", "Zelensky|Zelenska", "Lukashenko|Lukashevich",
      "Li Qiang|Li Keqiang", "Peskov|Peskova",
  })
  void differentNamesKeepDifferentKeys(String a, String b) {
    assertNotEquals(NameKey.of(a), NameKey.of(b));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Choo Kyung-ho|Choo Kyung Ho", "Choo Kyung-ho|CHOO KYUNG-HO", "Jos\u00E9 Ram\u00EDrez|Jose Ramirez",
      "St. Petersburg|St Petersburg", "O'Neill|O\u2019Neill",
      "Ay\u015Fe Y\u0131ld\u0131r\u0131m|Ayse Yildirim", "Wei\u00DFhaupt|Weisshaupt", "S\u00F8rensen|Sorensen", "\u0141ukasz|Lukasz",
  })
  void spacedKeyJoinsHyphenAndSpaceCaseAndAccents(String a, String b) {
    assertEquals(NameKey.spaced(a), NameKey.spaced(b));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Episode VII|Episode VIII", "Air Lines|Airlines", "Ho-jin|Hojin", "Dmitry|Dmitriy", "Mohamed|Mohammed",
  })
  void spacedKeyKeepsSpellingsThatDifferInLetters(String a, String b) {
    assertNotEquals(NameKey.spaced(a), NameKey.spaced(b));
  }
}
