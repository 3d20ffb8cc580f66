package io.github.mtclean.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mtclean.Cleaned;
import io.github.mtclean.Cleaner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The gate before the rules: English texts are cleaned, texts in other languages left alone. */
class EnglishTextTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "North Korean leader Kim Jong Un arrived in Vladivostok on Tuesday, state media said, and was met by officials.",
      "Kim met Putin on Tuesday, state media said.\nСвежие комментарии",
      "Jannah Theme License is not validated, Go to the theme options page to validate the license.",
      "Startseite\nKim met Putin on Tuesday, state media said.",
      "Short line.",
      "The minister, José García Ramos, told reporters in Bogotá that the talks with the rebels would resume in Havana next week.",
  })
  void englishTextsAreEnglish(String text) {
    assertTrue(EnglishText.isMostlyEnglish(text), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Le porte-parole du gouvernement a déclaré mardi que les négociations reprendraient la semaine prochaine à Genève.",
      "El ministro dijo el martes que las conversaciones con los rebeldes se reanudarían la próxima semana en La Habana.",
      "Der Minister sagte am Dienstag, dass die Gespräche mit den Nachbarländern in der nächsten Woche fortgesetzt werden.",
      "Министр заявил во вторник, что переговоры возобновятся на следующей неделе в Женеве.",
      "대통령은 화요일 기자들에게 회담이 다음 주에 재개될 것이라고 말했다.",
      "Bakan salı günü yaptığı açıklamada, görüşmelerin gelecek hafta Cenevre'de yeniden başlayacağını söyledi.",
  })
  void otherLanguagesAreNot(String text) {
    assertFalse(EnglishText.isMostlyEnglish(text), text);
  }

  @Test
  void aTextInAnotherLanguageIsLeftAlone() {
    String french = "Selon le porte-parole, « les négociations » avec le président Yoon Seok-yeol reprendront la semaine prochaine .";
    Cleaned c = Cleaner.defaults().clean(french);
    assertEquals(french, c.text());
    assertTrue(c.edits().isEmpty());
    assertFalse(c.english());
    assertTrue(Cleaner.defaults().clean("Talks resumed on Monday , officials said.").english());
  }
}
