package io.github.mtclean.fix.names;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import io.github.mtclean.text.Memo;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Folds a name to a key that its romanisation and transliteration variants share: case, hyphens,
 * spaces, apostrophes and accents go; Korean vowel spellings ({@code Seok/Suk}, {@code Jong-eun/Jong-un},
 * {@code Yoon/Yun}) and Slavic endings ({@code Dmitry/Dmitriy/Dmitrii}, {@code Zelensky/Zelenskyy/Zelenskiy},
 * {@code Shoigu/Shoygu}, {@code Yevgeny/Evgeniy}, {@code Fyodorov/Fedorov}, {@code Đurić/Djuric}) and the French {@code ou} ({@code Abou/Abu}) meet.
 * Two different people must keep different keys; {@link NameTable} checks that.
 */
final class NameKey {
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
  /** An umlaut spelt out before a consonant: the {@code ue} of {@code Krueger}. */
  /** A long i spelt ee inside a word, before a consonant (not Lee, which is no Li). */
  private static final Pattern LONG_I = Pattern.compile("(?<=.)ee(?=[bcdfghjklmnpqrstvwxz])");
  private static final Pattern SPELT_UMLAUT = Pattern.compile("([ou])e(?=[bcdfghjklmnpqrstvwxz])");
  /** Russian's ё after a consonant, which some systems write yo and others e: Fyodorov, Fedorov; Semyonov, Semenov (not after an h: Korean Hyo is no He). */
  private static final Pattern RUSSIAN_YO = Pattern.compile("(?<=[bdfgklmnprstvz])yo");
  /** Leaves combining marks alone: the callers drop them themselves. */
  private static final Transliterator LATIN_ASCII = Transliterator.getInstance("[^[:Mn:]] Latin-ASCII");

  /** {@link #plain} and {@link #of}, remembered: the same capitalised words come back in every text. */
  static final Function<String, String> PLAIN = Memo.of(NameKey::plain);
  static final Function<String, String> FOLDED = Memo.of(NameKey::of);
  static final Function<String, String> SPACED = Memo.of(NameKey::spaced);
  static final Function<String, String> ROMANISED = Memo.of(NameKey::romanised);

  private NameKey() {}

  /** The key of a name of any number of words: its letters, lowercased, without accents. */
  static String plain(String name) {
    String s = decomposed(name).toLowerCase(Locale.ROOT);
    StringBuilder key = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        key.append(s.charAt(i));
      }
    }
    return key.toString();
  }

  /**
   * The key of a name whose spellings differ only in case, accents, apostrophes and periods, and
   * in a hyphen or a space between its parts: {@code Choo Kyung-ho} and {@code CHOO KYUNG HO} meet;
   * {@code Ho-jin} and {@code Hojin}, or {@code Air Lines} and {@code Airlines}, do not. German's
   * umlauts spelt out before a consonant meet them too ({@code Krueger}, {@code Krüger}; {@code
   * Schroeder}, {@code Schröder}).
   */
  static String spaced(String name) {
    String s = decomposed(name).toLowerCase(Locale.ROOT);
    StringBuilder key = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        key.append(c);
      } else if ((c == '-' || Character.isWhitespace(c)) && key.length() > 0 && key.charAt(key.length() - 1) != ' ') {
        key.append(' ');
      }
    }
    return SPELT_UMLAUT.matcher(key.toString().strip()).replaceAll("$1");
  }

  /**
   * A word of a full name as its romanisations write it, part by part ({@link #of} for each part
   * of {@link #spaced}: {@code Oleksiy} and {@code Oleksii} meet; {@code Ho-jin} and {@code Hojin}
   * keep their parts apart); a word in capitals is read as it is ({@code VII} is no {@code VIII}).
   */
  static String romanised(String word) {
    String spaced = SPACED.apply(word);
    if (word.chars().noneMatch(Character::isLowerCase)) {
      return spaced;
    }
    StringBuilder key = new StringBuilder(spaced.length());
    for (String part : spaced.split(" ")) {
      key.append(key.length() > 0 ? " " : "").append(FOLDED.apply(part));
    }
    return key.toString();
  }

  /** The romanisation-folded key of a name of any number of words; spelt-out umlauts meet theirs, as in {@link #spaced}. */
  static String of(String name) {
    // McCune-Reischauer breves mark the sounds Revised Romanization writes eo and eu.
    String s = name.replace("\u014F", "eo").replace("\u016D", "eu").replace("\u014E", "Eo").replace("\u016C", "Eu");
    s = decomposed(s).toLowerCase(Locale.ROOT);
    StringBuilder key = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      int end = i;
      StringBuilder part = new StringBuilder();
      for (; end < s.length() && (Character.isLetter(s.charAt(end)) || isMark(s.charAt(end))); end++) {
        if (!isMark(s.charAt(end))) {
          part.append(s.charAt(end));
        }
      }
      if (end > i) {
        key.append(foldPart(part.toString()));
        i = end;
      } else {
        i++;
      }
    }
    return key.toString();
  }

  /**
   * NFD, and Latin letters that are no base letter with a mark spelt as ASCII ({@code ı}, {@code ß},
   * {@code ø}, {@code ł}: {@code Yıldırım} and {@code Yildirim}, {@code Weißhaupt} and {@code
   * Weisshaupt} meet); skipped for plain ASCII, which most names in English text are.
   */
  private static String decomposed(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        String d = NFD.normalize(s);
        synchronized (LATIN_ASCII) { // ICU does not promise a transliterator is safe to share
          return LATIN_ASCII.transliterate(d);
        }
      }
    }
    return s;
  }

  private static boolean isMark(char c) {
    return Character.getType(c) == Character.NON_SPACING_MARK;
  }

  /** Folds one run of letters (a syllable group such as {@code yeol} or a word such as {@code zelenskyy}). */
  private static String foldPart(String p) {
    p = SPELT_UMLAUT.matcher(p).replaceAll("$1").replace("x", "ks").replace("w", "v").replace("q", "k"); // Rafiq, Rafik
    p = p.replace("eo", "u").replace("eu", "u").replace("oo", "u").replace("ou", "u"); // French ou: Abou, Abu
    p = LONG_I.matcher(p).replaceAll("i"); // English ee for Arabic and Urdu long i: Khateeb, Khatib; Rasheed, Rashid
    if (p.startsWith("ye") && p.length() > 3) {
      p = p.substring(1); // Yevgeny, Evgeny; Yelena, Elena
    }
    p = RUSSIAN_YO.matcher(p).replaceAll("e");
    p = p.replace("dj", "d"); // Serbian and Croatian đ, which Latin-ASCII spells d and others dj: Đurić, Djuric
    p = p.replace("iy", "i").replace("yi", "i").replace("ij", "i");
    StringBuilder out = new StringBuilder(p.length());
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      // A y that is not the first letter and not before a vowel is written i by other systems.
      if (c == 'y' && i > 0 && (i + 1 == p.length() || "aeiou".indexOf(p.charAt(i + 1)) < 0)) {
        c = 'i';
      }
      if (out.length() > 0 && out.charAt(out.length() - 1) == c) {
        continue;
      }
      out.append(c);
    }
    return out.toString();
  }
}
