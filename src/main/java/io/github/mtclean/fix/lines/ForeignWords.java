package io.github.mtclean.fix.lines;

import io.github.mtclean.rules.RuleFormatException;
import io.github.mtclean.rules.RuleSource;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The frequent words of other Latin-script languages ({@code rules/foreign-words.txt}): for each
 * word, the languages that list it, one bit a language, so that words of one line can be asked
 * whether they belong to the same language.
 */
final class ForeignWords {
  static final String TABLE = "foreign-words.txt";
  /** The longest elided word before an apostrophe: {@code l'}, {@code qu'}, {@code dell'}. */
  private static final int MAX_ELIDED = 4;

  private final Map<String, Integer> languagesOfWord;

  private ForeignWords(Map<String, Integer> languagesOfWord) {
    this.languagesOfWord = Map.copyOf(languagesOfWord);
  }

  static ForeignWords of(RuleSource source) {
    Map<String, Integer> bitOfLanguage = new LinkedHashMap<>();
    Map<String, Integer> languagesOfWord = new HashMap<>();
    for (LineTables.Entry entry : LineTables.entries(source, TABLE)) {
      int colon = entry.text().indexOf(':');
      if (colon <= 0) {
        throw new RuleFormatException("rules/" + TABLE, entry.line(), "expected CODE: word word ...");
      }
      String code = entry.text().substring(0, colon).strip();
      if (!bitOfLanguage.containsKey(code) && bitOfLanguage.size() == Integer.SIZE) {
        throw new RuleFormatException("rules/" + TABLE, entry.line(), "more than " + Integer.SIZE + " languages");
      }
      int bit = bitOfLanguage.computeIfAbsent(code, c -> 1 << bitOfLanguage.size());
      for (String word : entry.text().substring(colon + 1).strip().split("\\s+")) {
        for (String key : keys(word.toLowerCase(Locale.ROOT))) {
          languagesOfWord.merge(key, bit, (a, b) -> a | b);
        }
      }
    }
    return new ForeignWords(languagesOfWord);
  }

  /**
   * The languages listing {@code word} as written in lower case or capitalised (a capitalised
   * lookup needs no lower-casing: both forms are keys), one bit each; 0 if none does. A French or
   * Italian elided article or pronoun ({@code s'abonner}, {@code dell'articolo}) is looked past.
   */
  int languagesOf(String word) {
    Integer languages = languagesOfWord.get(word);
    if (languages != null) {
      return languages;
    }
    int apostrophe = word.indexOf('\'');
    apostrophe = apostrophe >= 0 ? apostrophe : word.indexOf('\u2019');
    return apostrophe <= 0 || apostrophe > MAX_ELIDED ? 0 : languagesOfWord.getOrDefault(word.substring(apostrophe + 1), 0);
  }

  /** The word and its capitalised forms; Turkish capitalises {@code i} as {@code İ}. */
  private static List<String> keys(String lowerCaseWord) {
    String rest = lowerCaseWord.substring(1);
    char first = lowerCaseWord.charAt(0);
    String capitalised = Character.toUpperCase(first) + rest;
    return first == 'i' ? List.of(lowerCaseWord, capitalised, "\u0130" + rest) : List.of(lowerCaseWord, capitalised);
  }
}
