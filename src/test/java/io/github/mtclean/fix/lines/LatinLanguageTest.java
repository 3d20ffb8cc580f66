package io.github.mtclean.fix.lines;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mtclean.rules.RuleSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LatinLanguageTest {
  private static final LatinLanguage LATIN = LatinLanguage.of(RuleSource.shipped());

  @ParameterizedTest
  @ValueSource(strings = {"Devamını oku", "Alle Rechte vorbehalten", "Leer más", "Czytaj więcej",
      "Leggi tutto", "Mit freundlichen Grüßen", "Citește mai mult", "Lire la suite", "Startseite", "Son Dakika"})
  void foreignUiStrings(String s) {
    assertTrue(LATIN.isForeign(s), s);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Photo: Reuters", "Back to top", "Fyodor Tertitskiy", "Ursula von der Leyen",
      "José García Ramos", "Charles de Gaulle", "Recep Tayyip Erdoğan", "Kim Jong Un arrives in Vladivostok",
      "North Korean leader arrives in Russia as nations seek closer military ties", "SEOUL, Sept 12 (Reuters) -",
      "José Ramos-Horta speaks", "Seo Yeon-ji reports", "Kim Jong Un", "Ana Brnabić", "Son Heung-min", "Los Angeles", "La La Land", "Die Hard",
      "LocalWin.com - Your Local Business Finder", "reuters.com and bbc.co.uk",
      "The city’s Social Development De", "Russia’s ministry didn’t say",
      "**Fall of wickets: **1-41 (Gill, 7.1 ov), 2-92 (Sharma, 19.5 ov), 3-93 (Pujara, 20.4 ov), 4-179 (Kohli, 46.3 ov), 5-179 (Jadeja, 46.5 ov), 6-212 (Rahane, 56.2 ov)"})
  void englishOrUndecided(String s) {
    assertFalse(LATIN.isForeign(s), s);
  }
}
